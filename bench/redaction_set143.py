"""Set 143: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
sets 142, 144 and 145 being written by other helpers at the same time, that did not run the detector or any bench script that
runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
bench/redaction_set141.py (printed alone, searched only for towns, districts and communities, to pick homes and communities no
earlier set used), the function names of bench/redaction_handwritten.py and the ruff settings in pyproject.toml. NHS numbers and
UPNs were made with python-stdnum and phone numbers checked with the phonenumbers library in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Written against a hard deadline, so its 24 documents are short ones (905 gold spans in all). Six families in Basingstoke and Andover,
each from a district or estate no earlier set used as a family's
home: a white British family in South Ham, Basingstoke, with a grandmother in Oakley (Catchpole / Loader; neglect, a dog, a
boarded window, poor attendance), a white British father and two children in Winklebury, with a mother in Tadley (Brimble /
Stacey; a girl of 15's overdose and a mother's partner who messages her), a young white British mother in Hatch Warren, with a
father staying in Chineham (Winterbourne / Greenaway; domestic abuse with a baby in arms), a white British boy of 14 on River
Way, Andover, with a grandmother in Ludgershall (Harfield; missing episodes and criminal exploitation towards Southampton and
Salisbury), and two from communities no earlier set used: a Pedi (Sepedi-speaking) South African family in Brighton Hill,
Basingstoke, with a grandmother in Seshego, Limpopo (Maphutha / Sekgobela; a boy of 13 beaten with a belt, a mother on a care
worker's visa), and a Mangalorean Catholic (Konkani-speaking) family in Augusta Park, Andover, with a father in Dubai and a
grandmother in Mangaluru (D'Souza / Pinto; a young carer of 16 for a mother with MS). Documents, half plain professional
recording (a home visit case note, a CIN review's minutes, a CAMHS referral letter, a strategy discussion record, a health
visitor's targeted contact, an initial child protection conference report, a return home interview, a chronology, a section 47
outcome record, a letter to parents, a young carer's assessment, a family group conference plan) and half other writing (a
neighbour's housing web form, a boy's direct work sheet, a father's phone notes, Snapchat messages typed up by police, a police
control room log in capitals, a mother's late-night email, a youth worker's phone notes, a British Transport Police search
record OCR'd with O for 0 and l for I, a family WhatsApp group in Sepedi and English, a school's handwritten concern form, a
grandmother's letter in Konkani in Kannada script with the translation, a parish priest's email).

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be real
or invented and carry invented house numbers). Councils (Loddon Chalk, Anton Downs), schools (Merton Fields Junior School, Great
Binfields Primary, Little Acorns Nursery) and the parish are invented or used only as names; real schools named (Costello,
Harrow Way, Winton) are marked as schools. Towns, districts, estates and villages are places; hospitals, surgeries, the council's
Civic Offices, the church, the library, police forces, housing providers (Vivid), courses (Inspire), apps and brands are
organisations or landmarks and stay unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py. Titles and kinship words (Mr, Mrs, Miss, Ms, Dr, DC, PC, Fr,
Nan, Mum, Aunty, Uncle, Koko, Rakgadi, Mai, Ajji, Lady) stay outside name spans; "SURNAME, First" is one span; a name broken by
a line break is one span; a display name that is a person's name is marked, a username (deanoo_88) and a contact saved under a
kinship word or a nickname emoji ("Koko", "D 👀") are not; a dog's name (Bane) is not a name; a family group chat's title
("Maphutha Fam") marks the family name; names in Kannada script are names, and Mangaluru in Kannada script is a place.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR-garbled name, place,
date or postcode ("HARFlELD", "Dy1an", "Sa1isbury", "2O26", "SP1O 5DN") is marked as what it is, while the one OCR-garbled
phone number was typed correctly so that the phone check can run; a South African stand and zone ("Stand 2214, Zone 3") and an
Indian house name ("Pinto House") are addresses, and an Indian PIN code ("575005") is a postcode; the council's own office
address and postcode in a letterhead are the organisation's and stay unmarked (the town is still a place); a teacher named only
as "Miss Kaur" in a child's words is marked at "Kaur"; police and case references stay unmarked; a shopping centre (Festival Place), a
museum (Milestones), airports
(Heathrow, OR Tambo) and surgeries (Adelaide Medical Centre, Brighton Hill Medical Centre) are landmarks or organisations and stay
unmarked; a date in Kannada script ("23 ಡಿಸೆಂಬರ್") is a date; "Pappa" (father) is a kinship word and not a name; a bare day in a corrected
range ("16-17" December) is marked as a date of its own, as set 21 does.

Self-check without the detector: `python -m bench.redaction_set143` (and tests/test_redaction_set143.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 905 gold spans, 479 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Catchpole / Loader family (white British), South Ham, Basingstoke ----------------------------------------------------

HOME_A = d.Address("14 Bramblys Close", "South Ham", "Basingstoke", "RG21 3DW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Catchpole")], dt.date(2017, 4, 2), addresses=[HOME_A], ids=["4000123459", "E850000000555"]),
    _p("s", "sibling", [("Ellie-Mae", "Loader")], dt.date(2021, 8, 19), addresses=[HOME_A], ids=["5000202643"]),
    _p("m", "mother", [("Tanya", "Catchpole")], dt.date(1995, 1, 30), addresses=[HOME_A], phones=["07842 316 570"]),
    _p("f", "father", [("Craig", "Loader")], dt.date(1992, 6, 11), addresses=[HOME_A], phones=["07913 448 207"]),
    _p("p1", "professional", [("Hannah", "Wyeth")], phones=["01256 471 385"], emails=["hannah.wyeth@loddonchalk.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (unannounced)      Worker: [[Hannah Wyeth|name]], Loddon Chalk
Children's Services
Child: [[CATCHPOLE, Kayden|name]] (DOB [[02/04/2017|dob]])   NHS [[400 012 3459|nhs]]   UPN [[E850000000555|upn]]
Visit date: Thursday [[26 November 2026|date]], 15:40 - 16:35
Address: [[14 Bramblys Close|address]], [[South Ham|place]], [[Basingstoke|place]] [[RG21 3DW|postcode]]

Present: [[Tanya|name]] (mum), [[Kayden|name]] (9), [[Ellie-Mae|name]] (5), and for part of it [[Craig Loader|name]]
([[Ellie-Mae|name]]'s dad).
The front door was opened by [[Kayden|name]] still in his school polo from [[Merton Fields Junior School|school]]. Strong smell of dog
urine in the hall; the Staffie, Bane, was shut in the kitchen. [[Tanya|name]] said the boiler had been off since [[the 19th|date]] and
that Vivid had not come. The back bedroom window is still boarded after [[Craig|name]] put his fist through it on [[8 November|date]].
Neighbour at no. 16, Mrs [[Pat Gosling|name]] (her words: "call me [[Pat|name]]"), came out and said the kids were "out on the green till
gone nine" most nights. [[Pat|name]] is not in the record; she gave her number as [[07700 184 392|phone]].
[[Ellie-Mae|name]] ("[[Ellie|name]]") showed me a scratch on her wrist and said "Bane done it". Nan [[Sandra|name]] in
[[Oakley|place]] ([[01256 812 046|phone]]) has had the children Fridays. Next visit: [[3 December|date]]; CIN review
[[10.12.2026|date]] at the Civic Offices, London Road.
Other people mentioned: [[Craig|name]]'s mate "[[Stevo|name]]" ([[Steven Rudd|name]]) in [[Popley|place]]; [[Tanya|name]]'s sister
[[Kelly Catchpole|name]] in [[Tadley|place]] ([[07389 604 117|phone]]); [[Ellie-Mae|name]]'s pre-school key worker [[Donna Price|name]].
[[Kayden|name]] said [[Craig|name]] "smashed the window cos of [[Jordan|name]]" (an ex-partner of [[Tanya|name]], [[Jordan Mayhew|name]],
[[26 Kestrel Road|address]], [[Basingstoke|place]] [[RG22 6QT|postcode]]).
"""),
    ("neighbour's complaint typed into a housing association web form, as printed", """ONLINE FORM  -  Report anti-social behaviour
Your name: [[pat gosling|name]]          Contact: [[07700 184 392|phone]] / [[patgos58@btinternet.com|email]]
Address of problem: [[14 bramblys close|address]] [[south ham|place]]
When did it happen: [[21/11/26|date]] and [[22/11/26|date]] also most of october
What happened: the dog is barking all night and the little girl [[Ellie|name]] was out on the pavement in her pyjamas at 10pm
on the saturday. her brother [[kayden|name]] said mum was "at [[Craig|name]]s mates in [[Popley|place]]". I took them in and
give them toast. I rang [[Tanya|name]] on [[07842 316 570|phone]] no answer. My daughter [[Leanne Gosling|name]] who lives in
[[Winklebury|place]] came round. Not the first time.
Have you reported it to the police: yes ref 44260478112
Anything else: the man [[craig|name]] parks his van on the grass every night, reg [[GK15 YRW|vehicle]]. his friend from
[[popley|place]] comes at 2am. the other neighbour Mr [[Singh|name]] at no. 12 and [[Denise Hatt|name]] at no. 18 ([[07706 451 883|phone]])
have also had enough. I have lived at [[16 Bramblys Close|address]] since 1998. Best time to ring after [[5th|date]] of next month
as im at my sisters in [[Alton|place]].
"""),
]

# --- B. Brimble family (white British), Winklebury, Basingstoke ----------------------------------------------------------------

HOME_B = d.Address("7 Tewkesbury Close", "Winklebury", "Basingstoke", "RG23 8BG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jade", "Brimble")], dt.date(2011, 10, 5), addresses=[HOME_B], ids=["6000281838", "G850000105284"]),
    _p("s", "sibling", [("Mason", "Brimble")], dt.date(2015, 3, 27), addresses=[HOME_B], ids=["7000361026"]),
    _p("f", "father", [("Gary", "Brimble")], dt.date(1979, 12, 1), addresses=[HOME_B], phones=["07788 520 164"]),
    _p("m", "mother", [("Michelle", "Stacey")], dt.date(1984, 2, 9), phones=["07503 662 981"]),
], "c")

DOCS_B = [
    ("CAMHS single point of access referral letter", """Basingstoke CAMHS - Single Point of Access
Dear Dr [[Okafor|name]],
Re: [[Jade BRIMBLE|name]], DOB [[05.10.2011|dob]], NHS [[600 028 1838|nhs]], [[7 Tewkesbury Close|address]],
[[Winklebury|place]], [[RG23 8BG|postcode]]
I refer [[Jade|name]] (15) following an overdose of 16 paracetamol on [[29 November 2026|date]], seen at Basingstoke and North
Hampshire Hospital. She lives with her father, [[Gary Brimble|name]] ([[07788 520 164|phone]]), and brother [[Mason|name]] (11).
Her mother, [[Michelle Stacey|name]], lives in [[Tadley|place]] with her partner [[Dean Parfitt|name]]. [[Jade|name]] attends
[[Costello|school]] (Year 10) but has been on a part-time timetable since [[14 October|date]]. Her friend "[[Kaz|name]]"
([[Karina Wojcik|name]]) raised the alarm. Please contact me on [[01256 471 385|phone]].
Yours sincerely, [[Hannah Wyeth|name]]
cc: GP Dr [[Ellis|name]], Chineham Medical Practice; [[Sam Whitlock|name]], DSL; [[Gary Brimble|name]].
Background: [[Jade|name]]'s grandmother [[Jean Stacey|name]] in [[Old Basing|place]] was her main carer until
[[1 September 2022|date]]. [[Jade|name]] self-harmed first on [[14 February 2025|date]] after a falling out with
[[Leah Marsh|name]] and [[Tyler Marsh|name]]. Sibling [[Mason Brimble|name]], DOB [[27/03/2015|dob]], NHS [[700 036 1026|nhs]].
"""),
    ("a father's notes typed fast on his phone's notes app", """[[jade|name]] stuff for the social
mon [[30th|date]] - [[jade|name]]s back from hosp. [[michelle|name]] rang shouting. told her not to come round
tues - [[jade|name]] wouldnt go to [[costello|school]], stayed in w [[kaz|name]]. [[kaz|name]] mum is [[Ania|name]] [[07951 207 436|phone]]
lives on [[Kennet Way|address]]
wed [[2/12|date]] - drove [[jade|name]] to camhs appt in my van [[KX19 PWD|vehicle]], she said nothing. Dr [[Okafor|name]] nice
[[mason|name]] asked if [[jade|name]]s gonna die. told him no. he stays at [[Tyler|name]]s in [[kempshott|place]] fri
ring [[Hannah|name]] [[01256 471 385|phone]] about [[Dean|name]] - [[jade|name]] says he messages her
sat [[5/12|date]] - [[jean|name]] came round. [[michelle|name]] turned up w [[dean|name]] outside in the car. told them go.
rang [[Lucy Farrant|name]] [[07823 510 418|phone]]. [[mason|name]] at [[tyler|name]]s. [[jade|name]] ok ish. [[Jade|name]] wants
[[Sam|name]] from school not [[Hannah|name]]
"""),
]

# --- C. Winterbourne / Greenaway family (white British), Hatch Warren, Basingstoke ----------------------------------------------

HOME_C = d.Address("22 Gershwin Road", "Hatch Warren", "Basingstoke", "RG22 4QL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Winterbourne")], dt.date(2023, 7, 14), addresses=[HOME_C], ids=["4000440217"]),
    _p("s", "sibling", [("Poppy", "Greenaway")], dt.date(2025, 9, 3), addresses=[HOME_C], ids=["6000598599"]),
    _p("m", "mother", [("Sophie", "Winterbourne")], dt.date(2000, 5, 22), addresses=[HOME_C], phones=["07456 381 220"]),
    _p("f", "father", [("Reece", "Greenaway")], dt.date(1998, 11, 8), phones=["07825 194 663"]),
], "c")

DOCS_C = [
    ("health visitor's targeted visit record", """HEALTH VISITING - TARGETED CONTACT    HV: [[Gemma Hollis|name]] RGN SCPHN
Child: [[Poppy GREENAWAY|name]]  DOB: [[03/09/2025|dob]]  NHS: [[600 059 8599|nhs]]
Sibling: [[Alfie Winterbourne|name]] DOB [[14/07/2023|dob]]
Home: [[22 Gershwin Road|address]], [[Hatch Warren|place]], [[RG22 4QL|postcode]]   Date of contact: [[1 Dec 2026|date]]
Mum [[Sophie|name]] had a healing bruise under her left eye. She said she walked into the cupboard. [[Reece|name]] was not there; she
said he is "staying at his dad [[Mick|name]]'s in [[Chineham|place]]". Asked alone (RED): she said [[Reece|name]] pushed her on
[[27 November|date]] while she held [[Poppy|name]]. Her friend [[Chloe Bright|name]] ([[07412 635 018|phone]]) knows. [[Alfie|name]] at
[[Little Acorns Nursery|school]] Tues/Thurs. Referred via MASH; GP Hatch Warren Surgery informed.
Plan: joint visit with SW [[Hannah Wyeth|name]] on [[9 December 2026|date]]; [[Sophie|name]] to see IDVA [[Tara Quinlan|name]]
([[07392 118 640|phone]]); GP Dr [[Menon|name]] informed. [[Sophie|name]]'s mum [[Linda Winterbourne|name]] lives at
[[17 Ash Grove|address]],
[[Chineham|place]] [[RG24 8PL|postcode]] and has [[Alfie|name]] on Mondays. [[Reece|name]]'s dad [[Mick|name]]: [[07825 660 314|phone]].
[[Poppy|name]] weight 8.9 kg (50th); 15-month review due [[3 December 2026|date]] - moved to [[14/12/2026|date]].
"""),
    ("a mother's email to the social worker", """From: [[sophie winterbourne|name]] <[[sophiew2000@hotmail.co.uk|email]]>
To: [[hannah.wyeth@loddonchalk.gov.uk|email]]
Sent: [[4 December 2026|date]] 23:12
Subject: [[reece|name]]

hi [[Hannah|name]] sorry its late. [[reece|name]] turned up at 9 tonight banging on the door, his mates car outside (silver corsa
[[WU17 HNF|vehicle]]). i didnt open it. my neighbour [[Jas|name]] at no 24 filmed it. his mum [[Debbie Greenaway|name]] keeps
texting me from [[Andover|place]] saying im keeping [[poppy|name]] from him. im taking the kids to my aunty [[Carol|name]]'s in
[[Whitchurch|place]] on [[the 12th|date]]. sorry. [[Sophie|name]]
ps [[Jas|name]]s number is [[07412 903 557|phone]] if u need the video. [[chloe|name]] said she'll come to the
meeting on [[the 17th|date]]. [[alfie|name]] keeps saying daddy is in the car. my dad [[Pete Winterbourne|name]] lives in [[Thatcham|place]]
but we dont speak. xx
"""),
]

# --- D. Harfield family (white British), River Way, Andover ------------------------------------------------------------------

HOME_D = d.Address("41 Cricketers Way", "River Way", "Andover", "SP10 5DN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Dylan", "Harfield")], dt.date(2012, 2, 17), addresses=[HOME_D], ids=["7000677783", "R850000210013"]),
    _p("m", "mother", [("Kerry", "Harfield")], dt.date(1988, 8, 4), addresses=[HOME_D], phones=["07738 402 915"]),
], "c")

DOCS_D = [
    ("return home interview record", """RETURN HOME INTERVIEW       Anton Downs Council - Missing and Exploitation Team
Young person: [[HARFIELD, Dylan|name]]   DOB [[17-02-2012|dob]]   Missing from: Friday [[27/11/2026|date]] 19:00 to [[29/11/2026|date]]
11:30
Interviewer: [[Ravi Sandhu|name]]     Interview date: [[30 November 2026|date]] at [[Andover|place]] Library
[[Dylan|name]] said he went to [[Southampton|place]] with "[[Jayz|name]]" and a man called [[Kyle|name]] who drives a black Audi.
He stayed at a flat on [[Portswood Road|address]]. His mum [[Kerry|name]] ([[07738 402 915|phone]]) reported him; his nan
[[Brenda Harfield|name]] in [[Ludgershall|place]] had not seen him. He was found by BTP at [[Salisbury|place]] station.
[[Dylan|name]] named: "[[Jayz|name]]" = [[Jayden Moss|name]] (15, [[Floral Way|address]]); "[[Kyle|name]]" = [[Kyle Brennan|name]];
a girl called [[Shannon|name]] from [[Shirley|place]] who "runs the phone". He said [[Kyle|name]] rang him on [[07451 390 288|phone]]
(number given to police). He wants to live with his dad [[Stuart Harfield|name]] in [[Swindon|place]] or his nan [[Brenda|name]] in
[[Ludgershall|place]], [[11 Butt Street|address]], [[SP11 9QB|postcode]]. Next RHI if missing again; referral to the exploitation panel
on [[14 December 2026|date]]. Present for part: mum [[Kerry Harfield|name]] and [[Meg Haskins|name]] (youth worker).
Also present in [[Southampton|place]] per [[Dylan|name]]: "[[Big T|name]]" and a woman called [[Marcia|name]] at the flat. He took
the train from [[Andover|place]] to [[Basingstoke|place]] first, then
[[Winchester|place]] and [[Southampton|place]].
Mum's email [[kerryharfield88@outlook.com|email]]. Interview ended 16:10; [[Dylan|name]] walked home with [[Ravi|name]] to
[[Cricketers Way|address]].
"""),
    ("a youth worker's notes typed fast on a phone between sessions", """notes [[3/12|date]] [[dyl|name]]
saw [[dyl|name]] @ the skate park by the leisure centre. w [[jayz|name]] ([[Jayden Moss|name]]?) + a lad from [[Charlton|place]]
he had new air max. said [[kyle|name]] "looks after him". [[kerry|name]] doesnt know. told [[Ravi|name]].
next: fri [[11 dec|date]] 4pm
[[dyl|name]] said [[shannon|name]] from [[shirley|place]] gave him a phone. said his nan [[brenda|name]] "is the only 1".
mum [[kerry|name]] txt me [[4/12|date]]: "is he wiv u". told her no. [[kyle|name]] = [[K Brennan|name]] per [[Ravi|name]].
"""),
]

# --- E. Maphutha / Sekgobela family (Pedi South African), Brighton Hill, Basingstoke ---------------------------------------------

HOME_E = d.Address("9 Bowman Road", "Brighton Hill", "Basingstoke", "RG22 4HX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tumelo", "Sekgobela")], dt.date(2013, 6, 9), addresses=[HOME_E], ids=["4000756974", "C850000314742"]),
    _p("s", "sibling", [("Lerato", "Sekgobela")], dt.date(2019, 1, 12), addresses=[HOME_E], ids=["5000836162"]),
    _p("m", "mother", [("Kgaugelo", "Maphutha")], dt.date(1987, 3, 3), addresses=[HOME_E], phones=["07949 316 027"]),
    _p("f", "father", [("Lesiba", "Sekgobela")], dt.date(1984, 9, 21), addresses=[HOME_E], phones=["+27 82 614 3907"]),
], "c")

DOCS_E = [
    ("section 47 enquiry record", """SECTION 47 ENQUIRY - OUTCOME RECORD
Child: [[Tumelo SEKGOBELA|name]] (13), DOB [[9 June 2013|dob]], NHS [[400 075 6974|nhs]]
Address: [[9 Bowman Road|address]], [[Brighton Hill|place]], [[Basingstoke|place]], [[RG22 4HX|postcode]]
Strategy discussion: [[2 December 2026|date]]. Worker: [[Hannah Wyeth|name]]. Interpreter not needed (family speak English and Sepedi).
[[Tumelo|name]] told his teacher Mr [[Dyer|name]] that his father hit him with a belt on [[30 November|date]]. Marks seen on his back.
Mother [[Kgaugelo Maphutha|name]] ("[[Kgau|name]]") is a care assistant on a Health and Care Worker visa. Father
[[Lesiba Sekgobela|name]] returned from [[Polokwane|place]] on [[25 November|date]]; his South African number is [[+27 82 614 3907|phone]].
Grandmother Koko [[Mmaphuti Maphutha|name]] lives at [[Stand 2214, Zone 3|address]], [[Seshego|place]], [[+27 15 291 4402|phone]].
Sister [[Lerato|name]] (7) attends [[Great Binfields Primary|school]].
Seen and spoken to: [[Tumelo|name]] alone at school [[2 December|date]] with
DSL [[Ruth Pennington|name]] ([[Fairfields Secondary|school]]). [[Lerato|name]] seen at home [[3 December|date]]. [[Lesiba|name]] seen
[[3 December|date]] before he flew to [[Johannesburg|place]]; he said "in [[Polokwane|place]] this is how we raise boys". [[Kgaugelo|name]]
said [[Lesiba|name]]'s sister [[Mapula Sekgobela|name]] in [[Pretoria|place]] ([[+27 15 291 4402|phone]] is Koko's) will talk to him.
Church friend
[[Thabo Mokwena|name]]. Outcome: CIN; safety plan agreed [[8 December 2026|date]].
"""),
    ("a family WhatsApp chat in Sepedi and English, typed up and translated", """[[Maphutha|name]] Fam 🇿🇦
[[01/12/2026|date]], 20:14 - Koko: Ngwanaka, o kae? (My child, where are you?)
[[01/12/2026|date]], 20:15 - [[Kgau|name]]: Ke le gae le bana, [[Tumi|name]] o a lla (I am home with the kids, [[Tumi|name]] is crying)
[[01/12/2026|date]], 20:17 - Rakgadi [[Mapula|name]]: [[Lesiba|name]] o dirile eng? (What did [[Lesiba|name]] do?)
[[01/12/2026|date]], 20:20 - [[Kgau|name]]: School called the social. Lady [[Hannah|name]] coming tomorrow
[[01/12/2026|date]], 20:31 - [[lerato|name]] 💕: mama can [[Naledi|name]] sleep over saturday
[[02/12/2026|date]], 07:02 - Koko: [[Kgaugelo|name]], bitsa [[Lesiba|name]] (call [[Lesiba|name]])
[[02/12/2026|date]], 07:05 - [[Lesiba S|name]]: I am at Heathrow. Flight to [[Johannesburg|place]] then bus to [[Polokwane|place]]
[[02/12/2026|date]], 07:06 - Rakgadi [[Mapula|name]]: [[Lesiba|name]] o boe! ([[Lesiba|name]], come back!)
[[02/12/2026|date]], 07:09 - [[Kgau|name]]: Mme [[Hannah|name]] says you must meet her on [[3 December|date]]
[[02/12/2026|date]], 07:15 - [[Tshepo Mashaba|name]]: Brother I can fetch you from OR Tambo, I am in [[Midrand|place]]
[[+27 82 509 6613|phone]]
[[02/12/2026|date]], 07:20 - [[lerato|name]] 💕: papa come back for my birthday [[12 jan|date]]!!!
[[02/12/2026|date]], 07:31 - Koko: [[Tumelo|name]] o tla ntlhokomela mo [[Seshego|place]] ge a nyaka ([[Tumelo|name]] can stay with me
in [[Seshego|place]] if he wants)
[[03/12/2026|date]], 18:40 - [[Kgau|name]]: Meeting went ok. [[Hannah|name]] and [[Ruth|name]] were kind. [[Tumi|name]] went to
[[Naledi|name]]'s
[[03/12/2026|date]], 18:44 - Rakgadi [[Mapula|name]]: Re a leboga Modimo (We thank God). Send [[Lesiba|name]]'s new number
[[03/12/2026|date]], 18:45 - [[Kgau|name]]: [[+27 82 614 3907|phone]] same one. He lands [[Polokwane|place]] tomorrow
[[03/12/2026|date]], 18:52 - [[Tshepo Mashaba|name]]: I will take him to Mme [[Mmaphuti|name]] in [[Seshego|place]] on Saturday [[5th|date]]
"""),
]

# --- F. D'Souza / Pinto family (Mangalorean Catholic), Augusta Park, Andover -----------------------------------------------------

HOME_F = d.Address("3 Dunsfold Way", "Augusta Park", "Andover", "SP11 6GJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Joswin", "Pinto")], dt.date(2010, 11, 30), addresses=[HOME_F], ids=["6000915357", "E850000419471"]),
    _p("s", "sibling", [("Rihana", "Pinto")], dt.date(2016, 5, 8), addresses=[HOME_F], ids=["7000994541"]),
    _p("m", "mother", [("Lavina", "D'Souza")], dt.date(1982, 7, 16), addresses=[HOME_F], phones=["07384 215 609"]),
    _p("f", "father", [("Wilfred", "Pinto")], dt.date(1978, 4, 25), phones=["+971 50 318 2264"]),
], "c")

DOCS_F = [
    ("young carer's assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Care Act / Children Act s17ZA)
Young carer: [[Joswin PINTO|name]]  DOB [[30/11/2010|dob]]  UPN [[E850000419471|upn]]
Address: [[3 Dunsfold Way|address]], [[Augusta Park|place]], [[Andover|place]] [[SP11 6GJ|postcode]]
Cared-for: mother [[Lavina D'Souza|name]] (MS, relapsing). Father [[Wilfred Pinto|name]] works in [[Dubai|place]],
[[+971 50 318 2264|phone]].
[[Joswin|name]] ("[[Jos|name]]") does the night meds and walks [[Rihana|name]] (10) to [[Harrow Way Community School|school]]'s bus. Aunty
[[Shirley Saldanha|name]] in [[Mangaluru|place]] ([[+91 98450 31276|phone]]) wants him to go to [[Kinnigoli|place]] in summer.
Parish: Fr [[Melwyn Lobo|name]], St John the Baptist, [[Andover|place]]. Assessed [[5 December 2026|date]] by [[Ravi Sandhu|name]].
Network: GP Dr [[Anand|name]] (Adelaide Medical Centre); MS nurse [[Claire Bunce|name]] ([[01264 338 902|phone]]);
[[Joswin|name]]'s tutor Mr [[Hallett|name]]; neighbour [[Gwen Foyle|name]] at no. 5; [[Lavina|name]]'s friend from work
[[Sunita Rao|name]] ([[Salisbury|place]]). [[Joswin|name]] looked after [[Lavina|name]] alone from [[2 October|date]] to
[[9 October|date]] when she fell. [[Rihana|name]] (UPN [[P850000524200|upn]], NHS [[700 099 4541|nhs]]) says "[[Jos|name]] is my mum now".
[[Joswin|name]]'s own words: "Mai has good days and bad days. Pappa rings from [[Dubai|place]] at 9. I want to do A levels at
[[Cricklade|school]] and go to uni in [[Southampton|place]]." Friends: [[Aarav|name]], [[Lewis Tombs|name]], [[Mia-Grace Lovell|name]].
Contacts: [[Lavina|name]] [[07384 215 609|phone]]; [[Sheryl Menezes|name]] [[07966 318 204|phone]]; Fr [[Melwyn|name]] via the parish
office.
Review date: [[5 March 2027|date]]. Copy to [[Wilfred Pinto|name]] at [[wilfred.pinto78@gmail.com|email]].
"""),
    ("a grandmother's letter in Konkani (Kannada script) with the translation", """ಮೊಗಾಚ್ಯಾ [[ಜೋಸ್ವಿನ್|name]],  ([[ಮಂಗ್ಳುರ್|place]],
[[20-11-2026|date]])
(Dear [[Joswin|name]], from [[Mangalore|place]], [[20-11-2026|date]])
Your Mai is strong. Pray the rosary with [[Rihana|name]]. Uncle [[Royston|name]] will send money through [[Alston Crasta|name]].
Write to me at [[Pinto House|address]], [[Kulshekar|place]], [[Mangaluru|place]] [[575005|postcode]]. Ajji [[Philomena Pinto|name]]
(Konkani:) [[ಲವೀನಾ|name]] ಆನಿ [[ರಿಹಾನಾ|name]] ಖಾತಿರ್ ಮಾಗ್ತಾಂ. [[ವಿಲ್ಫ್ರೆಡ್|name]] [[ದುಬಾಯ್|place]] ಥಾವ್ನ್ ಯೆತಾ [[23 ಡಿಸೆಂಬರ್|date]].
(I pray for [[Lavina|name]] and [[Rihana|name]]. [[Wilfred|name]] comes from [[Dubai|place]] on [[23 December|date]].)
"""),
]


DOCS_A += [
    ("child in need plan review minutes", """CHILD IN NEED REVIEW - MINUTES
Date: [[10.12.2026|date]]   Venue: Civic Offices, London Road, [[Basingstoke|place]]   Chair: [[Hannah Wyeth|name]] (SW)
Children: [[Kayden Catchpole|name]] ([[02.04.2017|dob]]); [[Ellie-Mae Loader|name]] ([[19.08.2021|dob]], NHS [[500 020 2643|nhs]])
Present: [[Tanya Catchpole|name]] (mother); [[Craig Loader|name]] (father of [[Ellie-Mae|name]]); [[Jo Prentice|name]] (DSL,
[[Merton Fields|school]]); [[Aisha Rahman|name]] (school nurse); [[Mark Toomer|name]] (Vivid housing officer).
Apologies: [[Sandra Catchpole|name]] (maternal grandmother, [[Oakley|place]]); PC [[Dan Ashby|name]].
1. Attendance: [[Kayden|name]] 81% since [[2 September|date]]; late 14 times. [[Jo|name]] to offer breakfast club from [[4 January|date]].
2. Home: boiler fixed [[4 December|date]]; window to be replaced [[16-17|date]] December - correction: [[16|date]]-[[17 December|date]].
3. Dog: Bane re-homed via [[Tanya|name]]'s cousin [[Shane Catchpole|name]] in [[Overton|place]].
4. [[Craig|name]] to attend the Inspire course in [[Andover|place]] from [[12 January 2027|date]].
Next review: [[4 March 2027|date]].
5. Contacts: [[Tanya|name]] [[07842 316 570|phone]]; [[Craig|name]] [[07913 448 207|phone]]; Nan [[Sandra|name]] [[01256 812 046|phone]],
[[3 Church Lane|address]], [[Oakley|place]], [[RG23 7JU|postcode]]; [[Pat Gosling|name]] (neighbour, no. 16) asked not to be named to
the family. [[Shane Catchpole|name]], [[Flat 2, 19 High Street|address]], [[Overton|place]]. [[Kayden|name]]'s friend [[Jaxon|name]]'s mum
[[Stacey-Jo Harmer|name]] offers Tuesday tea. Dates: PEP [[15 January|date]]; dentist [[20.01.2027|date]]; core meeting [[5 Feb|date]].
"""),
    ("a boy's own words on a direct work sheet, typed up", """MY THREE HOUSES - [[Kayden|name]] age 9 ([[26/11|date]])
House of worries: when mum and [[craig|name]] shout. when [[ellie|name]] goes out the front. Bane biting.
House of good things: nan [[sandra|name]]s in [[oakley|place]]. my mate [[Jaxon|name]] from no. 11. Fifa. Miss [[Kaur|name]] at school.
House of dreams: living at nans. a ps5. [[Ellie|name]] to have her own room.
(Worker's note: "Miss [[Kaur|name]]" is his class teacher, [[Preet Kaur|name]].)
Who is in my family: mum [[Tanya|name]], [[Ellie|name]], [[Craig|name]] (sometimes), nan [[Sandra|name]], uncle [[Shane|name]]
in [[overton|place]], my real dad [[Jordan|name]] (dont see him), cousin [[Tia-Rose|name]], Bane (dog)
Best day: my birthday [[2nd april|dob]] at Milestones museum
"""),
]

DOCS_B += [
    ("strategy discussion record", """STRATEGY DISCUSSION RECORD     Date/time: [[1 December 2026|date]] 10:00 (Teams)
Child: [[BRIMBLE, Jade|name]]  DOB [[05/10/2011|dob]]  NHS [[600 028 1838|nhs]]  UPN [[G850000105284|upn]]
Attendees: [[Hannah Wyeth|name]] (Chair, SW); DC [[Lucy Farrant|name]] (MASH, police); Dr [[Okafor|name]]; [[Sam
Whitlock|name]] (DSL, [[Costello School|school]]); [[Beth Cairns|name]] (liaison nurse, Basingstoke and North Hampshire Hospital).
Information: on [[28 November|date]] [[Jade|name]] told [[Kaz|name]] that [[Dean Parfitt|name]] (mother's partner,
[[12 Reading Road|address]],
[[Tadley|place]], [[RG26 4QA|postcode]]) had sent her messages and pictures. [[Dean|name]]'s car [[HN68 XTB|vehicle]].
Mother [[Michelle Stacey|name]] ([[07503 662 981|phone]]) not yet told. Brother [[Mason|name]] stays Fridays with
[[Tyler Marsh|name]]'s family.
Decision: s47 jointly; ABE interview [[3 December|date]] at the [[Winchester|place]] suite.
Actions: DC [[Farrant|name]] - seize [[Dean|name]]'s phone by [[4 December|date]]; [[Hannah|name]] - tell [[Michelle|name]] with
DC [[Farrant|name]] on [[2 December|date]] at her work in [[Bramley|place]]; [[Sam|name]] - safety plan with [[Jade|name]] and
[[Karina|name]];
[[Gary|name]] to keep [[Jade|name]] away from [[Dean|name]]. Maternal grandmother [[Jean Stacey|name]] ([[01256 812 046|phone]])
lives in [[Old Basing|place]]. Next discussion: [[8 December 2026|date]].
"""),
    ("Snapchat messages typed up from a girl's phone by police", """Exhibit LF/2 - Snapchat (screenshots typed by DC [[Farrant|name]]
on [[2/12/26|date]])
Contact saved as "D 👀" (display name [[Dean P|name]]), username deanoo_88
D 👀: u home alone jadey
[[Jade|name]]: no dads in
D 👀: dont tell ur mum we talk. [[michelle|name]] wud go mental
[[Jade|name]]: ok
D 👀: pick u up by [[winklebury|place]] shops sat? [[kaz|name]] can't come
[[Jade|name]]: idk. my nan [[Jean|name]] is round sat
D 👀: [[jean|name]] wont know. wear the top i got u
[[Jade|name]]: [[Kaz|name]] says ur weird
D 👀: [[kaz|name]] is a child lol. ur mature. [[30th|date]] is ur mums night out at Festival Place
(Typist's note [[2/12/26|date]]: "[[Kaz|name]]" is [[Karina Wojcik|name]], DOB [[11/06/2011|dob]], of [[Kennet Way|address]],
[[Winklebury|place]].)
"""),
]

DOCS_C += [
    ("police control room incident log, printed", """STORM INCIDENT LOG  HAM-20261127-0893       Opened: [[27/11/2026|date]] 22:41
Location: [[22 GERSHWIN ROAD|address]] [[HATCH WARREN|place]] [[BASINGSTOKE|place]] [[RG22 4QL|postcode]]
Caller: [[JASWINDER GILL|name]] (neighbour, no. 24), [[07412 903 557|phone]]
22:41 CALLER STATES HEARS FEMALE SCREAMING + BABY CRYING. MALE NAMED AS "[[REECE|name]]"
22:49 PNC: [[GREENAWAY, Reece James|name]] DOB [[08/11/1998|dob]], prev DA with ex [[LAURA BIDDLE|name]] ([[Whitchurch|place]])
23:02 PC 3319 [[HAYES|name]], PC 4471 [[NWOSU|name]] on scene. Suspect left in silver Corsa [[WU17 HNF|vehicle]] driven by
[[Kian Tull|name]]
23:20 VICTIM [[SOPHIE WINTERBOURNE|name]] DECLINES STATEMENT. 2 CHILDREN PRESENT: [[ALFIE|name]] (3), [[POPPY|name]] (1)
23:41 CALLER [[GILL|name]] RE-CONTACTS: MALE BACK, SAME VEHICLE. UNITS FROM [[BASINGSTOKE|place]] ATTEND
23:58 [[GREENAWAY|name]] LOCATED [[WINCHESTER ROAD|address]] [[KEMPSHOTT|place]], ARRESTED. CUSTODY [[BASINGSTOKE|place]]
[[28/11/2026|date]] 00:20 [[WINTERBOURNE|name]] CHILDREN TO MGM [[LINDA WINTERBOURNE|name]], [[17 ASH GROVE|address]],
[[CHINEHAM|place]] [[RG24 8PL|postcode]] TEL [[07765 213 480|phone]]
[[28/11/2026|date]] 09:10 DASH COMPLETED BY DC [[PRIOR|name]]. REFERRAL TO MASH [[BASINGSTOKE|place]]
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT   Conference date:
[[17 December 2026|date]]
Children: [[Alfie Winterbourne|name]] ([[14 July 2023|dob]]), [[Poppy Greenaway|name]] ([[3 September 2025|dob]])
Mother: [[Sophie Winterbourne|name]], [[22 Gershwin Road|address]], [[Hatch Warren|place]]. Father of both: [[Reece Greenaway|name]]
([[07825 194 663|phone]]), staying with his father [[Mick Greenaway|name]], [[5 Lime Close|address]], [[Chineham|place]].
Paternal grandmother [[Debbie Greenaway|name]] lives in [[Andover|place]]; maternal great-aunt [[Carol Vines|name]] in [[Whitchurch|place]].
Incidents: [[27 November|date]] (push while holding [[Poppy|name]]); [[4 December|date]] (at the door); earlier, [[14 June 2026|date]].
HV [[Gemma Hollis|name]]; [[Alfie|name]]'s key person [[Kirsty Dunn|name]] at [[Little Acorns|school]]. DASH: high; MARAC
[[22/12/2026|date]].
Invited: [[Sophie Winterbourne|name]]; [[Reece Greenaway|name]] (to attend separately); [[Chloe Bright|name]] (support);
[[Jaswinder Gill|name]] not invited (neighbour). Agencies: HV [[Gemma Hollis|name]]; PC [[Hayes|name]]; IDVA [[Tara Quinlan|name]];
GP Dr [[Menon|name]]; [[Little Acorns|school]] manager [[Lisa Pratt|name]]; Chair [[Colin Ferris|name]]; minute-taker [[Zoe Elton|name]].
[[Reece|name]]'s previous partner [[Laura Biddle|name]] ([[Whitchurch|place]]) had a protection order in [[March 2023|date]]? - see
[[03/03/2023|date]] entry. [[Alfie|name]] said to [[Kirsty|name]] on [[9 December|date]]: "daddy [[Reece|name]] hurted mummy".
Distribution: [[Sophie Winterbourne|name]], [[22 Gershwin Road|address]], [[Hatch Warren|place]], [[RG22 4QL|postcode]];
[[Reece Greenaway|name]], c/o [[5 Lime Close|address]], [[Chineham|place]], [[RG24 8RT|postcode]]; [[Gemma Hollis|name]]
([[gemma.hollis@nhs.net|email]]); [[Tara Quinlan|name]] ([[07392 118 640|phone]]); [[Lisa Pratt|name]], [[Little Acorns|school]];
Dr [[Menon|name]]; PC [[Hayes|name]]; [[Colin Ferris|name]] (Chair). [[Alfie|name]] NHS [[400 044 0217|nhs]], [[Poppy|name]] NHS
[[600 059 8599|nhs]].
"""),
]

DOCS_D += [
    ("chronology of significant events", """CHRONOLOGY - [[Dylan HARFIELD|name]] ([[17.02.2012|dob]])  UPN [[R850000210013|upn]]  NHS
[[700 067 7783|nhs]]
[[03.03.2024|date]]  Exclusion (fixed term) from [[Winton|school]] for fighting with [[Callum Reid|name]].
[[19.09.2025|date]]  Moves to [[Harrow Way|school]]. Mum [[Kerry|name]] separates from [[Stuart Harfield|name]] (now in [[Swindon|place]]).
[[12.06.2026|date]]  First missing episode; found at [[Jayden Moss|name]]'s, [[Floral Way|address]], [[Andover|place]].
[[27.11.2026|date]] to [[29.11.2026|date]]  Missing; found at [[Salisbury|place]]; RHI by [[Ravi Sandhu|name]].
[[03.12.2026|date]]  Youth worker [[Meg Haskins|name]] sees [[Dylan|name]] with "[[Kyle|name]]".
[[05.12.2026|date]]  Strategy meeting: DS [[Amy Coles|name]], [[Ravi Sandhu|name]], [[Meg Haskins|name]], [[Kerry Harfield|name]], Mr
[[Pugh|name]] (Head of Year, [[Harrow Way|school]]). [[Kyle Brennan|name]] (18? no - DOB [[04.04.2008|dob]]) linked to [[Portswood|place]].
[[06.12.2026|date]]  Nan [[Brenda|name]] rings from [[Ludgershall|place]] ([[01264 735 118|phone]]): [[Dylan|name]] there overnight
with [[Jayden|name]].
[[07.12.2026|date]]  [[Kerry|name]] asks for [[Dylan|name]] to stay with her sister [[Nicola Dance|name]] at [[8 Weyhill Road|address]],
[[Andover|place]], [[SP10 3AN|postcode]] ([[07834 221 690|phone]]) over Christmas. [[Stuart|name]] agrees by text from [[Swindon|place]].
[[08.12.2026|date]]  Exploitation panel brought forward to [[11 December|date]]; [[Jayden Moss|name]]'s mother [[Tina Moss|name]]
([[07402 551 876|phone]]) agrees to share. [[Dylan|name]] seen in [[Andover|place]] town centre with [[Shannon|name]] by PCSO
[[Okoro|name]].
[[09.12.2026|date]]  [[Stuart Harfield|name]] visits from [[Swindon|place]]; takes [[Dylan|name]] to his
flat at [[14 Cheney Manor Road|address]], [[Swindon|place]], [[SN2 2NX|postcode]], back [[10 December|date]].
"""),
    ("British Transport Police search record, scanned and OCR'd", """BRITlSH TRANSP0RT P0LICE  - STOP / SEARCH RECORD  (scan p1/1)
Date: [[29 / 11 / 2O26|date]]   Time: 1O:52   Place: [[Sa1isbury|place]] station, platf0rm 4
Person: [[HARFlELD|name]] Forename(s): [[Dy1an|name]]   DOB: [[17/O2/2O12|dob]]
Address given: [[41 Cricketers Way|address]], [[Andover|place]] [[SP1O 5DN|postcode]]
Grounds: seen with male [[K. BRENNAN|name]] ([[Kyle|name]]?), £34O cash.
Officer: PC [[T0M LACEY|name]] 8812. Mum rang on [[07738 402 915|phone]]
Witness: MRS [[G. P0LLARD|name]] (ticket office). [[HARFlELD|name]] stated: "[[Kyle|name]] is my cousin" - not true per
mother [[KERRY HARFlELD|name]]. Coll3cted by nan [[BRENDA HARFlELD|name]], [[11 Butt Street|address]], [[Ludgershall|place]] at 11:3O on
[[29/11|date]]. Copy to [[Andover|place]] NPT and [[Salisbury|place]] NPT. Scanned [[3O.11.2O26|date]] by [[J.Okoro|name]].
"""),
]

DOCS_E += [
    ("letter to the family after the enquiry", """Loddon Chalk Children's Services, Civic Offices, London Road, [[Basingstoke|place]]
RG21 4AH
[[8 December 2026|date]]
Ms [[K. Maphutha|name]] and Mr [[L. Sekgobela|name]], [[9 Bowman Road|address]], [[Brighton Hill|place]], [[Basingstoke|place]]
[[RG22 4HX|postcode]]
Dear Ms [[Maphutha|name]] and Mr [[Sekgobela|name]],
Thank you for meeting me on [[3 December|date]] with [[Tumelo|name]] and [[Lerato|name]]. The enquiry found that [[Tumelo|name]] was
hurt on [[30 November|date]]. We will offer a child in need plan. Pastor [[Thabo Mokwena|name]] of your church in [[Reading|place]]
([[0118 972 4460|phone]]) has offered to support. Please call me on [[01256 471 385|phone]].
Yours sincerely, [[Hannah Wyeth|name]]
cc: [[Ruth Pennington|name]], DSL, [[Fairfields Secondary|school]]; Mr [[Dyer|name]], DSL, [[Great Binfields|school]];
Dr [[Naidoo|name]], Brighton Hill Medical Centre. If you need this letter in Sepedi, [[Thabo Mokwena|name]] has kindly offered to read it
with you. Your next meeting: [[15 December 2026|date]] at 4pm at [[9 Bowman Road|address]]; [[Tumelo|name]]'s review with [[Ruth|name]]
on [[18 December|date]].
"""),
    ("a school's safeguarding concern form, handwritten and scanned", """[[GREAT BINFIELDS PRIMARY|school]] - Record of concern
(handwritten, scanned)
Pupil: [[Lerato Sekgobela|name]]   Class: Owls   DOB: [[12/1/19|dob]]   NHS: [[500 083 6162|nhs]]
Date & time: Mon [[7th Dec|date]] 8.50am   Written by: Mrs [[J. Awolowo|name]] (TA)
[[Lerato|name]] said "Papa went back to [[Polokwane|place]] and [[Tumi|name]] is happy now". She said her Koko rang from
[[Seshego|place]] and cried. Passed to DSL Mr [[Dyer|name]] 9.05am.
Follow-up [[8/12/26|date]] by DSL [[Dyer|name]]: spoke to mum [[Kgaugelo|name]] ([[07949 316 027|phone]]) and SW
[[Hannah Wyeth|name]]. [[Lerato|name]]'s friend [[Naledi Nkosi|name]] (Class Owls) told her mum [[Precious Nkosi|name]].
"""),
]

DOCS_F += [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN   Held: [[12 December 2026|date]], St John the Baptist
parish hall, [[Andover|place]]
Coordinator: [[Niamh Keogh|name]]   For: [[Joswin Pinto|name]] ([[30.11.2010|dob]]) and [[Rihana Pinto|name]] ([[08.05.2016|dob]])
Family present: [[Lavina D'Souza|name]] (Mai); [[Wilfred Pinto|name]] (by WhatsApp from [[Dubai|place]]); Aunty [[Sheryl Menezes|name]]
(from [[Swindon|place]], [[07966 318 204|phone]]); Uncle [[Royston D'Souza|name]] ([[Leicester|place]]); family friend
[[Prajwal Shetty|name]].
Plan: [[Sheryl|name]] stays Mon-Wed; [[Prajwal|name]] drives [[Rihana|name]] to [[Harrow Way|school]] Thursdays; [[Wilfred|name]] home
[[23 December|date]] to [[6 January|date]]. Fr [[Melwyn|name]] visits Sundays. Review [[27 February 2027|date]].
If [[Lavina|name]] goes into hospital: [[Joswin|name]] and [[Rihana|name]] to Aunty [[Sheryl|name]] at
[[22 Cricklade Place|address]], [[Swindon|place]], [[SN1 4HZ|postcode]]. If [[Sheryl|name]] can't: family friends [[Prajwal|name]] and
[[Deepa Shetty|name]], [[Picket Piece|place]]. Uncle [[Royston|name]] rings every Sunday. [[Wilfred|name]]'s Dubai address:
[[Flat 1204, Al Nahda Tower 2|address]], [[Al Nahda|place]], [[Dubai|place]].
"""),
    ("a parish priest's email to the young carers' worker", """From: Fr [[Melwyn Lobo|name]] <[[frmelwyn.lobo@gmail.com|email]]>
To: [[Ravi Sandhu|name]] <[[ravi.sandhu@antondowns.gov.uk|email]]>
Date: Sun, [[6 Dec 2026|date]] 19:02
Dear Mr [[Sandhu|name]], [[Jos|name]] served at the 10 o'clock Mass today and fell asleep in the sacristy. His mother [[Lavina|name]]
asked me to write. The Konkani community rota (Mrs [[Castelino|name]], [[Alston|name]] and [[Melanie Pais|name]]) can cook. Ajji
[[Philomena|name]] rings from [[Mangaluru|place]] on [[+91 824 243 7719|phone]]. God bless, Fr [[Melwyn|name]]
P.S. [[Joswin|name]]'s confirmation is on [[16 May 2027|date]] at St John's; his sponsor is [[Alston Crasta|name]]
([[07875 443 102|phone]], [[Weyhill|place]]). [[Rihana|name]] sings with [[Melanie Pais|name]]'s daughter [[Rochelle|name]] in the
children's choir. Mrs [[Castelino|name]] lives at [[4 Mylen Road|address]], [[Andover|place]], if [[Lavina|name]] needs her at night.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 143 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "fr", "nan", "nana", "mum", "mama", "dad", "aunty", "uncle", "koko", "rakgadi",
           "mme", "ntate", "mai", "ajji", "ajjo", "bappa", "pappa", "lady"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "hampshire", "north hampshire", "wiltshire", "berkshire", "south africa", "limpopo", "india",
               "karnataka", "the gulf", "uae"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets 13 to
# 6's) with this set's titles and kinship words ("Koko", "Rakgadi", "Mai", "Ajji", "Fr", "Aunty", "Lady") and counties,
# regions and countries ("Hampshire", "Limpopo", "Karnataka").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
