"""Set 128: a held-out hand-written set for the redaction detector, six more invented families in Slough, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
helpers writing at the same time (bench/redaction_set126.py, redaction_set127.py, redaction_set129.py and their tests), that
did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here),
the docstrings only of bench/redaction_set7.py to redaction_set125.py (searched for towns, districts and communities, to pick
new ones), and the ruff settings. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored
once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Slough, each from a district no earlier set used as a family's home: a white British family in Britwell with
a grandmother in Cippenham and a father's mother in Langley (Kennedy / Doyle; neglect, a mother's drug use, cuckooing by a
dealer, a family group conference), a British Sikh Punjabi family in Cippenham (Gill / Sandhu; a girl of 15 facing a forced
engagement in Jalandhar, a Forced Marriage Protection Order, a grandmother's statement in Gurmukhi), a Somali family in
Foxborough, Langley (Warsame / Hersi; a boy of 13 criminally exploited on a county line, missing to Basingstoke, an NRM
referral, a mother's letter in Somali), and a Hindko-speaking Pakistani family from Havelian near Abbottabad in Salt Hill
(Jadoon / Awan; a baby's faltering growth, a mother's low mood and control by the extended family, a mother's letter in Urdu
script). Two from communities no earlier set used: a Khoja Shia Ithna'ashari family from Upanga, Dar es Salaam, in Colnbrook
(Jaffer / Dewji; a girl of 10 with type 1 diabetes and missed insulin, a mother's grief and depression, voice notes in
Gujarati script) and a Pamiri (Ismaili, Shughni-speaking) family from Khorog, Tajikistan, in Haymill (Mamadnazarov /
Shodmonova; domestic abuse, an interview in Russian with Cyrillic names and places, a boy's words at school, MARAC).
24 documents, each with its own style: a case note, strategy minutes, Snapchat messages typed up by a school, a family group
conference plan, a school referral, a Forced Marriage Unit consultation email, a grandmother's statement in Punjabi with an
interpreter's English, an FMPO attendance note, a youth offending intake summary, a mother's letter in Somali, a return home
interview, an NRM form extract, a child and family assessment, WhatsApp messages transcribed by an interpreter (Gujarati and
English), a diabetes nurse's letter to a GP, a school medication log scanned and OCR'd (with O/0 and I/1 confusions), a police
incident log, an interpreter-assisted interview (Russian, Cyrillic), a pupil voice sheet in a child's lower-case words, a
MARAC referral, a health visitor's notes typed fast on a phone, a GP safeguarding referral, a mother's letter in Urdu script
and an initial child protection conference extract.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (phonenumbers), UK and
foreign (India, Somaliland/Somalia, Tanzania, Tajikistan, Pakistan); NHS numbers and UPNs (LA number 871 for Slough) pass their
check digits; NI numbers have a valid format. The council service (Slough Children First) is real in name and unmarked, as are
schools' real names (marked as schools), hospitals, surgeries, health centres, community centres, the police, courts, charities
(Barnardo's, Turning Point, Slough Women's Aid), an interpreting agency (Surjit Language Services, invented), a gurdwara
(Ramgarhia Sabha), a jamatkhana and a jamaat, shops (Costcutter), Heathrow as an employer and airport codes (LHR, ATQ).

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Miss, Dr, DS, PC, HHJ, Father (a priest), Nanny, aunty (after a name), Masi, dadi, bibi, MIL) stay outside the
name span. "SURNAME, First" and "Zainab JAFFER" forms are one span; an initial with a surname ("S Kennedy", "Z. Jaffer",
"K.Malik", "K-A Kennedy") is one span; a name broken by a line break is one span holding the break; nicknames and street
names used as names ("Deano", "Saks", "Ghost", "T-Bone", "Murtu", "mase") are names; a contact saved under a kinship word
("Masi") is not a name. A street address is one span, its town a place; a neighbour's bare flat or house number ("Flat 9",
"no. 24") is an address; an Indian six-digit postcode ("144401") is a postcode; towns, districts and estates at home or abroad
and in any script ("Хорога", "Душанбе", "ਜਲੰਧਰ", "મોમ્બાસા", "سلاؤ", "حویلیاں") are places; countries and regions ("Punjab",
"England and Wales") are not. Organisations that hold a place's name stay unmarked ("Britwell Health Centre", "Britwell
Community Centre", "Colnbrook Village Surgery", "Salt Hill Medical Centre", "Salt Hill Family Centre", "Wexham Park Hospital",
"the Family Court at Reading", "Brighton Hill shops"); a date of birth is dob, other dates with a day are date (a weekday stays
outside; in a range "3-5 October" the bare "3" is its own date); OCR'd dates with a letter O for a zero ("08/1O/26") are dates.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a county-line phone's
name ("Yusuf line") marks the name; the Punjabi date "24 ਦਸੰਬਰ" is a date; an airport named by its city ("Heathrow") used as a
workplace is a place when it stands alone as a place; Heathrow used as an employer ("worked at Heathrow") stays unmarked; "Bibi" as the
last part of a Pakistani woman's name
("Rukhsana Bibi") is part of the name, while "bibi" (grandmother) alone, "Bhabhi", "bhai" and "opa" stay unmarked; a mosque,
gurdwara, jamatkhana or imambara ("Hyderi"), a football club ("Foxborough Rangers"), a police station ("Loddon Valley police
station") and a church ("St Anthony's") are organisations; a birthday with no year said by a child ("3 march") is a dob;
a government unit's shared mailbox ("fmu@fcdo.gov.uk") is an organisation's and is not marked.

Self-check without the detector: `python -m bench.redaction_set128` (and tests/test_redaction_set128.py) runs set 15's checker
on this set, adds this set's titles and kinship words, and prints the number of documents and gold spans per kind: 24
documents, 915 gold spans, 455 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kennedy / Doyle family (white British), Britwell, Slough ---------------------------------------------------------

HOME_A = d.Address("14 Kennedy Park Road", "Britwell", "Slough", "SL2 2HB")
NAN_A = d.Address("6 Burnham Lane", "Cippenham", "Slough", "SL1 6LD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Doyle")], dt.date(2019, 4, 22), addresses=[HOME_A], ids=["764 830 5186", "H871286770932"],
       schools=["Our Lady of Peace Catholic Primary"]),
    _p("s", "sibling", [("Mason", "Doyle")], dt.date(2023, 8, 9), addresses=[HOME_A], ids=["501 639 6000"]),
    _p("m", "mother", [("Shannon", "Kennedy")], dt.date(2000, 1, 30), addresses=[HOME_A], phones=["07520 233 878"],
       ids=["412 697 7120", "JK 41 22 86 B"]),
    _p("f", "father", [("Liam", "Doyle")], dt.date(1997, 6, 12), phones=["07428 127 650"]),
    _p("g", "grandparent", [("Bernadette", "Kennedy")], dt.date(1972, 11, 5), addresses=[NAN_A], phones=["01753 255 021"]),
    _p("p1", "professional", [("Harriet", "Okafor")], phones=["01753 782 430"], emails=["harriet.okafor@thamesmead-cs.gov.uk"]),
], "c")

DOCS_A = [
    ("case note of an unannounced home visit", """CASE NOTE - unannounced home visit
Child: [[Tayla Doyle|name]] (DOB [[22/04/2019|dob]])   Sibling: [[Mason Doyle|name]] ([[09.08.2023|dob]])
Address: [[14 Kennedy Park Road|address]], [[Britwell|place]], [[Slough|place]] [[SL2 2HB|postcode]]
Visit date: [[3 November 2026|date]], 10:40    Worker: [[Harriet Okafor|name]], social worker

I knocked for some time. A neighbour at no. 16, Mrs [[Eileen Pocock|name]], came out and said "she's in, she's always in
till dinner". [[Shannon|name]] opened the door in a dressing gown. The front room had bin bags along one wall and a
smell of cat litter. [[Mason|name]] was in a cot in the front room in a nappy that had not been changed for some time; he
was content and babbled at me. [[Tayla|name]] was at school ([[Our Lady of Peace|school]], Year 3 - the school
says attendance is 81%).
[[Shannon|name]] said [[Liam|name]] had "gone back to his mum's in [[Langley|place]]" after a row on Friday [[30 October|date]]
and that his friend "[[Deano|name]]" had been sleeping on the sofa. I asked who [[Deano|name]] is; she said
[[Dean Fairweather|name]], "he's harmless". She did not know his date of birth. Police (TVP) later confirmed
a [[Dean Fairweather|name]], born [[14/02/1994|dob]], is known for supply of class A drugs in [[Britwell|place]] and
[[Farnham Royal|place]].
Nan, [[Bernadette Kennedy|name]], arrived at 11:15 from [[Cippenham|place]] with shopping. She said she would take
[[Mason|name]] for two nights. Her number: [[01753 255 021|phone]]. Her address: [[6 Burnham Lane|address]],
[[SL1 6LD|postcode]].
Plan: strategy discussion [[04/11/2026|date]]; health visitor [[Nadia Brennan|name]] to visit by [[6 Nov|date]]; school nurse to
see [[Tayla|name]]. Next visit [[10.11.26|date]].

CHRONOLOGY (added [[11/11/2026|date]])
[[22/04/2019|date]] [[Tayla|name]] born at Wexham Park; [[Shannon|name]] 19, living with [[Bernadette|name]] in [[Cippenham|place]].
[[03/06/2020|date]] HV [[Nadia Brennan|name]]: home conditions poor at [[Kennedy Park Road|address]]; [[Liam|name]] in HMP Bullingdon.
[[14/01/2021|date]] Police: [[Liam Doyle|name]] and [[Shannon Kennedy|name]] argument in the street, [[Britwell|place]]; no further action.
[[09/08/2023|date]] [[Mason|name]] born; [[Shannon|name]] tested positive for cannabis; midwife [[Laura Fenwick|name]] informed.
[[12/02/2024|date]] School: [[Tayla|name]] came in with nits and no coat; Mrs [[Kowalczyk|name]] spoke to [[Bernie|name]].
[[30/07/2025|date]] [[Deano|name]] first seen at the house by PCSO [[Rob Clifford|name]]; car [[KV18 ZPW|vehicle]].
[[02/09/2025|date]] Referral by [[Our Lady of Peace|school]]: [[Tayla|name]] said "mummy sleeps all day". Closed at MASH
[[05/09/2025|date]].
[[19/10/2026|date]] Anonymous call from [[Wexham|place]]: "kids screaming at [[no. 14|address]]".
[[30/10/2026|date]] [[Liam|name]] leaves for [[Langley|place]]; [[Dean Fairweather|name]] moves in.
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES
Date: [[4 November 2026|date]], 14:00, MS Teams
Present: [[Harriet Okafor|name]] (SW, chair); DS [[Paul Whitlock|name]] (TVP); [[Nadia Brennan|name]] (HV); [[Siobhan
Carty|name]] (DSL, [[Our Lady of Peace Catholic Primary|school]]); Dr [[Ameet Bhasin|name]] (named GP, Britwell Health Centre)
apologies: [[Gemma Rhodes|name]] (Turning Point)

Children: [[DOYLE, Tayla|name]] ([[22.04.2019|dob]]), NHS [[764 830 5186|nhs]], UPN [[H871286770932|upn]];
[[DOYLE, Mason|name]] ([[9 August 2023|dob]]), NHS [[501 639 6000|nhs]].
Mother: [[KENNEDY, Shannon|name]] ([[30/01/2000|dob]]), NI [[JK 41 22 86 B|ni]], mobile [[07520 233 878|phone]].
Father: [[DOYLE, Liam|name]] ([[12/06/1997|dob]]), [[07428 127 650|phone]], said to be at his mother's, Mrs [[Carol
Doyle|name]], [[22 Trelawney Avenue|address]], [[Langley|place]], [[SL3 7TS|postcode]].

DS [[Whitlock|name]]: [[Dean Fairweather|name]] has a vehicle linked to the address, a grey Vauxhall Corsa [[KV18 ZPW|vehicle]],
seen outside on [[28 Oct|date]] and [[1 Nov|date]]. A cuckooing marker was added on [[2 November 2026|date]].
[[Siobhan|name]]: [[Tayla|name]] has been late 14 times since [[7 September|date]]; on [[the 21st|date]] of October she
told her teacher Miss [[Kowalczyk|name]] "there are men in the kitchen at night".
[[Nadia|name]]: [[Mason|name]] missed his 2-year review on [[15 October 2026|date]].
Decision: section 47 enquiry (single agency SW, joint visit with police on [[5/11/26|date]]). Safety plan: [[Mason|name]] and
[[Tayla|name]] to stay with Nan in [[Cippenham|place]] until the visit.
Actions:
1. [[Harriet|name]] - visit with DS [[Whitlock|name]] on [[05/11/2026|date]]; see [[Tayla|name]] alone at [[Our Lady of Peace|school]].
2. DS [[Whitlock|name]] - checks on [[Dean Fairweather|name]], his partner [[Chantelle Ridgway|name]]
([[Flat 2, 9 Wentworth Avenue|address]],
[[Britwell|place]]) and the man in the red car, believed [[Kyle Amankwah|name]], [[LR70 BKY|vehicle]].
3. [[Nadia|name]] - developmental check for [[Mason|name]] at [[6 Burnham Lane|address]] by [[11 November|date]].
4. [[Siobhan|name]] - daily welfare check; tell [[Harriet|name]] if [[Tayla|name]] is absent ([[01753 782 430|phone]]).
5. [[Harriet|name]] - call [[Liam|name]] ([[07428 127 650|phone]]) and his mother [[Carol Doyle|name]] in [[Langley|place]].
6. Dr [[Bhasin|name]] - share [[Shannon|name]]'s prescriptions (methadone from [[12.05.2025|date]]); next review [[20/11/2026|date]].
Next meeting: [[18/11/2026|date]]. Minutes by [[Priti Sehmi|name]] (business support).
"""),
    ("Snapchat messages typed up by the school from a child's friend's phone", """Typed up by [[Siobhan Carty|name]] (DSL) on
[[9/11/2026|date]] from screenshots shown by a parent, Mrs [[Leanne Shaw|name]].
Her daughter [[Ruby-Mae Shaw|name]] (Year 3) had messages from [[Tayla|name]] on her mum's old phone.

[[tayla|name]] 💜: ruby are u awake
[[tayla|name]] 💜: mummy and deano shouting again
[[ruby-mae|name]]: yh im awake
[[ruby-mae|name]]: wot are they shouting
[[tayla|name]] 💜: dunno. a man with the red car is here. deano said go bed
[[tayla|name]] 💜: i took [[mase|name]] in my bed hes asleep
[[ruby-mae|name]]: my mum says u can come to ours if u want. were at [[britwell road|address]] near the shop
[[tayla|name]] 💜: nanny bernie said i can live with her in [[cipenham|place]]
[[ruby-mae|name]]: yay!! thats near [[haymill|place]] my cousin [[kenzie|name]] lives there
(sent [[31 Oct|date]] 23:47 to 23:58)

The shop is the Britwell Road Costcutter. "[[mase|name]]" is [[Mason|name]].
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held Saturday [[21 November 2026|date]] at Britwell Community Centre. Coordinator: [[Kwame Asante|name]]
Family present: [[Shannon Kennedy|name]] (mum); [[Bernadette Kennedy|name]] (maternal nan); [[Liam Doyle|name]] (dad); [[Carol
Doyle|name]] (paternal nan); [[Kerry-Ann Kennedy|name]] (mum's sister, from [[High Wycombe|place]], [[07415 748 747|phone]]);
Father [[Declan Moriarty|name]] (parish priest, by invitation).

Our plan
1. [[Tayla|name]] and [[Mason|name]] live with Nanny [[Bernie|name]] at [[6 Burnham Lane|address]] until the review on
[[18 December 2026|date]].
2. [[Shannon|name]] sees them every day after school at Nanny's, and goes to Turning Point on Tuesdays in [[Chalvey|place]].
3. Nobody lets [[Dean Fairweather|name]] ("[[Deano|name]]") near the children. [[Shannon|name]] has changed her number to
[[07791 037 497|phone]].
4. [[Carol|name]] will do the school run on Mondays and Wednesdays from [[Langley|place]] in her car.
5. [[Kerry-Ann|name]] has [[Tayla|name]] every other weekend in [[High Wycombe|place]], starting [[28/11|date]].
6. [[Liam|name]] will do the parenting course at Slough Children First from [[January 12th|date]].
Signed: [[S Kennedy|name]], [[B. Kennedy|name]], [[L Doyle|name]], [[C Doyle|name]], [[K-A Kennedy|name]]
Who to ring: Nanny [[Bernie|name]] [[01753 255 021|phone]]; [[Shannon|name]] [[07791 037 497|phone]]; [[Liam|name]] [[07428 127 650|phone]];
[[Carol|name]] [[07538 138 948|phone]]; [[Kerry-Ann|name]] [[07415 748 747|phone]]; [[Harriet|name]] [[01753 782 430|phone]];
[[Kwame|name]] [[07855 353 720|phone]]. Birthdays to plan for: [[Mason|name]]'s party at [[Langley|place]] soft play, and [[Tayla|name]]'s
communion at St Anthony's on [[2 May 2027|date]] with her godmother [[Roisin Keane|name]] from [[Burnham|place]].
"""),
]


# --- B. Gill / Sandhu family (British Sikh Punjabi), Cippenham, Slough ----------------------------------------------------

HOME_B = d.Address("31 Elmshott Lane", "Cippenham", "Slough", "SL1 5QS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Harnoor", "Gill")], dt.date(2011, 2, 17), addresses=[HOME_B], ids=["623 376 7318", "F871160912583"],
       schools=["Westgate School"]),
    _p("m", "mother", [("Manpreet", "Gill")], dt.date(1984, 9, 3), addresses=[HOME_B], phones=["07772 687 653"]),
    _p("f", "father", [("Jaswinder", "Gill")], dt.date(1981, 3, 28), addresses=[HOME_B], phones=["07480 944 285"]),
    _p("g", "grandparent", [("Gurmeet", "Kaur Sandhu")], dt.date(1956, 7, 1), addresses=[HOME_B]),
    _p("p1", "professional", [("Owen", "Pritchard")], phones=["01753 593 266"]),
], "c")

DOCS_B = [
    ("referral from a secondary school", """REFERRAL TO SLOUGH CHILDREN FIRST - front door
Referrer: [[Rachel Adeyemi|name]], DSL, [[Westgate School|school]], [[01753 581 617|phone]]    Date: [[12/10/2026|date]]
Child: [[GILL, Harnoor|name]] (female), DOB [[17/02/2011|dob]], Year 11, UPN [[F871160912583|upn]]
Address: [[31 Elmshott Lane|address]], [[Cippenham|place]], [[SL1 5QS|postcode]]
Parents: [[Manpreet Gill|name]] ([[07772 687 653|phone]]), [[Jaswinder Gill|name]] ([[07480 944 285|phone]])
Reason: [[Harnoor|name]] told her form tutor Mr [[Hollis|name]] on Friday [[9th October|date]] that her family have
arranged for her to be engaged in [[Jalandhar|place]] over Christmas to a man of 24, a cousin of her father's friend
[[Balvinder|name]] from [[Phagwara|place]]. She showed a photo of flight tickets for [[19 December|date]] to [[Amritsar|place]].
She said her dadi, [[Gurmeet Kaur Sandhu|name]], "knows and is happy". She is frightened and asked us not to call home.
Her friend [[Simran Bains|name]] (Year 11) says [[Harnoor|name]] has a boyfriend, [[Kai|name]], from [[Burnham|place]].

Attendance and history (from the school's records, [[12/10/2026|date]]):
[[01/09/2022|date]] joined Year 7 from [[Cippenham Primary|school]]; sister [[Amrit Gill|name]] left [[Westgate|school]] in 2021,
married in [[Ludhiana|place]].
[[14/03/2024|date]] [[Harnoor|name]] told Miss [[Dhaliwal|name]] her sister [[Amrit|name]] "did not want to go"; no referral.
[[20/12/2024|date]] to [[07/01/2025|date]] absent, in [[Jalandhar|place]]; returned with a henna stain, said it was for cousin
[[Navjot|name]]'s wedding.
[[05/06/2026|date]] phone taken by dad after messages from [[Kai Lawson|name]] found; [[Kai|name]]'s mum Mrs [[Dawn Lawson|name]] rang
school.
[[9 October 2026|date]] disclosure to Mr [[Hollis|name]]; [[Simran|name]] present; pastoral lead [[Beata Nowak|name]] informed.
"""),
    ("Forced Marriage Unit consultation email", """From: [[Owen Pritchard|name]] <[[owen.pritchard@slough-cf.org.uk|email]]>
To: fmu@fcdo.gov.uk
Sent: [[13 October 2026|date]] 09:12
Subject: Consultation - [[H Gill|name]], 15, [[Slough|place]]

Dear colleague,
I would be grateful for advice on [[Harnoor Gill|name]], born [[17.02.2011|dob]], British passport. The family are Jat Sikh
with relatives in [[Jalandhar|place]] and [[Kartarpur|place]], Punjab. The proposed fiancé is [[Sukhdeep Singh Randhawa|name]],
about 24, of [[Nakodar|place]], phone [[+91 99851 72364|phone]] (given by [[Harnoor|name]]). The uncle who arranged it is
[[Balvinder Singh Johal|name]] ([[+91 94104 25808|phone]]), with an address at [[House 112, Model Town|address]],
[[Phagwara|place]], [[144401|postcode]].
Flights: [[19/12/2026|date]] LHR-ATQ, return [[16 January 2027|date]].
We are considering an FMPO. [[Harnoor|name]]'s NHS number is [[623 376 7318|nhs]].
Kind regards, [[Owen|name]] (social worker, [[01753 593 266|phone]])

Family in the UK: [[Jaswinder Gill|name]] (father), [[Manpreet Gill|name]] (mother), [[Gurmeet Kaur Sandhu|name]] (dadi), aunt
[[Kulwant Kaur Bains|name]] in [[Cippenham|place]], cousin [[Rajwinder Sandhu|name]] in [[Jalandhar|place]].
"""),
    ("grandmother's statement in Punjabi (Gurmukhi) with an interpreter's English", """Statement of [[ਗੁਰਮੀਤ ਕੌਰ ਸੰਧੂ|name]]
([[Gurmeet Kaur Sandhu|name]]), taken at home on [[20 October 2026|date]]. Interpreter:
[[Kuldip Rai|name]] (Punjabi, Surjit Language Services).

ਮੈਂ [[ਹਰਨੂਰ|name]] ਨੂੰ ਪਿਆਰ ਕਰਦੀ ਹਾਂ। ਅਸੀਂ ਉਸ ਦਾ ਵਿਆਹ ਨਹੀਂ ਕਰ ਰਹੇ।
(I love [[Harnoor|name]]. We are not marrying her.)
[[ਬਲਵਿੰਦਰ|name]] ਨੇ ਇੱਕ ਮੁੰਡਾ ਦੱਸਿਆ, ਪਰ ਉਹ ਸਿਰਫ਼ ਗੱਲ ਸੀ।
([[Balvinder|name]] mentioned a boy, but it was only talk.)
ਅਸੀਂ [[ਜਲੰਧਰ|place]] ਵਿਆਹ ਤੇ ਜਾ ਰਹੇ ਹਾਂ, ਮੇਰੀ ਭਤੀਜੀ [[ਰਾਜਵਿੰਦਰ|name]] ਦਾ ਵਿਆਹ [[24 ਦਸੰਬਰ|date]] ਨੂੰ ਹੈ।
(We are going to [[Jalandhar|place]] for a wedding; my niece [[Rajwinder|name]]'s wedding is on [[24 December|date]].)
She said she came from [[Nawanshahr|place]] in 1979 and lived in [[Southall|place]] before [[Cippenham|place]]. The
gurdwara (Ramgarhia Sabha, [[Slough|place]]) "will help".
Household (from her): [[Jaswinder|name]] (son), [[Manpreet|name]] (daughter-in-law), [[Harnoor|name]], her brother [[Arjun Gill|name]]
(12, [[Westgate|school]] Year 8). Visitors: [[Balvinder|name]] when in England, and [[Sukhdeep|name]]'s mother [[Paramjit Kaur|name]].
"""),
    ("FMPO hearing note", """ATTENDANCE NOTE - FMPO application, without notice
Date: [[2 November 2026|date]]. Court: the Family Court at Reading. Before: HHJ [[Ashworth|name]]
For the LA: [[Priya Natt|name]] (counsel), [[Owen Pritchard|name]] (SW). Respondents: [[Jaswinder Gill|name]], [[Manpreet Gill|name]],
[[Balvinder Singh Johal|name]], [[Sukhdeep Singh Randhawa|name]].
Order made: passports of [[Harnoor|name]] to be surrendered to the [[Slough|place]] police station by 4pm on
[[4/11/2026|date]]; no removal from England and Wales; return date [[30 November 2026|date]].
Service: [[Owen|name]] served [[Jaswinder Gill|name]] and [[Manpreet Gill|name]] at [[31 Elmshott Lane|address]] at 18:40 on
[[2/11/26|date]], with PC [[Harjit Sohal|name]]; [[Balvinder Singh Johal|name]] and [[Sukhdeep Singh Randhawa|name]] to be served through
the FMU in [[New Delhi|place]]. [[Harnoor|name]] stays with her aunt [[Kulwant Kaur Bains|name]] at [[17 Bath Road|address]],
[[Cippenham|place]], [[SL1 6JA|postcode]], until the return date; school transport from [[Bath Road|address]] arranged by
[[Beata Nowak|name]]. Passports: [[Harnoor|name]]'s (UK) and [[Gurmeet Kaur Sandhu|name]]'s (Indian OCI) handed in on [[3 November|date]].
Mr [[Gill|name]] rang me at 17:05 and said "you've shamed us in [[Cippenham|place]]".
"""),
]


# --- C. Warsame / Hersi family (Somali), Foxborough, Langley ---------------------------------------------------------------

HOME_C = d.Address("Flat 7, Ashford Court, Common Road", "Foxborough", "Langley", "SL3 8TX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Abdirahman", "Warsame")], dt.date(2013, 5, 6), addresses=[HOME_C], ids=["552 912 4305", "T871342809919"],
       schools=["Langley Academy"]),
    _p("m", "mother", [("Hodan", "Hersi")], dt.date(1988, 12, 2), addresses=[HOME_C], phones=["07903 753 627"]),
    _p("p1", "professional", [("Lucy", "Ferreira")], phones=["01753 659 666"]),
], "c")

DOCS_C = [
    ("youth offending team intake assessment", """ASSET PLUS - INTAKE SUMMARY
Young person: [[WARSAME, Abdirahman|name]] ("[[Abdi|name]]"), DOB [[06/05/2013|dob]], age 13
Address: [[Flat 7, Ashford Court, Common Road|address]], [[Foxborough|place]], [[Langley|place]] [[SL3 8TX|postcode]]
Mother: [[Hodan Hersi|name]], [[07903 753 627|phone]]. Father: [[Mohamed Warsame|name]], in [[Hargeisa|place]],
[[+252 63 4412278|phone]].
Case manager: [[Lucy Ferreira|name]]. Date: [[17 Sept 2026|date]]
[[Abdi|name]] was arrested on [[2 September 2026|date]] in [[Hounslow|place]] with 14 wraps. He had a second phone, "[[Yusuf|name]]
line". He says older boys from [[Chalvey|place]], "[[Ghost|name]]" and "[[Saks|name]]" ([[Isaac Mensah|name]], 19), gave him
trainers. He missed school at [[Langley Academy|school]] from [[1st July|date]]. His uncle [[Farah Hersi|name]] in [[Hayes|place]]
([[07831 822 430|phone]]) wants him to stay there. His sister [[Ikran|name]], 17, is at [[East Berkshire College|school]].
Network: aunt [[Sahra Hersi|name]], [[Bristol|place]] ([[07772 189 006|phone]]); imam at the [[Langley|place]] mosque, Sheikh
[[Abdullahi Nur|name]]; football coach [[Danny Okoro|name]] (Foxborough Rangers); mentor [[Ibrahim Aden|name]] from [[Slough|place]].
Previous addresses: [[Flat 2, 18 Meadfield Road|address]], [[Langley|place]] from 2015 to [[11/03/2019|date]];
[[Room 4, 70 High Street|address]], [[Hounslow|place]] (emergency housing, March 2019 only).
"""),
    ("mother's letter in Somali with an English version", """[[Foxborough|place]], [[25/09/2026|date]]
Gacaliso [[Lucy|name]],
Waxaan ahay [[Hodan Hersi|name]], hooyada [[Cabdiraxmaan|name]]. Wiilkaygu ma aha dembiile. Niman ayaa qaatay.
Adeerkiis [[Faarax|name]] oo [[Hayes|place]] deggan ayaa caawin kara. Fadlan i wac [[07903 753 627|phone]].
(Dear [[Lucy|name]], I am [[Hodan Hersi|name]], the mother of [[Abdirahman|name]]. My son is not a criminal. Men took him.
His uncle [[Farah|name]] who lives in [[Hayes|place]] can help. Please call me [[07903 753 627|phone]].)
Also the lady at flat 9, [[Flat 9|address]], Mrs [[Amina Jama|name]], saw the car, a black Audi [[LD21 XKR|vehicle]].
[[Cabdiraxmaan|name]] wuxuu dhashay [[6 May 2013|dob]] Maya, ma aha [[Hargeisa|place]] - wuxuu ku dhashay Wexham Park, [[Slough|place]].
(He was born on [[6 May 2013|dob]] - not in [[Hargeisa|place]], at Wexham Park in [[Slough|place]].)
Aabbihiis [[Maxamed|name]] wuxuu joogaa [[Hargeysa|place]]; ayeeyadiis [[Xaliimo|name]] waxay joogtaa [[Burco|place]].
(His father [[Mohamed|name]] is in [[Hargeisa|place]]; his grandmother [[Halimo|name]] is in [[Burao|place]].)
"""),
    ("missing episode return home interview", """RETURN HOME INTERVIEW - missing [[3 October 2026|date]] 19:00 to [[5/10/2026|date]] 07:30
Interviewer: [[Tendai Moyo|name]] (Barnardo's)   Young person: [[Abdi Warsame|name]]
Where: he was found by British Transport Police at [[Reading|place]] station. He said he stayed in a flat in
[[Basingstoke|place]] ("near the Brighton Hill shops") with [[Saks|name]] and a girl called [[Precious|name]].
He would not give [[Precious|name]]'s surname. He had been told to hold the line by "[[T-Bone|name]]".
He wants to go to his uncle [[Farah|name]]. He talked about his dad in [[Hargeisa|place]] and his grandmother in
[[Burao|place]]. Contact in the flat: [[07517 273 687|phone]] (from his phone log). Next: NRM referral [[6.10.26|date]].
People he named: [[Saks|name]] ([[Isaac Mensah|name]]); [[T-Bone|name]]; [[Precious|name]] (about 16, from [[Tilehurst|place]]);
"[[Little Dee|name]]" ([[Deshawn Clarke|name]]?); a driver "Uncle [[Ray|name]]"; his friend [[Mustafa|name]] from [[Foxborough|place]].
Places: a flat on [[Winklebury Way|address]], [[Basingstoke|place]]; a trap house "by the Tesco in [[Brighton Hill|place]]";
[[Slough|place]]
bus station; [[Langley|place]] station. Phones: [[07517 273 687|phone]], [[07839 971 902|phone]] ("[[Yusuf|name]] line").
"""),
    ("NRM referral form extract", """NATIONAL REFERRAL MECHANISM - child (extract)
1. Potential victim: [[Abdirahman Warsame|name]]    Date of birth: [[6 May 2013|dob]]    Nationality: British
2. Address: [[Flat 7, Ashford Court|address]], [[Common Road|address]], [[Langley|place]], [[SL3 8TX|postcode]]
3. NHS: [[552 912 4305|nhs]]   UPN: [[T871342809919|upn]]
4. First responder: [[Lucy Ferreira|name]], [[lucy.ferreira@slough-cf.org.uk|email]], [[01753 659 666|phone]]
5. Exploiters known: [[Isaac Mensah|name]] ("[[Saks|name]]"), DOB [[11/08/2007|dob]]; "[[Ghost|name]]" (not known);
[[Tyrell Boateng|name]] ("[[T-Bone|name]]").
5a. Vehicles: [[LD21 XKR|vehicle]] (black Audi A3, registered keeper [[Jerome Addo|name]], [[11 Sutton Place|address]], [[Hayes|place]],
[[UB3 4QJ|postcode]]); [[YG19 TLU|vehicle]] (grey Mercedes van, seen [[15/07/2026|date]] in [[Southall|place]]).
6. Places: [[Chalvey|place]], [[Hounslow|place]], [[Basingstoke|place]], [[Reading|place]].
7. Dates of exploitation: [[2 September 2026|date]]; [[3|date]]-[[5 October 2026|date]].
8. Chronology:
[[24/06/2026|date]] [[Abdi|name]] excluded for a day from [[Langley Academy|school]] after a fight with [[Mustafa Ali|name]].
[[01/07/2026|date]] stops attending; seen by Mrs [[Amina Jama|name]] getting into [[LD21 XKR|vehicle]] on [[Common Road|address]].
[[15/07/2026|date]] missing overnight, found in [[Southall|place]] by the Met; told PC [[Gary Hume|name]] he was "at [[Yusuf|name]]'s".
[[02/09/2026|date]] arrested in [[Hounslow|place]] with [[Isaac Mensah|name]]; released under investigation.
[[17/09/2026|date]] YOT intake with [[Lucy Ferreira|name]]; uncle [[Farah Hersi|name]] attends from [[Hayes|place]].
[[03/10/2026|date]] missing again; [[Hodan|name]] rings [[Lucy|name]] at 21:10 from [[07903 753 627|phone]].
[[05/10/2026|date]] found at [[Reading|place]]; RHI with [[Tendai Moyo|name]]; cousin [[Ikran Warsame|name]] collects him.
"""),
]


# --- D. Jaffer / Dewji family (Khoja, from Dar es Salaam), Colnbrook --------------------------------------------------------

HOME_D = d.Address("9 Vicarage Way", "Colnbrook", "Slough", "SL3 0JE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Zainab", "Jaffer")], dt.date(2016, 10, 14), addresses=[HOME_D], ids=["577 529 6419", "Z871709075110"],
       schools=["Pippins School"]),
    _p("m", "mother", [("Fatema", "Dewji")], dt.date(1990, 4, 19), addresses=[HOME_D], phones=["07374 254 765"]),
    _p("f", "father", [("Murtaza", "Jaffer")], dt.date(1986, 1, 8), addresses=[HOME_D], phones=["07956 061 565"]),
    _p("p1", "professional", [("Grace", "Oduya")], phones=["01753 526 973"]),
], "c")

DOCS_D = [
    ("child and family assessment", """CHILD AND FAMILY ASSESSMENT (summary)
Child: [[Zainab Jaffer|name]], born [[14 October 2016|dob]], NHS [[577 529 6419|nhs]], [[Pippins School|school]], Year 5
Home: [[9 Vicarage Way|address]], [[Colnbrook|place]], [[SL3 0JE|postcode]]
Parents: [[Fatema Dewji|name]] ([[07374 254 765|phone]]) and [[Murtaza Jaffer|name]] ([[07956 061 565|phone]]).
Assessor: [[Grace Oduya|name]]. Started [[5/10/2026|date]], completed [[16.11.2026|date]].
The family are Khoja Shia Ithna'ashari, from [[Dar es Salaam|place]] ([[Upanga|place]]); [[Murtaza|name]] came in 2014 and
worked at Heathrow. [[Zainab|name]] has type 1 diabetes. School found her hypo three times in September; her pump was not
refilled. [[Fatema|name]] has had depression since her mother [[Sakina Dewji|name]] died in [[Dar|place]] on [[2 June 2026|date]].
Support: the jamaat's welfare lady Mrs [[Shirin Walji|name]] ([[07944 663 923|phone]]) and a cousin, [[Hussein Dewji|name]], in
[[Leicester|place]]. Diabetes nurse: [[Kate Lindqvist|name]], Wexham Park Hospital.

Family and network (genogram key):
[[Murtaza Jaffer|name]] (father, b. [[08/01/1986|dob]]) - parents [[Abbas Jaffer|name]] and [[Khadija Jaffer|name]], [[Arusha|place]]
[[Fatema Dewji|name]] (mother, b. [[19/04/1990|dob]]) - mother [[Sakina Dewji|name]] (died [[02/06/2026|date]],
[[Dar es Salaam|place]]), father [[Hasnain Dewji|name]], [[Upanga|place]], [[+255 729 198 270|phone]]
aunt "Masi" [[Zehra Manji|name]], [[Kariakoo|place]], [[Dar es Salaam|place]]; uncle [[Karim Manji|name]], [[Mombasa|place]]
cousin [[Hussein Dewji|name]], [[Leicester|place]], [[07418 924 322|phone]]; his wife [[Naseem|name]]
friend [[Shirin Walji|name]], [[Langley|place]]; her husband [[Akbar Walji|name]], [[07423 605 637|phone]]
Visits: [[05/10/2026|date]], [[12/10/2026|date]], [[26/10/2026|date]], [[02/11/2026|date]], [[09/11/2026|date]] (all seen alone,
[[Zainab|name]]).
"""),
    ("WhatsApp voice notes transcribed by an interpreter (Gujarati, Kutchi and English)", """Transcribed by [[Nilesh Thakrar|name]] on
[[20/11/2026|date]]. Sender names as saved on [[Fatema|name]]'s phone.

Masi (her aunt in [[Dar es Salaam|place]], [[+255 714 865 355|phone]]): બેટા [[ફાતેમા|name]], [[ઝૈનબ|name]] ની દવા ભૂલીશ નહીં
   (Child [[Fatema|name]], do not forget [[Zainab|name]]'s medicine.)
[[Murtu|name]]: Im at work till 10, can u do the pump change tonight pls
[[Fatema|name]]: cant. head is too heavy. ask [[shirin|name]] aunty
Masi: [[કરીમ|name]] કહે છે કે તમે [[મોમ્બાસા|place]] આવો ([[Karim|name]] says you should come to [[Mombasa|place]].)
[[Shirin Walji|name]]: Coming at 7. [[Zainab|name]] can sleep at ours in [[Langley|place]] if needed
(messages [[17 Nov|date]] 15:02 to 18:40)
[[Hussein Dewji|name]]: Bhabhi I can come from [[Leicester|place]] on Saturday
[[Fatema|name]]: no need bhai. [[murtu|name]] is off on the [[21st|date]]
[[Akbar Walji|name]]: Majlis at Hyderi [[Streatham|place]] on [[22 Nov|date]], we are driving from [[Langley|place]], [[Zainab|name]]
can come with [[Alia|name]] and [[Mahdi|name]]
Masi: [[સકીના|name]] ની બરસી [[2 જૂન|date]] ના રોજ [[દાર|place]] માં (The anniversary of [[Sakina|name]] on [[2 June|date]] in
[[Dar|place]])
"""),
    ("diabetes nurse's letter to the GP", """Paediatric Diabetes Team, Wexham Park Hospital
[[24 November 2026|date]]
Dr [[Rashid Qureshi|name]], Colnbrook Village Surgery
Re: [[Zainab JAFFER|name]], DOB [[14/10/2016|dob]], NHS [[577 529 6419|nhs]], [[9 Vicarage Way|address]], [[Colnbrook|place]]
Dear Dr [[Qureshi|name]], [[Zainab|name]] was admitted on [[19/11/2026|date]] in DKA. Her HbA1c is 86. Her mother [[Fatema|name]]
says she missed boluses for a week. I have referred to [[Grace Oduya|name]] (Slough Children First). Clinic on [[8 Dec|date]].
Yours, [[Kate Lindqvist|name]], CNS, [[kate.lindqvist@nhs.net|email]]
"""),
    ("school's medication log (scanned, OCR)", """PIPPINS SCH0OL - MED1CAL LOG - [[Z. Jaffer|name]] Yr5
[[01/10/26|date]]  BG 3.1 hypo - glucotabs - mum rang [[07374 254 765|phone]] no ans - dad came 13:10  sgd [[K.Malik|name]]
[[02/10/26|date]]  BG 2.9 - lucozade - dad rang back - "pump not refilled"        sgd [[K.Malik|name]]
[[08/1O/26|date]]  pump alarm - no insulin in pod - sent home w Mrs [[Walji|name]]?   sgd [[T Byrne|name]]
[[15/10/26|date]]  BG 22 ketones 1.4 - rang [[Fatema|name]] - [[Shirin|name]] collected  sgd [[T Byrne|name]]
[[22/1O/26|date]]  hypo 2.6 in PE - PE teacher Mr [[Gillespie|name]] gave tabs  sgd [[K.Malik|name]]
[[05/11/26|date]]  no pump supplies - rang CNS [[Kate Lindqvist|name]] - dad ([[Murtaza|name]]) brought pods 12:30  sgd [[T Byrne|name]]
[[12/11/26|date]]  BG 4.8 ok - [[Zainab|name]] says mum "in bed all day" - told DSL [[Anne-Marie Foley|name]]  sgd [[K.Malik|name]]
[[18/11/26|date]]  vomiting, ketones 3.1 - 999 - taken to Wexham Park - [[Shirin Walji|name]] went w her  sgd [[T Byrne|name]]
"""),
]


# --- E. Mamadnazarov / Shodmonova family (Pamiri, from Khorog), Haymill ------------------------------------------------------

HOME_E = d.Address("22 Haymill Road", "Haymill", "Slough", "SL1 6NF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Parvina", "Mamadnazarova")], dt.date(2020, 6, 25), addresses=[HOME_E], ids=["428 456 8698"]),
    _p("s", "sibling", [("Daler", "Mamadnazarov")], dt.date(2014, 3, 3), addresses=[HOME_E], ids=["744 092 8849", "A871477633034"],
       schools=["Lynch Hill School"]),
    _p("m", "mother", [("Nigina", "Shodmonova")], dt.date(1993, 8, 16), addresses=[HOME_E], phones=["07890 500 597"]),
    _p("f", "father", [("Farhod", "Mamadnazarov")], dt.date(1989, 2, 20), phones=["07404 928 723"]),
    _p("p1", "professional", [("Ellie", "Marchetti")], phones=["01753 031 803"]),
], "c")

DOCS_E = [
    ("police domestic abuse incident log", """TVP STORM log extract - domestic, [[22 Haymill Road|address]], [[Haymill|place]],
[[SL1 6NF|postcode]]
[[27/09/2026|date]] 23:14 caller [[Nigina SHODMONOVA|name]] [[07890 500 597|phone]], husband [[Farhod MAMADNAZAROV|name]]
([[20/02/1989|dob]]) shouting, hit her with a phone charger. 2 children in the house: [[Daler|name]] 12, [[Parvina|name]] 6.
23:31 PC [[Josh Kearney|name]] and PC [[Aneta Wrobel|name]] on scene. Suspect left in a white Toyota Prius [[WN19 HTE|vehicle]]
(Uber). Believed at his brother [[Alisher Mamadnazarov|name]], [[Flat 3, 40 Stoke Road|address]],
[[Slough|place]] [[SL2 5AH|postcode]].
Neighbour [[Terry Pike|name]] at [[no. 24|address]] heard "banging for an hour".
[[28/09/2026|date]] 02:10 suspect arrested at [[40 Stoke Road|address]] by PC [[Kearney|name]]; in custody at Loddon Valley police station.
Interpreter (Russian) [[Rustam Nazarov|name]], booked via Language Line.
Victim's friend [[Malika|name]] attended at 00:20 and took [[Parvina|name]] and [[Daler|name]] to her flat on [[Montem Lane|address]].
"""),
    ("interpreter-assisted interview with a mother (Shughni and Russian, Cyrillic)", """Interview: [[Ellie Marchetti|name]] (SW) with
[[Nigina Shodmonova|name]], [[30 September 2026|date]]. Interpreter: [[Rustam
Nazarov|name]] (Russian; [[Nigina|name]] added words in Shughni).
Она сказала: «[[Фарҳод|name]] пьёт с тех пор, как мы приехали из [[Хорога|place]]. Мой брат [[Бахтовар|name]] в [[Душанбе|place]]».
(She said: "[[Farhod|name]] has drunk since we came from [[Khorog|place]]. My brother [[Bakhtovar|name]] is in [[Dushanbe|place]].")
Her brother's phone [[+992 99 407 6017|phone]]; her mother [[Гулчеҳра|name]] ([[Gulchehra|name]]) in [[Rushan|place]],
[[+992 98 720 0764|phone]]. They are Ismaili; the jamatkhana in [[Slough|place]] is "where my friends are". Friend: [[Malika
Shirinbekova|name]], [[07910 475 452|phone]].

Timeline she gave (dates from her phone):
[[12/03/2019|date]] married in [[Khorog|place]]; [[Farhod|name]]'s mother [[Zarina Mamadnazarova|name]] lives in [[Porshinev|place]].
[[25/06/2020|date]] [[Parvina|name]] born in [[Dushanbe|place]]; [[Daler|name]] with grandmother in [[Rushan|place]].
[[04/11/2022|date]] came to [[London|place]], stayed with [[Alisher|name]] in [[Chalvey|place]], then [[Upton Lea|place]].
[[17/01/2025|date]] moved to [[Haymill|place]]; [[Farhod|name]] drives for Uber from [[Heathrow|place]].
[[14/08/2026|date]] first time he hit her, after a call from his cousin [[Davlat|name]] in [[Moscow|place]] ([[+7 956 432-61-57|phone]]).
[[27/09/2026|date]] the night of the charger; [[Daler|name]] called [[Malika|name]], who came with her husband [[Oyatullo|name]].
"""),
    ("child's drawing and words recorded at school", """[[Lynch Hill School|school]] - pupil voice sheet, [[2/10/2026|date]], completed
with [[Daler|name]] by Mrs [[Okonjo|name]] (ELSA)
Who lives in your house?  "me, [[parvina|name]], mum. dad went to uncle [[alisher|name]]"
Who helps you?  "mrs [[okonjo|name]], my friend [[yusuf|name]], bibi on video from [[rushan|place]]"
Worries: "dad will come back and be angry. [[parvina|name]] cries at night"
Wish: "go to [[khorog|place]] in summer and see the river"
Friends at school: "[[yusuf|name]], [[oliwia|name]], [[kacper|name]], [[aryan|name]]. mr [[pearce|name]]" (the caretaker).
Where do you feel safe?  "[[malika|name]] opa house on [[montem lane|address]] and the library"
Dates he remembered: "[[27 september|date]] the police came. [[14 august|date]] dad hit mum first time. my birthday [[3 march|dob]]"
"""),
    ("MARAC referral", """MARAC referral - [[Nigina Shodmonova|name]], DOB [[16.08.1993|dob]], [[07890 500 597|phone]] (safe to call
before 3pm)
Address: [[22 Haymill Road|address]], [[SL1 6NF|postcode]]. Children: [[Daler Mamadnazarov|name]] ([[03/03/2014|dob]], UPN
[[A871477633034|upn]]), [[Parvina Mamadnazarova|name]] ([[25/06/2020|dob]], NHS [[428 456 8698|nhs]]).
Perpetrator: [[Farhod Mamadnazarov|name]], [[07404 928 723|phone]]. DASH score 17. Referrer: [[Ellie Marchetti|name]],
[[ellie.marchetti@slough-cf.org.uk|email]]. MARAC date: Thursday [[15 October 2026|date]].
Risk factors (DASH): strangulation? no; threats to kill - yes ([[27/09/2026|date]]); separation - yes; pregnancy - no.
Others at risk: [[Daler|name]], [[Parvina|name]]; [[Nigina|name]]'s friend [[Malika Shirinbekova|name]] at [[Flat 11, Montem Lane|address]],
[[Slough|place]] [[SL1 2QG|postcode]] (he has threatened her). Agencies: TVP (DC [[Fiona Grieve|name]]), IDVA [[Shazia Perveen|name]],
[[Lynch Hill School|school]] (DSL [[Rob Okonjo|name]]), HV [[Carmen Ruiz|name]] for [[Parvina|name]].
Safety: refuge space offered in [[Maidenhead|place]] on [[1/10/2026|date]], declined; bail conditions to [[27/10/2026|date]]: not to enter
[[Haymill Road|address]] or contact [[Nigina|name]].
"""),
]


# --- F. Jadoon / Awan family (Hindko-speaking, from Abbottabad), Salt Hill -------------------------------------------------

HOME_F = d.Address("5 Stoke Poges Lane", "Salt Hill", "Slough", "SL1 3NY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Musa", "Jadoon")], dt.date(2025, 12, 1), addresses=[HOME_F], ids=["510 799 0819"]),
    _p("m", "mother", [("Sana", "Awan")], dt.date(2004, 5, 9), addresses=[HOME_F], phones=["07934 416 734"], ids=["NP 63 04 19 C"]),
    _p("f", "father", [("Waqas", "Jadoon")], dt.date(1999, 10, 30), addresses=[HOME_F], phones=["07474 232 916"]),
    _p("p1", "professional", [("Bethan", "Lloyd")], phones=["01753 367 873"]),
], "c")

DOCS_F = [
    ("health visitor's notes typed fast on a phone", """HV notes [[Bethan Lloyd|name]] [[3/11|date]] - NBV late. [[musa|name]] 11 mths,
wt dropped 9th->2nd centile. mum [[sana|name]] v tired,
dad [[waqas|name]] at work (taxi, [[Heathrow|place]]). MIL [[Rukhsana|name]] does feeds, says "formula makes him fat"
gives watered milk?? flat cold, mould in bedrm. Landlord mr [[Tariq Abbasi|name]] [[07351 125 314|phone]]. [[sana|name]] quiet
when MIL in room. Asked [[sana|name]] alone at door - she cried, said "i want to go to my mums" -
she said [[Havelian|place]] nr [[Abbottabad|place]]. Her mum [[Nasreen Awan|name]] [[+92 333 5077235|phone]].
plan - GP wt clinic [[5/11|date]], ref to SW, call back Thurs [[5th|date]]
also: MIL's friend mrs [[Shaheen|name]] from [[Chalvey|place]] comes most days. [[waqas|name]] brother [[bilal|name]] drives
a silver Honda [[FY66 RZN|vehicle]]. next visit [[12/11|date]] w interpreter [[Iftikhar|name]] (Hindko,
not Urdu).
"""),
    ("GP safeguarding referral", """Salt Hill Medical Centre - safeguarding referral [[06/11/2026|date]]
Patient: [[Musa JADOON|name]], DOB [[01/12/2025|dob]], NHS [[510 799 0819|nhs]]
Address: [[5 Stoke Poges Lane|address]], [[Salt Hill|place]], [[Slough|place]] [[SL1 3NY|postcode]]
Mother: [[Sana Awan|name]], [[09/05/2004|dob]], NI [[NP 63 04 19 C|ni]], [[07934 416 734|phone]]; father [[Waqas Jadoon|name]]
[[07474 232 916|phone]]. Paternal grandmother [[Rukhsana Bibi|name]] lives with them; paternal uncle [[Adeel Jadoon|name]]
in [[Mansehra|place]].
Faltering growth, mother low mood (PHQ-9 19), possible coercive control by the extended family. Referrer: Dr [[Hina
Siddiqui|name]]. Practice nurse [[Joanne Cutler|name]] saw [[Musa|name]] on [[5 November|date]].

Weights: [[01/12/2025|date]] 3.41 kg; [[12/02/2026|date]] 5.6 kg; [[20/05/2026|date]] 7.4 kg; [[14/08/2026|date]] 7.9 kg;
[[03/11/2026|date]] 7.7 kg; [[05/11/2026|date]] 7.65 kg. Seen by HV [[Bethan Lloyd|name]], nursery nurse [[Amy Catchpole|name]],
Dr [[Hina Siddiqui|name]]. Household: [[Sana|name]], [[Waqas|name]], [[Musa|name]], [[Rukhsana Bibi|name]], and [[Waqas|name]]'s
brother [[Bilal Jadoon|name]] ([[07535 642 217|phone]]) at weekends. [[Sana|name]]'s sister [[Mehwish Awan|name]] lives in
[[Luton|place]] ([[07463 626 591|phone]]); her father [[Zafar Awan|name]] in [[Havelian|place]], [[+92 327 4048116|phone]].
"""),
    ("mother's own letter in Urdu script with English", """[[ثنا اعوان|name]] کی طرف سے، [[سلاؤ|place]]
محترمہ [[بیتھن|name]]، میرا بیٹا [[موسیٰ|name]] بیمار نہیں ہے۔ میری ساس [[رخسانہ|name]] اسے دودھ دیتی ہیں۔ میں [[حویلیاں|place]] جانا
چاہتی ہوں۔
(From [[Sana Awan|name]], [[Slough|place]]. Dear [[Bethan|name]], my son [[Musa|name]] is not ill. My mother-in-law [[Rukhsana|name]]
gives him the milk. I want to go to [[Havelian|place]].)
[[12 November 2026|date]]
"""),
    ("child protection conference report extract", """INITIAL CHILD PROTECTION CONFERENCE - [[26 November 2026|date]], chair
[[Martin Okeke|name]]
Child: [[Musa Jadoon|name]] ([[1 December 2025|dob]]). Present: [[Sana Awan|name]] (with her friend [[Saima Khan|name]]), [[Waqas
Jadoon|name]], [[Bethan Lloyd|name]] (HV), Dr [[Siddiqui|name]], [[Precious Ndlovu|name]] (SW), [[Jade Whitmore|name]] (Slough
Women's Aid). Hindko interpreter: [[Iftikhar Tanoli|name]].
Plan: child protection plan (neglect). [[Musa|name]] weighed weekly at Salt Hill Family Centre; [[Sana|name]] to attend the
women's group in [[Chalvey|place]]; [[Rukhsana Bibi|name]] not to prepare feeds. Review: [[25/02/2027|date]].
Core group: [[3 December 2026|date]], [[17 December 2026|date]], [[7 January 2027|date]]. Members: [[Precious Ndlovu|name]] (lead,
[[01753 367 873|phone]]),
[[Bethan Lloyd|name]], [[Sana Awan|name]], [[Waqas Jadoon|name]], [[Jade Whitmore|name]], [[Amy Catchpole|name]]. Contact for
[[Sana|name]]: [[07934 416 734|phone]] or via [[Saima Khan|name]] ([[07967 618 922|phone]]), [[Flat 4, 60 Ledgers Road|address]],
[[Chalvey|place]], [[SL1 2RN|postcode]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 128 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "hhj", "father", "nurse", "nan", "nanny",
           "gran", "mum", "dad", "aunty", "auntie", "uncle", "dadi", "bibi", "masi", "mil"}
_AFTER = {"aunty", "ji"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "punjab", "somaliland", "somalia", "tajikistan", "tanzania",
               "pakistan", "india", "berkshire", "buckinghamshire"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker with this set's
# titles and kinship words and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
