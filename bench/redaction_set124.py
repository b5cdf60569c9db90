"""Set 124: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
other helpers writing at the same time (bench/redaction_set122.py, redaction_set123.py, redaction_set125.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here); the docstrings only of bench/redaction_set7.py to bench/redaction_set121.py, printed with ast and searched for town,
district and community words (to see which towns and communities earlier sets used as a family's home, and which document
types); the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py; and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Six families in Gainsborough and West Lindsey, each from a town, district or village no earlier set (7 to 121) used as a
family's home (the word search found only Sandsfield, Gainsborough, with a nana in Morton, and Kirton in Lindsey): a white
British family on the Northolme, Gainsborough, with a nana in Morton (Fenwick / Brigg; a girl of 10 called Lea, a mother's
ex-partner who pushed her down the stairs, texts from him, a girl late for school, a move to the nana's), a white British
family in Market Rasen with a grandmother in Caistor (Whitworth / Dawson; a girl of 3 who swallowed her father's methadone, a
boy of 14 who does everything for her and runs to his nan, a grandmother who writes to the conference), a white British girl
of 15 in Saxilby with a father in Lincoln (Kettleborough / Moss; missing episodes, county lines through Newark and Retford, a
debt for vapes, a core group) and a white British family in Scotter (Scrimshaw / Blyton; a girl of 12 caring for a brother of
8 with epilepsy and a PEG feed and a mother in pain, a housing move to an adapted bungalow). Two from communities no earlier
set used: a Singaporean Chinese family in Nettleham (Tan / Lim / Goh; a boy of 13 caned with a rotan for his marks, cutting, a
family WhatsApp group in Chinese and English, a grandmother in Tampines, a Christmas trip to Singapore) and a Gabonese family,
French- and Fang-speaking, in Hemswell Cliff (Mba Ndong / Ndong / Obiang; a girl of 15 sent from Libreville to a mother's
cousin, kept off a school roll to mind the little ones, her passport kept, a private fostering notification, a mother's French
voice note, an uncle in Paris). 24 documents, of types or styles new to these sets where possible: a home visit case note, a
Facebook Messenger thread typed up from screenshots, a school DSL's CPOMS chronology, an education welfare officer's notes typed
fast on a phone, an initial child protection conference report, a GP's letter to conference, voicemails transcribed by a duty
desk, a grandmother's handwritten letter typed up, a police child concern referral, a return home interview, core group
minutes, Snapchat messages photographed by a parent, a young carer's assessment, an OCR'd housing association letter (with its
scanning errors), an email chain with a parent, an epilepsy nurse's clinic letter, strategy discussion minutes, a family
WhatsApp group in Chinese and English with translation, a school counsellor's session note, a GP's CAMHS referral, a private
fostering notification form, a French voice note transcribed and translated, a private fostering assessment visit record and a
bilingual school admission form filled in by hand.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Singapore, Gabon, France); NHS numbers and UPNs (LA number 925, Lincolnshire) pass their
check digits; NI numbers have a valid format. The council (Trent Wold), the housing association (Trent Vale Homes), the
interpreting agency (Lingua East), the GP practice (Wolds Edge Medical Practice) and the schools Ashcroft Lane Primary,
Trentside Academy, Wold Gate Academy, Little Acorns Nursery and Little Owls are invented; towns, districts, villages, real
schools, hospitals, universities, police forces, stadiums, landmarks, apps, games and laws are real and stay unmarked unless
the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Miss, Dr, PC, DC, DS, Mme, Nana, Mum, Uncle, Auntie, Tata, Tonton, Maman, Mamie, Ah Ma, Ah Kong, Gramps)
stay outside a name span and are not names alone; a possessive 's stays outside; every person's name is a name in every form,
record or not; "SURNAME, First" is one span ("FENWICK, Lea", "TAN, Ethan (Wei Jie)"); an initial with a surname is one span;
a name broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media
usernames are not marked, but a contact saved under a person's name or nickname is; a street address is one span, its town a
place, its postcode a postcode; a street named without a number and a neighbour's bare house number ("no. 16") are addresses;
countries, counties and regions are not places ("Lincolnshire", "Lincs", "Gabon"); organisations are not marked even when they
hold a town's name ("Lincoln County Hospital", "Scunthorpe General", "University of Lincoln", "Nettleham Medical Practice");
a school's name and its short form are a school ("Ashcroft Lane", "ashcroft", "De Aston", "Trentside"); a date of birth is dob,
any other calendar date with a day is date (a weekday before it stays outside); months and years alone are not marked; pets'
names are not names; parks, woods, monuments, stadiums and airports are landmarks and stay unmarked; a name that is also a word
or a town is marked by what it refers to; a name in another script is a name; a service named by its town in lower-case words
marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Lea is a name when it is
the girl and a place when it is the village (and "lea" in a text is either, by context); surnames that are towns or villages
("Brigg", "Rasen", "Lincoln", "Hemswell", "Binbrook", "Haxey") are names when they are people, while "Rasen" as a local short form
of Market Rasen is a place; a misspelt town ("Gainsbrough") is a place; "Kirton Lindsey" for Kirton in Lindsey is a place;
Singapore is marked as a place where it names the city where the family lived and the grandmother lives (as a city, not a
country), and so is 新加坡, while "Singaporean passport" is a nationality; a Singapore block and unit address is one address span
and its six-digit postcode a postcode, as are a French street address and its five-digit postcode; a Libreville crossroads used
as an address ("Carrefour Rio") and a named estate in Owendo ("Cité Damas") are addresses, with the quartiers (Nzeng-Ayong,
Akébé) places; the family name in a WhatsApp group's title ("陈" in 陈家, "Tan" in "Tan family") is a name; a contact saved
as a nickname with an initial ("Craigy B") or a short form ("jase") is a name, and a single letter a person is known by ("T")
is a name; the French possessive in "Ma Grâce" and the English "My Grâce" stay outside; a school named after a person ("LYCÉE
LÉON MBA") is one school span; an OCR-garbled name ("R0bert Sheard") is a name, and an OCR-garbled organisation ("TRENT VALE
H0MES") stays unmarked; "the Trinity match" (a football club), "Sincil Bank", "Willingham Woods", "Pelham's Pillar" and
"Marshall's Yard" stay unmarked; a firm named after people marks only the names; police references, a GMC number, a housing
reference and a road number ("A57") are not marked.

Self-check without the detector: `python -m bench.redaction_set124` (and tests/test_redaction_set124.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 977 gold spans, 540 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Fenwick / Brigg family (white British), the Northolme, Gainsborough ------------------------------------------------

HOME_A = d.Address("14 Acland Street", "Northolme", "Gainsborough", "DN21 2LD")
NAN_A = d.Address("6 Trent Lane", "Morton", "Gainsborough", "DN21 3BT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lea", "Fenwick")], dt.date(2016, 5, 9), addresses=[HOME_A], ids=["6943423312", "A925250273513"],
       schools=["Ashcroft Lane Primary School"]),
    _p("s", "sibling", [("Tyler", "Brigg")], dt.date(2020, 11, 30), addresses=[HOME_A], ids=["4030798993"]),
    _p("m", "mother", [("Shannon", "Fenwick")], dt.date(1995, 2, 17), addresses=[HOME_A], phones=["07522 512 423"],
       ids=["NP 27 41 83 B"]),
    _p("f", "father", [("Craig", "Brigg")], dt.date(1991, 8, 4), phones=["07528 497 295"]),
    _p("g", "grandparent", [("Pauline", "Fenwick")], dt.date(1968, 12, 1), addresses=[NAN_A], phones=["01427 612 884"]),
    _p("p1", "professional", [("Hannah", "Oglesby")], phones=["01522 554 908"], emails=["hannah.oglesby@trentwold.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (announced)
Child: [[Lea FENWICK|name]] (DOB [[09/05/2016|dob]])     Worker: [[Hannah Oglesby|name]], Trent Wold Children's Services
Date of visit: Tuesday [[3rd November 2026|date]], 15:45-17:00     Address: [[14 Acland Street|address]], [[Northolme|place]],
[[Gainsborough|place]] [[DN21 2LD|postcode]]
Present: [[Shannon Fenwick|name]] (mum), [[Lea|name]] (10), [[Tyler|name]] (5), and for the first 20 minutes mum's friend
[[Kayleigh Dunn|name]] from next door ([[no. 16|address]]), who left when I asked to speak to [[Shannon|name]] alone.

Purpose: follow-up to the school's referral of [[28 October|date]] ([[Lea|name]] said at breakfast club that "[[Craig|name]] pushed
mum down the stairs").
The house was warm and tidy downstairs. A new lock on the back door. [[Shannon|name]] said [[Craig Brigg|name]] ([[Tyler|name]]'s dad)
has not lived here since the summer but "comes round for [[Ty|name]]" on Saturdays; she showed me texts from him, which I
noted (see the separate record). She said the stairs was "a slip" and then, when [[Lea|name]] was upstairs, that he "shoved
me a bit" on [[24 October|date]] after the Trinity match. Her mum, [[Pauline|name]], was there that night and
took the children back to [[Morton|place]] ([[6 Trent Lane|address]]).
I saw [[Lea|name]] in her bedroom. She showed me her drawings and her "worry box" from [[Ashcroft Lane|school]]. She said she likes
it at Nana's best "because Gramps makes pancakes" ([[Pauline|name]]'s partner, [[Derek Staniland|name]]). She said [[Craig|name]]
"goes mental when he loses on the horses" and that she hides with [[Tyler|name]] in the bathroom. She asked me not to tell
him she said it.
[[Tyler|name]] was playing with cars; he said "[[Craig|name]] daddy" and "big bang" and pointed to the stairs.
Other people mentioned: [[Craig|name]]'s brother [[Jason Brigg|name]] ([[Lea|name]] says he "drives [[Craig|name]] everywhere" in a
white van); the lady at the Spar on [[Ropery Road|address]] ("[[Bev|name]]", surname not known) who gave [[Lea|name]]
a bag of sweets when she was crying outside on [[25 October|date]].
Plan agreed: strategy discussion tomorrow; [[Shannon|name]] to ring [[07522 512 423|phone]] back to me if [[Craig|name]] comes before
Saturday; I will speak to the DSL, Mrs [[Kerry Wass|name]], at school and to the police (DC [[Ellis|name]], [[Gainsborough|place]]).
[[H. Oglesby|name]], [[04/11/2026|date]]
Family and network (for the genogram): maternal nana [[Pauline Fenwick|name]] ([[01427 612 884|phone]]) and [[Derek Staniland|name]],
[[6 Trent Lane|address]],
[[Morton|place]] [[DN21 3BT|postcode]]; mum's sister [[Stacey Fenwick|name]] in [[Lea|place]] (works at the garden centre);
[[Lea|name]]'s father
[[Connor Haxey|name]] (no contact since 2019? - mum unsure; believed in [[Doncaster|place]]); [[Craig Brigg|name]], DOB [[04/08/1991|dob]],
last known at his mother's, [[Marlene Brigg|name]], [[Sandsfield Lane|address]], [[Gainsborough|place]]. Mum's benefits: UC, NI
[[NP 27 41 83 B|ni]] (for the DWP letter she asked me to help with).
"""),
    ("Facebook Messenger thread typed up from screenshots", """Typed up from 11 screenshots [[Shannon|name]] gave me on
[[3/11/26|date]] (her phone). Spelling as
on screen. [[Craig|name]] is saved as "[[Craigy B|name]]", his brother as "[[jase|name]]". HO

Fri [[23 Oct|date]]
[[Craigy B|name]]: where r u
[[Craigy B|name]]: i no ur at ur mams in [[morton|place]] dont lie
[[Shannon|name]]: im at home. [[lea|name]] is in bed
[[Craigy B|name]]: put [[ty|name]] on the phone
[[Shannon|name]]: hes asleep [[craig|name]] its 10 oclock
[[Craigy B|name]]: u and ur fucking mam. [[pauline|name]] can keep her nose out
Sat [[24 Oct|date]]
[[Craigy B|name]]: im comin after the trinity game
[[Shannon|name]]: not if ur drunk
[[Craigy B|name]]: ill do what i want its my sons house
[[jase|name]]: [[shan|name]] hes sound just let him see the lad
Sun [[25 Oct|date]]
[[Shannon|name]]: ur brother pushed me down the stairs [[jason|name]]. in front of [[lea|name]]
[[jase|name]]: u fell. [[kayleigh|name]] said u was pissed
[[Shannon|name]]: [[kayleigh|name]] wasnt even there
[[Craigy B|name]]: sorry babe. im sorry. i love u. ill go to the meetings at [[lincoln|place]]
[[Craigy B|name]]: my new number [[07987 778 831|phone]] dont give it [[hannah|name]]
Tue [[27 Oct|date]]
[[Craigy B|name]]: staying at [[deano|name]]s in [[lea|place]] for a bit. come sat?
[[Shannon|name]]: no
[[Craigy B|name]]: ill see [[ty|name]] at school then. [[ashcroft|school]] dont no me
[[Shannon|name]]: dont you dare go to [[ashcroft|school]]
[[Craigy B|name]]: [[Gainsbrough|place]] is my town not urs
"""),
    ("school designated safeguarding lead's chronology", """[[ASHCROFT LANE PRIMARY SCHOOL|school]] - SAFEGUARDING CHRONOLOGY (CPOMS
export, edited)
Pupil: [[FENWICK, Lea|name]]   Year 6   UPN: [[A925250273513|upn]]   DOB: [[9 May 2016|dob]]
Sibling: [[BRIGG, Tyler|name]] (Reception, [[30.11.2020|dob]])   DSL: [[Kerry Wass|name]]   Deputy: [[Imran Latif|name]]

[[08.09.2026|date]]  Mum says new address from the holidays: [[14 Acland St|address]]. Emergency contacts: mum [[07522 512 423|phone]];
            nana [[Pauline Fenwick|name]] [[01427 612 884|phone]]; dad of [[Tyler|name]] ([[Craig Brigg|name]]) - NOT to collect.
[[15.09.2026|date]]  [[Lea|name]] late 4 days of 5. Says she walks [[Tyler|name]] from [[Morton|place]] when at Nana's.
[[02.10.2026|date]]  Teacher (Mr [[Pickering|name]]) - [[Lea|name]] asleep in guided reading. "Up all night cos of shouting."
[[09.10.2026|date]]  Man waiting at the Reception gate at 15:10 asking for [[Tyler|name]]; office ([[Julie Kirkham|name]])
            refused. Described as [[Craig|name]]. Car reg noted: [[YR68 KTU|vehicle]] (white Transit). Mum informed.
[[21.10.2026|date]]  Half-term. [[Lea|name]] at holiday club at Trinity Arts Centre (not ours).
[[28.10.2026|date]]  Breakfast club: [[Lea|name]] told Mrs [[Dixon|name]] "[[Craig|name]] pushed mum down the stairs on Saturday". Referral
            to Trent Wold front door 09:20 by [[K. Wass|name]].
[[29.10.2026|date]]  SW [[Hannah Oglesby|name]] rang back. Asked us to watch the gate.
[[04.11.2026|date]]  Strategy discussion - school attended. [[Tyler|name]]'s dad's brother [[Jason|name]] named as driver of the van.
[[06.11.2026|date]]  [[Lea|name]] said her friend [[Ruby-Mae Cocking|name]]'s mum ([[Gemma|name]]) lets her stay for tea on
            [[Corringham Road|address]] "when it's bad". Passed to SW.
[[10.11.2026|date]]  Nana ([[Pauline|name]]) rang: children staying in [[Morton|place]]; [[Derek Staniland|name]] ([[07831 208 565|phone]])
            will bring them. Added as a collector with mum's consent.
[[13.11.2026|date]]  [[Tyler|name]] told Miss [[Allsop|name]] (Reception) "[[Craig|name]] daddy shouted at Nana's window". Logged; SW told.
[[16.11.2026|date]]  Non-molestation order granted at the family court (mum's solicitor, [[Anwen Pryce|name]] of [[Pryce|name]] &
[[Oates|name]], faxed a copy).
[[18.11.2026|date]]  Mum asked about a move to [[Morton Church of
England Primary|school]] for both; told her the admissions team
            (Trent Wold) deal with it. [[Lea|name]] in tears - doesn't want to leave [[Ruby-Mae|name]] and [[Shakira|name]].
[[20.11.2026|date]]  Child in need review? No - CP conference set for [[3 December|date]] at [[Gainsborough|place]]. [[K. Wass|name]]
to attend,
            report by [[30/11|date]].
"""),
    ("education welfare officer's notes typed fast on a phone", """EWO visit notes - phone (sorry typos) - thurs [[12/11|date]]
[[acland st no 14|address]] - knocked 9.40 no ans. nxt door [[kayleigh|name]] said [[shan|name]] at mams in [[morton|place]] since tues
rang nana [[01427 612 884|phone]] - [[pauline|name]] ans. kids there. [[lea|name]] "poorly" [[ty|name]] fine, she'll take him in
[[lea|name]] 78% attendance this term. letter 2 sent [[5th nov|date]]
drove to [[morton|place]] 10.15 - [[trent ln|address]]. nana + [[derek|name]] in. [[lea|name]] on sofa, said tummy. looked ok tbh
[[shannon|name]] came down. said [[craig|name]] was outside the house sun nite banging. police came (log ref given, not written)
new plan - [[shan|name]] + kids stay at nanas till the injunction. school run = [[derek|name]] in his car ([[FY17 OXL|vehicle]]) 8.30
[[shan|name]] asked can [[lea|name]] move to the school in [[morton|place]] - told her speak to [[hannah|name]] 1st
also: [[lea|name]] said "miss [[wass|name]] is the best" lol
to do - email [[H Oglesby|name]] + [[kerry|name]], chase [[14/11|date]]
"""),
]


# --- B. Whitworth / Dawson family (white British), Market Rasen ------------------------------------------------------------

HOME_B = d.Address("3 Willingham Road", "", "Market Rasen", "LN8 3DX")
NAN_B = d.Address("22 Brigg Road", "", "Caistor", "LN7 6RX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Whitworth")], dt.date(2012, 7, 21), addresses=[HOME_B], ids=["4950688243", "L925260426189"],
       schools=["De Aston School"]),
    _p("s", "sibling", [("Poppy", "Dawson")], dt.date(2023, 4, 2), addresses=[HOME_B], ids=["4318300498"]),
    _p("m", "mother", [("Jade", "Whitworth")], dt.date(1993, 10, 6), addresses=[HOME_B], phones=["07778 402 872"]),
    _p("o", "other", [("Ryan", "Dawson")], dt.date(1990, 1, 14), addresses=[HOME_B], phones=["07831 208 565"]),
    _p("g", "grandparent", [("Sandra", "Whitworth")], dt.date(1962, 3, 3), addresses=[NAN_B], phones=["01472 851 320"]),
    _p("p1", "professional", [("Oliver", "Rasen")], phones=["01522 702 419"], emails=["oliver.rasen@trentwold.gov.uk"]),
], "c")

DOCS_B = [
    ("initial child protection conference report by the social worker", """TRENT WOLD COUNCIL - REPORT TO INITIAL CHILD PROTECTION
CONFERENCE
Conference date: Thursday [[19 November 2026|date]], 10:00, Guildhall, Marshall's Yard, [[Gainsborough|place]] (and Teams)
Children: [[Mason WHITWORTH|name]] (DOB [[21.07.2012|dob]], 14, [[De Aston School|school]]) and [[Poppy DAWSON|name]] (DOB
[[02.04.2023|dob]], 3, [[Little Acorns Nursery|school]], [[Market Rasen|place]])
Address: [[3 Willingham Road|address]], [[Market Rasen|place]], [[LN8 3DX|postcode]]
Author: [[Oliver Rasen|name]], social worker, [[01522 702 419|phone]], [[oliver.rasen@trentwold.gov.uk|email]]
Chair: [[Nicola Harrison-Towle|name]] (IRO)

1. Reason for conference. On [[30 October 2026|date]] [[Poppy|name]] was taken to Lincoln County Hospital by ambulance after
swallowing part of a methadone dose left on the kitchen side. She was kept in for two nights. Her mother, [[Jade Whitworth|name]],
and her father, [[Ryan Dawson|name]], were both at home; [[Mason|name]] found her and rang 999. Mr [[Dawson|name]] is on a script from
the drug service in [[Lincoln|place]].
2. The family. [[Jade|name]] grew up in [[Caistor|place]]; her mother, Mrs [[Sandra Whitworth|name]], still lives at
[[22 Brigg Road|address]], [[Caistor|place]] [[LN7 6RX|postcode]], and has [[Mason|name]] most weekends. [[Mason|name]]'s own father,
[[Lee Binbrook|name]], lives in [[Grimsby|place]] and has not seen him since 2019. [[Ryan|name]]'s mother, [[Carol Dawson|name]], lives
in [[Tealby|place]] and helps with [[Poppy|name]] on Mondays.
3. What [[Mason|name]] says. I saw [[Mason|name]] at school on [[4 November|date]] and at his nan's on [[8 November|date]]. He said he
"does everything" for [[Poppy|name]] in the mornings and that "[[Ryan|name]] sleeps till dinner". He works on Saturdays at the
racecourse stables for a man called [[Gaz|name]] and gives [[Jade|name]] money for the electric. He said his best mate is
[[Kian Ludford|name]] from [[Middle Rasen|place]] and that they go fishing at the lakes at Willingham Woods.
4. Professionals consulted: Dr [[Priya Nandakumar|name]], GP (letter attached); health visitor [[Gemma Stow|name]]; Mr [[Toft|name]],
head of year 9 at [[De Aston|school]]; PC [[Adam Kirk|name]], Lincolnshire Police; [[Lorna Beck|name]], keyworker at the drug
service.
5. Recommendation: child protection plans for both children under the category of neglect.
Signed [[O. Rasen|name]]   [[12/11/2026|date]]
Distribution: [[Jade Whitworth|name]] and [[Ryan Dawson|name]] (by hand, [[13/11|date]]); Mrs [[Sandra Whitworth|name]] (with
[[Jade|name]]'s agreement); [[Lee Binbrook|name]] (letter to his address in [[Grimsby|place]], [[Weelsby Street|address]]);
[[Gemma Stow|name]] (HV);
Dr [[Priya Nandakumar|name]]; [[Jo Toft|name]] ([[De Aston|school]]); [[Hayley Brough|name]] ([[Little Acorns|school]]); PC
[[Adam Kirk|name]];
[[Lorna Beck|name]] (drug service); [[Nicola Harrison-Towle|name]] (chair). Minute taker: [[Becky Saxby|name]].
"""),
    ("GP's letter to the conference", """Wolds Edge Medical Practice
Dear Mr [[Rasen|name]],
Re: [[Poppy Dawson|name]], DOB [[2 April 2023|dob]], NHS [[431 830 0498|nhs]]; and [[Mason Whitworth|name]], DOB [[21 July 2012|dob]],
NHS [[495 068 8243|nhs]]; [[3 Willingham Rd|address]], [[Market Rasen|place]] [[LN8 3DX|postcode]]
Thank you for the invitation to the conference on [[19/11/2026|date]]. I cannot attend (surgery) and send this report.
[[Poppy|name]] is registered with us. She has had six A&E attendances since January 2025, two of them at Scunthorpe General:
a burn on [[14/03/2025|date]], a fall from a sofa on [[2.8.25|date]], a head injury on [[6 Jan 2026|date]], and the ingestion
on [[30.10.2026|date]]. Her 27-month review was not attended (three letters). Her immunisations are up to date.
[[Mason|name]] was seen by Dr [[Haworth|name]] in September for headaches; he said he was "stressed" and "not sleeping because of
the baby". He was referred to the school nurse, [[Abbie Spurr|name]].
Mother: [[Jade Whitworth|name]] has anxiety and is on sertraline; she was seen on [[3 November|date]] and was tearful.
Mr [[Ryan Dawson|name]] is not registered with us; he is registered at the [[Caistor|place]] practice.
Yours sincerely
Dr [[Priya Nandakumar|name]]   GMC 7712409   Safeguarding lead
"""),
    ("voicemail messages transcribed by the duty desk", """DUTY DESK - VOICEMAILS FOR [[OLIVER RASEN|name]] (typed by
[[Shelley Cammack|name]], business support, Mon [[16th Nov|date]])
1) Sat [[14/11|date]] 21:52, from [[07778 402 872|phone]] ([[Jade Whitworth|name]]): "[[Oliver|name]] it's [[Jade|name]], [[Mason|name]]'s
mum. [[Mason|name]] hasn't come back from his nan's, my mum says he left [[Caistor|place]] on the bus at five. He's not answering.
[[Ryan|name]]'s gone looking in [[Rasen|place]]. Can you ring me." (then crying, end)
1a) Sat [[14/11|date]] 22:40, from [[07778 402 872|phone]] again: "Me again. [[Kian|name]]'s mum says he's not there either. [[Ryan|name]]'s
been to the station and the [[Tealby|place]] road. Ring me." (end)
2) Sat [[14/11|date]] 23:30, from [[01472 851 320|phone]] ([[Sandra Whitworth|name]]): "This is [[Sandra|name]], [[Sandra Whitworth|name]],
[[Mason|name]]'s nan in [[Caistor|place]]. He's turned up here, he's safe, he walked back from the bus stop at [[Nettleton|place]]. He
says he's not going home while that one's there. I'll keep him. My number's the landline or my mobile, [[07459 682 647|phone]]."
3) Sun [[15/11|date]] 10:05, from a withheld number, a man: "Yeah it's [[Ryan|name]], [[Ryan Dawson|name]]. I want it on record I never
touched the lad. [[Sandra|name]]'s poisoning him. You lot want to look at her fella, [[Mick|name]], [[Mick Skelton|name]]." (end)
4) Mon [[16/11|date]] 08:15, from [[07824 721 555|phone]] ([[Jo Toft|name]], [[De Aston|school]]): "Morning, [[Jo Toft|name]] at
[[De Aston|school]]. [[Mason|name]]'s in, his nan dropped him. He's told his tutor, Mrs [[Ulyett|name]], that [[Ryan|name]] threw a
can at him on Saturday. Can you ring the school."
"""),
    ("a grandmother's own handwritten letter to the conference chair, typed up", """(typed from the handwritten letter given in at
reception - spelling kept)

[[22 Brigg Rd|address]]
[[Caistor|place]]
Lincs [[LN7 6RX|postcode]]
[[17th Nov 2026|date]]

Dear Mrs [[Harrison-Towle|name]],
My name is [[Sandra Whitworth|name]] and I am [[Mason|name]] and [[Poppy|name]]s Nan. I cant come on Thursday as I have my hospital at
[[Grimsby|place]] but I want you to know what I see.
Our [[Jade|name]] is a good mum when she is well. Since she met [[Ryan|name]] it has all gone down hill. [[Mason|name]] was a happy lad
at [[Caistor Yarborough|school]] and now he is like an old man at 14, he worries about the baby all the time. He has lived with
me more than not since the summer. I have a spare room now my [[Mick|name]] has gone (we split in August, nothing to do with
any of this what ever [[Ryan|name]] says).
I will have both of them if it comes to it. My sister [[Glenys Hewson|name]] in [[Nettleton|place]] will help and my friend
[[Maureen|name]] from chapel. I am 64 and fit, I walk the dog (Bramble) every day to Pelham's Pillar and back.
Please dont let them put [[Poppy|name]] with strangers.
Yours faithfully
[[S. Whitworth|name]] (Mrs)
tel [[01472 851 320|phone]]
P.S. [[Mason|name]] says to tell you his friend [[Kian|name]]s mum [[Dawn Ludford|name]] of [[Middle Rasen|place]] will vouch for me, and
Mr [[Toft|name]] at the school knows me from when [[Jade|name]] was there. My [[Mick|name]] is at [[4 Bank Lane|address]],
[[Caistor|place]] if you
need him, he is [[Mick Skelton|name]] and his phone is [[07950 476 174|phone]].
"""),
]


# --- C. Kettleborough / Moss family (white British), Saxilby -------------------------------------------------------------

HOME_C = d.Address("9 Mill Lane", "", "Saxilby", "LN1 2HN")
DAD_C = d.Address("Flat 3, 41 Carholme Road", "", "Lincoln", "LN1 1RP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Skye", "Kettleborough")], dt.date(2011, 1, 28), addresses=[HOME_C], phones=["07426 867 645"],
       ids=["6234397808", "U925263122811"], schools=["Trentside Academy"]),
    _p("m", "mother", [("Donna", "Moss")], dt.date(1984, 6, 19), addresses=[HOME_C], phones=["07841 288 566"],
       ids=["JB 55 20 71 D"]),
    _p("f", "father", [("Gary", "Kettleborough")], dt.date(1980, 9, 9), addresses=[DAD_C], phones=["07914 920 762"]),
    _p("p1", "professional", [("Faye", "Lincoln")], phones=["01427 787 553"], emails=["faye.lincoln@trentwold.gov.uk"]),
], "c")

DOCS_C = [
    ("police referral form to the multi-agency safeguarding hub", """LINCOLNSHIRE POLICE - CHILD CONCERN REFERRAL (VPF) TO THE MASH
Ref: 26/118842          Submitted: [[22/10/2026|date]] 03:14          Officer: PC 1187 [[Dean Clayworth|name]], [[Lincoln|place]] response
SUBJECT CHILD
Surname: [[KETTLEBOROUGH|name]]   Forename(s): [[SKYE|name]]   DOB: [[28/01/2011|dob]]   Age: 15
Address: [[9 MILL LANE|address]], [[SAXILBY|place]], [[LINCOLN|place]] [[LN1 2HN|postcode]]   Mobile: [[07426 867 645|phone]]
School: [[Trentside Academy|school]]
PARENT/CARER: [[MOSS, Donna|name]] (mother), same address, [[07841 288 566|phone]]
OTHER ADULT: [[KETTLEBOROUGH, Gary|name]] (father), [[Flat 3, 41 Carholme Road|address]], [[Lincoln|place]] [[LN1 1RP|postcode]]
CIRCUMSTANCES
Reported missing by mother at 19:40 on [[21/10|date]]. Found 02:35 on [[22/10|date]] in a car, [[LD19 WFA|vehicle]], stopped on the
A57 at [[Dunham Bridge|place]]. Driver [[Tyrone OKORO-BELL|name]] (DOB [[03/04/2001|dob]]) of [[Newark|place]] arrested (possession
with intent, class A). Also in the car: [[Jordan Pask|name]] (17, of [[Gainsborough|place]]) and a girl who gave her name as
"[[Tegan|name]]", later identified as [[Tegan-Louise Marris|name]] (14, of [[Bracebridge Heath|place]]).
[[SKYE|name]] had £340 in cash and two phones; one, a black Nokia, not hers ("it's [[T|name]]'s").
She said she had been "at a party in [[Retford|place]]". Taken home by PCs [[Clayworth|name]] and [[Nettleship|name]]; mother
present. Mother said this is the 4th missing episode since August and that [[SKYE|name]] has been seen with "older lads from
[[Newark|place]]".
PREVIOUS EPISODES (from the missing log)
[[04/08/2026|date]] - found at [[Lincoln|place]] bus station by her father, [[Gary|name]]
[[29/08/2026|date]] - found at a flat on [[Monks Road|address]], [[Lincoln|place]] (occupier [[Kasey Marton|name]], 19); returned by PC
[[Nettleship|name]]
[[03/10/2026|date]] - came home herself at 06:00; told mum she was at [[Mollie|name]]'s in [[Sturton by Stow|place]]; [[Mollie|name]]'s mum,
[[Jackie Spittlegate|name]] ([[07870 720 583|phone]]), said she was not
[[21/10/2026|date]] - this episode
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - Trent Wold Missing Children Service
Young person: [[Skye Kettleborough|name]]   Interviewer: [[Rhys Brumby|name]] (RHI worker)
Missing: [[21 Oct 26|date]] 19:40 - [[22 Oct 26|date]] 02:35     Interview: Mon [[26 Oct|date]], at [[Saxilby|place]] library (her choice)
Where she went: got the train from [[Saxilby|place]] to [[Lincoln|place]], met "[[T|name]]" at the bus station, then a car to a
house in [[Newark|place]] on [[Hawtonville|place]] ("the one with the blue door by the chippy"), then to [[Retford|place]] and
[[Worksop|place]]
"dropping stuff for [[T|name]]". She says [[T|name]] is "[[Tyrone|name]], but everyone says [[Ty|name]] or [[T|name]]".
Who she was with: [[Jordan|name]] ("[[Jord|name]]", from [[Gainsborough|place]], she knows him from [[Trentside|school]]), [[Tegan|name]]
(met that night), and a man called [[Kes|name]] who "owns the house".
Why she went: "I owe [[T|name]] for the vapes and that." About £200. She said her dad ([[Gary|name]]) "doesn't care" and her mum's
new fella [[Wayne|name]] "is always on at me". (Mum's partner: [[Wayne Hibaldstow|name]], not on our records.)
Harm: none she would say. A bruise on her wrist she said was from "[[Jord|name]] messing about".
What would help: "Get [[T|name]] off my back." Wants to go to her friend [[Mollie Spittlegate|name]]'s at [[Sturton
by Stow|place]] at weekends.
Shared with: SW [[Faye Lincoln|name]]; police missing coordinator PC [[Nettleship|name]]; [[Trentside|school]] DSL Mrs [[Gant|name]].
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - [[SKYE KETTLEBOROUGH|name]] - minutes
Date: [[10th
November 2026|date]], 16:00, Teams   Chair/minutes: [[Faye Lincoln|name]] (SW)
Present: [[Donna Moss|name]] (mum); [[Skye|name]] (first 15 mins); [[Gary Kettleborough|name]] (dad, by phone from [[Lincoln|place]]);
[[Sam Gant|name]] ([[Trentside Academy|school]] DSL); [[Rhys Brumby|name]] (missing service); [[Ayesha Marr|name]] (school nurse);
DC [[Joe Wragby|name]] (CCE team). Apologies: [[Paula Fiskerton|name]] (youth offending).
1. Updates. [[Donna|name]]: no missing episodes since [[30/10|date]]. [[Skye|name]] home by 9 pm, phone checks agreed. [[Gary|name]]
has her on Saturdays in [[Lincoln|place]]; she went to the match at Sincil Bank with him on the [[7th|date]].
2. School. Attendance 81%. Mrs [[Gant|name]] said [[Skye|name]] was seen at the gate on [[4 Nov|date]] getting into a grey Corsa,
[[FG70 BHK|vehicle]], driver not known. DC [[Wragby|name]] to check it.
3. Police. [[Tyrone Okoro-Bell|name]] remanded in custody. [[Jordan Pask|name]] released under investigation. A referral to the
NRM was made for [[Skye|name]] on [[3rd November|date]].
4. [[Skye|name]] said in the meeting: "I'm not a grass, I just want [[Jordan|name]] left alone." She asked that her nan, [[Irene Moss|name]]
of [[Torksey|place]], be told nothing.
5. Actions: [[Faye|name]] to visit [[Skye|name]] weekly; [[Rhys|name]] - 1:1 sessions at [[Saxilby|place]] library; [[Ayesha|name]] -
sexual health
drop-in; next core group [[1 December 2026|date]].
Contact list: [[Donna Moss|name]] [[07841 288 566|phone]]; [[Gary Kettleborough|name]] [[07914 920 762|phone]]; [[Faye Lincoln|name]]
[[01427 787 553|phone]], [[faye.lincoln@trentwold.gov.uk|email]]; [[Rhys Brumby|name]] [[07484 592 756|phone]]; [[Sam Gant|name]]
[[s.gant@trentside.sch.uk|email]]; DC [[Joe Wragby|name]] [[07470 343 511|phone]].
"""),
    ("Snapchat messages photographed by a parent and typed up", """Typed from photos [[Donna|name]] took of [[Skye|name]]'s phone on
[[29/10|date]] (Snapchat keeps them). Names as shown.
"[[T|name]]" (username tee.money.44):
  u home yet
  ur owed nothing till u do [[retford|place]] again
  [[jord|name]] pickin u up at the co-op [[saxilby|place]] 7
[[skye|name]] (skyee.k_x):
  cant my mam has my phone at 9 now
  and [[faye|name]] the social is coming
"[[Jordan|name]]" (jpask_07):
  [[sky|name]] just come
  [[ty|name]] says he'll sort it with [[kes|name]]
  im outside [[mollie|name]]s in [[sturton|place]] if u want
[[skye|name]]:
  i owe him 200 not 400 [[jordan|name]]
  tell [[tyrone|name]] im done
"""),
]


# --- D. Scrimshaw / Blyton family (white British), Scotter ---------------------------------------------------------------

HOME_D = d.Address("27 Messingham Road", "", "Scotter", "DN21 3UQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Reece", "Scrimshaw")], dt.date(2018, 9, 14), addresses=[HOME_D], ids=["5500341677", "Z925279596844"],
       schools=["Scotter Primary School"]),
    _p("s", "sibling", [("Ella", "Scrimshaw")], dt.date(2013, 12, 3), addresses=[HOME_D], ids=["F925288546246"],
       schools=["Trentside Academy"]),
    _p("m", "mother", [("Lisa", "Blyton")], dt.date(1987, 4, 25), addresses=[HOME_D], phones=["07891 514 753"],
       emails=["lisablyton87@hotmail.co.uk"]),
    _p("f", "father", [("Dale", "Scrimshaw")], dt.date(1985, 2, 8), addresses=[HOME_D], phones=["07785 888 573"]),
    _p("p1", "professional", [("Megan", "Frodingham")], phones=["01427 838 215"], emails=["megan.frodingham@trentwold.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's assessment", """YOUNG CARERS ASSESSMENT (Trent Wold, form YC2)
Young carer: [[Ella Scrimshaw|name]]   DOB: [[3rd December 2013|dob]]   Age 12   School: [[Trentside Academy|school]] (Y8)
UPN [[F925288546246|upn]]   Address: [[27 Messingham Road|address]], [[Scotter|place]], [[Gainsborough|place]] [[DN21 3UQ|postcode]]
Assessor: [[Megan Frodingham|name]], family support worker   Date: [[16-11-2026|date]] (home) and [[18-11-2026|date]] (school)
Who [[Ella|name]] cares for: her brother [[Reece|name]] (8; autism, epilepsy, PEG-fed at night) and her mum, [[Lisa Blyton|name]]
(fibromyalgia, low mood). Dad, [[Dale Scrimshaw|name]], drives HGVs out of [[Immingham|place]] docks, away Mon-Thu.
What [[Ella|name]] does: gets [[Reece|name]] up and dressed, his meds at 7 (she knows the doses), walks him to [[Scotter Primary|school]]
before her bus to [[Gainsborough|place]]; after school she sets up his feed and sleeps on a mattress in his room "in case he fits".
She said: "Mum can't lift him any more. Nana [[Jean|name]] used to come but she's in the home at [[Kirton|place]] now."
([[Jean Blyton|name]], maternal grandmother, in [[Kirton Lindsey|place]] care home since July.)
Friends: [[Evie|name]] and [[Lacey-Jo|name]], both from [[Scotton|place]]; she misses the Saturday drama club at the Trinity Arts
Centre because "there's nobody to have [[Reece|name]]".
School view (Mr [[Hardcastle|name]], head of year): late 2-3 times a week, homework missing, "a lovely girl, always tired".
Outcome: eligible. Referral to the young carers' group ([[Gainsborough|place]], Tuesdays), request for an overnight carer via the
disabled children's team ([[Sophie Laughton|name]]), and a carer's assessment for [[Lisa|name]].
"""),
    ("scanned and OCR'd letter from the housing association about adaptations", """[OCR of a scanned letter - line breaks and
errors as scanned]
TRENT VALE H0MES                                         Our ref: ADP/4471/RS
                                                         Date: [[09 November 2026|date]]
Mrs [[L Blyton|name]] and Mr [[D Scrimshaw|name]]
[[27 Messingham Rd|address]]
[[Scotter|place]]
[[DN21 3UQ|postcode]]
Dear Mrs [[Blyton|name]] and Mr [[Scrimshaw|name]],
Re: request for a ground floor bedroom and level access shower for [[Reece|name]]
Thank you for the OT report from [[Annette Grayingham|name]] dated [[22.09.2026|date]]. I visited on [[4 Nov|date]] with our
surveyor [[Dave Ashby|name]]. We agree [[Reece|name]] needs a downstairs bedroom. As your home is a 2 bed semi we cannot
extend. We have a 3 bed adapted bungalow coming empty at [[12 The Crescent|address]], [[Scotter|place]] ([[DN21 3TZ|postcode]]) at the
end of
January and I would like to offer it. The current tenant, Mr [[Aldridge|name]], is moving to [[Lea|place]].
P1ease call me on [[01427 838 215|phone]] or email [[r.sheard@trentvalehomes.org.uk|email]].
Yours sincerely
[[R0bert Sheard|name]]
Tenancy Services Officer
cc [[Megan Frodingham|name]], Trent Wold Council
"""),
    ("email chain between a parent and the family support worker", """From: [[lisablyton87@hotmail.co.uk|email]]
Sent: [[20 November 2026|date]] 23:41
To: [[Megan Frodingham|name]]
Subject: Re: Re: bungalow + [[Ella|name]]

[[Megan|name]] sorry its late. [[Reece|name]] had 2 fits tonight, [[Ella|name]] did the buccal and rang me in the bath. I am so
ashamed she has to do that. [[Dale|name]] is in [[Felixstowe|place]] till Thurs.
We will take the bungalow. [[Dale|name]] says can his mate [[Stuart Lound|name]] help us move, he has a van.
Also [[Ella|name]] says her friend [[Lacey-Jo|name]]'s mum [[Tina Gilliatt|name]] would have [[Reece|name]] on a Sat for drama club if
she got trained on the feed, is that allowed?
[[Lisa|name]]

----- On [[19/11/2026|date]] at 14:02, [[Megan Frodingham|name]] <[[megan.frodingham@trentwold.gov.uk|email]]> wrote:
Hi [[Lisa|name]], good news about [[The Crescent|address]] - [[Robert Sheard|name]] rang me. [[Sophie Laughton|name]] from the
disabled children's team will ring you about overnight help; her number is [[01522 554 908|phone]]. I have also put [[Ella|name]]
forward for the young carers' trip to [[Cleethorpes|place]] on [[12/12|date]]. Thanks, [[Megan|name]]

----- On [[18/11/2026|date]] at 21:15, [[lisablyton87@hotmail.co.uk|email]] wrote:
did u see [[Ella|name]] today. she said u was nice. the school rang me again about late. i cant get [[Reece|name]] in the car on my own

----- On [[17/11/2026|date]] at 09:30, [[Megan Frodingham|name]] <[[megan.frodingham@trentwold.gov.uk|email]]> wrote:
Hi [[Lisa|name]], thank you for Monday. As promised: the young carers' group is at the [[Gainsborough|place]] youth centre on
Tuesdays, 4-6, with [[Carl Everatt|name]] ([[07922 809 730|phone]]); transport from [[Scotter|place]] can be arranged. I'll see
[[Ella|name]] at [[Trentside|school]] on Wednesday with Mr [[Hardcastle|name]]. Your OT is still [[Annette Grayingham|name]].
[[Megan|name]]
"""),
    ("epilepsy nurse's clinic letter", """Paediatric Epilepsy Service, Scunthorpe General Hospital
[[24/11/2026|date]]
Dear Dr [[Kirmington|name]],
[[Reece SCRIMSHAW|name]]   DOB [[14/09/2018|dob]]   NHS No [[550 034 1677|nhs]]
[[27 Messingham Road|address]], [[Scotter|place]], [[DN21 3UQ|postcode]]
I saw [[Reece|name]] with his mum, [[Lisa|name]], and sister, [[Ella|name]], in clinic today. Seizures: 9 in October, 14 so far
in November, mostly at night; the last on [[20.11.26|date]] needed buccal midazolam (given by [[Ella|name]]). I note that
[[Ella|name]] is 12 and have talked with [[Lisa|name]] about this; she has a young carers' worker, [[Megan Frodingham|name]].
Plan: increase levetiracetam as below; seizure alarm mat (ordered); rescue plan updated and copied to [[Scotter Primary|school]]
(SENCo Mrs [[Winn|name]]) and to the respite unit at Ash Villa.
[[Helen Blyborough|name]], Clinical Nurse Specialist, [[01724 290 418|phone]]
cc parents; [[Megan Frodingham|name]]; Dr [[Ravi Subramanian|name]] (consultant)
Clinic history: first seizure [[02/02/2022|date]] (at nursery, [[Little Owls|school]], [[Scotter|place]]); EEG [[17.05.2022|date]]; reviews
[[11/01/2025|date]], [[9 July 2025|date]], [[14/03/2026|date]]; missed [[15/09/2026|date]] (dad, [[Dale|name]], "stuck at [[Hull|place]]").
Ambulance call-outs this year: [[06/04/2026|date]], [[30/06/2026|date]], [[20/11/2026|date]] (crew from [[Gainsborough|place]]).
"""),
]


# --- E. Tan / Lim family (Singaporean Chinese), Nettleham ----------------------------------------------------------------

HOME_E = d.Address("5 Lodge Lane", "", "Nettleham", "LN2 2RS")
GRAN_E = d.Address("Blk 231 Tampines Street 21, #08-112", "Tampines", "Singapore", "520231")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ethan", "Tan"), ("Tan Wei Jie", "")], dt.date(2013, 3, 18), addresses=[HOME_E],
       ids=["5955085467", "J925212340340"], schools=["Wold Gate Academy"]),
    _p("s", "sibling", [("Chloe", "Tan")], dt.date(2017, 8, 6), addresses=[HOME_E], ids=["4169595076"],
       schools=["Nettleham Church of England Junior School"]),
    _p("m", "mother", [("Lim Mei Ling", "")], dt.date(1982, 11, 22), addresses=[HOME_E], phones=["07432 164 643"]),
    _p("f", "father", [("Tan Kok Wah", "")], dt.date(1979, 5, 2), addresses=[HOME_E], phones=["07417 340 645"]),
    _p("g", "grandparent", [("Goh Siew Lan", "")], dt.date(1950, 1, 9), addresses=[GRAN_E], phones=["+65 6735 2841"]),
    _p("p1", "professional", [("Rachel", "Hemswell")], phones=["01522 554 908"], emails=["rachel.hemswell@trentwold.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - s47 - [[TAN, Ethan (Wei Jie)|name]]
Held: Wed [[4/11/2026|date]] 11:30 by phone   Chair: [[Rachel Hemswell|name]] (ATM)   Minutes: [[Sean Glentworth|name]]
Child: [[Ethan TAN|name]] ([[陈伟杰|name]]; known at home as "[[Wei Jie|name]]", at school as "[[Ethan|name]]"), DOB
[[18/03/2013|dob]], Y8 [[Wold Gate Academy|school]]. Sibling [[Chloe Tan|name]] ([[陈诗琪|name]]), DOB [[06/08/2017|dob]], Y4
[[Nettleham Junior|school]]. Address: [[5 Lodge Lane|address]], [[Nettleham|place]], [[LN2 2RS|postcode]].
Parents: [[TAN Kok Wah|name]] (father, senior lecturer, University of Lincoln, [[07417 340 645|phone]]) and [[LIM Mei Ling|name]]
(mother, [[07432 164 643|phone]]; speaks English, Mandarin and Hokkien).
Attendees: [[Rachel Hemswell|name]]; DS [[Kate Normanby|name]] (POLIT); [[Alison Reepham|name]] (DSL, [[Wold Gate|school]]); school
nurse [[Joanne Welbourn|name]]; Dr [[Simon Ingham|name]] (GP).
Information: on [[3 November|date]] [[Ethan|name]] showed his form tutor, Mr [[Osgodby|name]], red raised lines on the backs of both legs
and said his father hit him with a rotan (a thin cane) because his maths mock was 71%. He said it happens "when I don't
get A's" and that his mother "says sorry after". Nurse [[Welbourn|name]] saw 6 linear marks, some with bruising. He said that
his grandmother in [[Singapore|place]] ("Ah Ma", [[Goh Siew Lan|name]]) "was caned too, it's normal". He asked that [[Chloe|name]] not
be told. [[Ethan|name]] also said he has been cutting his arm since he moved here from [[Tampines|place]] in 2024, and his friend
[[Oscar Dunholme|name]] knows.
GP: no previous concerns; [[Ethan|name]] seen for eczema. Mother seen in September for low mood.
Police: no trace for either parent. The father holds a Singaporean passport; no concern about travel at present, but the family
go to [[Singapore|place]] every December (flights booked for [[19 December|date]]).
Decision: s47 enquiry, joint; ABE interview not at this stage; [[Ethan|name]] to be seen today at school by [[Rachel|name]] and DS
[[Normanby|name]], parents to be told after. Medical: Lincoln County Hospital child protection clinic, Dr [[Fenella Hykeham|name]].
Actions: (1) [[Rachel Hemswell|name]] / DS [[Normanby|name]] to see [[Ethan|name]] at [[Wold Gate|school]] today, 14:00 -
[[Alison Reepham|name]] to
arrange a room; (2) [[Joanne Welbourn|name]] to body map; (3) [[Chloe|name]] to be seen at [[Nettleham Junior|school]] by
[[Sean Glentworth|name]]
(Mrs [[Thimbleby|name]], head, told); (4) parents to be seen at home, [[5 Lodge Lane|address]], at 17:30 with a Mandarin interpreter
if [[Mei Ling|name]] wants one; (5) checks with [[Singapore|place]] via the ICS - grandmother [[Goh Siew Lan|name]],
[[+65 6735 2841|phone]];
(6) next strategy discussion [[11/11/2026|date]].
"""),
    ("family WhatsApp group in Chinese and English, typed up and translated", """WhatsApp group "[[陈|name]]家 [[Tan|name]] family 🇸🇬🇬🇧"
- screenshots
given by [[Mei Ling|name]] on [[06/11/2026|date]]; typed by [[Sean Glentworth|name]]; translation from Chinese by Dr [[Helen Zhou|name]]
(interpreter) in [brackets]. Contacts as saved on [[Mei Ling|name]]'s phone.

[[2/11/26|date]] 20:14 [[Kok Wah|name]]: [[伟杰|name]] maths 71. Very disappointed.
[[2/11/26|date]] 20:15 Ah Ma: 唉 [sigh] 要好好读书 [must study hard]
[[2/11/26|date]] 20:31 [[Mei Ling|name]]: He tried. Don't be so hard on him lah
[[2/11/26|date]] 20:33 [[Kok Wah|name]]: In [[Tampines|place]] he got 90s. Here so easy also cannot
[[2/11/26|date]] 21:02 [[伟杰|name]]: sorry papa. I will do better
[[3/11/26|date]] 07:40 [[Wei Ling|name]] (aunt, [[Singapore|place]]): [[Kok Wah|name]] don't anyhow whack him ok. 现在不同了 [it's
different now]. UK not like our time
[[3/11/26|date]] 07:42 Ah Ma: [[诗琪|name]] [[Chloe|name]] so clever. 来 [[新加坡|place]] 过年 [come to [[Singapore|place]] for New Year]
[[3/11/26|date]] 08:15 [[Mei Ling|name]]: [[Ethan|name]] got school trip to [[York|place]] on [[27th Nov|date]], need £45
[[3/11/26|date]] 08:16 [[Kok Wah|name]]: No trip until maths improve
[[4/11/26|date]] 17:50 [[Wei Ling|name]]: [[美玲|name]] call me. [[+65 9123 4576|phone]]. The school called you?
[[4/11/26|date]] 17:52 [[Mei Ling|name]]: yes. social worker coming. I am so scared [[Wei Ling|name]]
[[4/11/26|date]] 18:03 Ah Ma: what happen? [[伟杰|name]] ok?
"""),
    ("school counsellor's session note", """[[WOLD GATE ACADEMY|school]] - COUNSELLING SERVICE - SESSION NOTE (confidential)
Student: [[Ethan Tan|name]]  ·  Counsellor: [[Niamh
Burton-Waters|name]]  ·  Session 3  ·  Friday [[20th November|date]]  ·  P4
[[Ethan|name]] arrived on time. He said things at home are "weirdly calm" since the social worker. Dad has not hit him since
"the thing" and goes to a parenting group on Wednesdays at the children's centre in [[Welton|place]]. He said dad cried and
said his own father ("Ah Kong") hit him with a belt in [[Ang Mo Kio|place]].
He spoke about missing [[Singapore|place]]: his best friend [[Darren Koh|name]] from his old school, [[Tampines Meridian|school]],
and his cousin [[Jun Hao|name]]. He plays Valorant with [[Darren|name]] at 3 a.m. our time, which is part of why he is tired.
Cutting: last on [[14/11|date]]. We did the safety plan again; his named adults are Mrs [[Reepham|name]] and his friend [[Oscar|name]]'s
mum, [[Claire Dunholme|name]] ("she lets me stay on [[Deepdale Lane|address]]").
He asked if he still has to go to [[Singapore|place]] at Christmas. He is worried Ah Ma "will know". Passed to the DSL.
Next: [[27/11|date]] P4. (NBW)
Contacts for this student: mum [[Mei Ling Lim|name]] [[07432 164 643|phone]]; dad [[Kok Wah Tan|name]] [[07417 340 645|phone]]; DSL
[[Alison Reepham|name]]; SW [[Rachel Hemswell|name]]; supervisor (counselling) [[Bernadette Kyme|name]]; last session before
Christmas [[18 Dec|date]]; [[Ethan|name]] said he might be "in [[Changi|place]] or [[Toa Payoh|place]] by then".
"""),
    ("GP's referral to the children's mental health service", """Referral to CAMHS (Lincolnshire) - sent via e-RS [[23.11.2026|date]]
Patient: [[Wei Jie (Ethan) Tan|name]]   DOB: [[18.03.2013|dob]]   NHS: [[595 508 5467|nhs]]
Address: [[5 Lodge Ln|address]], [[Nettleham|place]], [[Lincoln|place]] [[LN2 2RS|postcode]]   Tel (mother): [[07432 164 643|phone]]
Referrer: Dr [[Simon Ingham|name]], Nettleham Medical Practice
Reason: self-harm by cutting (forearms) since about April 2025, low mood, poor sleep; current child protection enquiry
(physical chastisement by father). Seen today with his mother, [[Mei Ling Lim|name]], who asked that his father not be told
about the cutting. Mother reports her own low mood; grandmother [[Goh Siew Lan|name]] ([[Blk 231 Tampines Street 21, #08-112|address]],
[[Singapore|place]] [[520231|postcode]]) phones daily.
Risk: no suicidal plans; protective factors - sister [[Chloe|name]], friend [[Oscar|name]], school counsellor. SW [[Rachel Hemswell|name]]
([[rachel.hemswell@trentwold.gov.uk|email]]) aware. Urgent: please see before [[19/12/2026|date]] (travel to [[Singapore|place]]).
"""),
]


# --- F. Ndong / Mba family (Gabonese, French- and Fang-speaking), Hemswell Cliff -----------------------------------------

HOME_F = d.Address("18 Lancaster Green", "Hemswell Cliff", "Gainsborough", "DN21 5TQ")
MUM_F = d.Address("Carrefour Rio, quartier Nzeng-Ayong", "", "Libreville", "")
UNCLE_F = d.Address("14 rue des Poissonniers", "", "Paris", "75018")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Grâce", "Mba Ndong")], dt.date(2011, 6, 4), addresses=[HOME_F],
       schools=["Trentside Academy"]),
    _p("a", "other", [("Clarisse", "Ndong")], dt.date(1986, 2, 12), addresses=[HOME_F], phones=["07538 121 915"]),
    _p("o", "other", [("Serge", "Obiang")], dt.date(1981, 7, 30), addresses=[HOME_F], phones=["07775 465 583"]),
    _p("m", "mother", [("Pélagie", "Mba")], dt.date(1990, 4, 17), addresses=[MUM_F], phones=["+241 77 12 34 56"]),
    _p("u", "other", [("Hervé", "Ndong")], None, addresses=[UNCLE_F], phones=["+33 6 12 48 77 30"]),
    _p("p1", "professional", [("Laura", "Stow")], phones=["01427 787 553"], emails=["laura.stow@trentwold.gov.uk"]),
], "c")

DOCS_F = [
    ("private fostering notification form", """TRENT WOLD COUNCIL - PRIVATE FOSTERING NOTIFICATION (PF1)
Notified by: [[Trentside Academy|school]] admissions (Mrs [[Keeling|name]]) on [[02/11/2026|date]]
CHILD: Surname [[MBA NDONG|name]]   First names [[Grâce Ornella|name]]   DOB [[04/06/2011|dob]]   Sex F
Nationality: Gabonese   Languages: French, Fang, some English   Religion: Catholic
Arrived in UK: [[14/09/2026|date]] (Heathrow, from [[Libreville|place]] via [[Paris|place]]), visitor visa
Address in the UK: [[18 Lancaster Green|address]], [[Hemswell Cliff|place]], [[Gainsborough|place]] [[DN21 5TQ|postcode]]
PRIVATE FOSTER CARER(S): [[Clarisse NDONG|name]] ("aunt" - mother's cousin), DOB [[12.02.1986|dob]], tel [[07538 121 915|phone]];
her partner [[Serge OBIANG|name]], DOB [[30.07.1981|dob]], tel [[07775 465 583|phone]]. Their children: [[Kévin|name]] (6),
[[Maëlle|name]] (3).
PARENT(S): mother [[Pélagie MBA|name]], [[Carrefour Rio|address]], [[Nzeng-Ayong|place]], [[Libreville|place]], tel
[[+241 77 12 34 56|phone]];
father [[Jean-Paul NDONG NZE|name]], believed in [[Port-Gentil|place]], no contact.
Other family: uncle [[Hervé Ndong|name]], [[14 rue des Poissonniers|address]], [[75018|postcode]] [[Paris|place]],
[[+33 6 12 48 77 30|phone]].
Previous addresses in the UK: none. [[Clarisse|name]] and [[Serge|name]] moved to [[Hemswell Cliff|place]] from [[Flat 6,
2 Ashby Road|address]],
[[Scunthorpe|place]] [[DN16 2AA|postcode]], in March 2026; before that [[Serge|name]] lived in [[Lyon|place]]
([[7 rue Paul Bert|address]], [[69003|postcode]]).
[[Serge|name]]'s NI number: [[SN 42 81 07 C|ni]].
Intended length: "for her studies" - at least until 18.
Reason for concern at notification: [[Grâce|name]] was not put on a school roll for 7 weeks; she told the admissions officer she
"does the house and the little ones" and had not been out of [[Hemswell Cliff|place]] except to church at [[Scunthorpe|place]].
"""),
    ("French voice note from a mother, transcribed and translated by an interpreter", """Voice note received on [[Grâce|name]]'s phone,
Sat [[7 Nov 2026|date]] 19:22, from "Maman" ([[+241 77 12 34 56|phone]]). Transcribed and translated from French by [[Odile Marchand|name]]
(interpreter, Lingua East), [[09/11/2026|date]]. French in italics in the original, shown here first, English after.

"Ma [[Grâce|name]], c'est Maman. Tata [[Clarisse|name]] m'a dit que l'école t'a posé des questions. Ne dis rien de mal sur
[[Clarisse|name]],
tu m'entends? Elle t'a donné une chance. Ici à [[Nzeng-Ayong|place]] il n'y a rien. Tonton [[Hervé|name]] à [[Paris|place]] dit que tu
peux aller chez lui à Noël si tu travailles bien. Ta petite sœur [[Divine|name]] te salue, et Mamie aussi. Je t'aime. Appelle-moi
demain, c'est [[Serge|name]] qui paie le crédit."
[English] "My [[Grâce|name]], it's Mum. Auntie [[Clarisse|name]] told me the school asked you questions. Don't say anything bad about
[[Clarisse|name]], do you hear me? She gave you a chance. Here in [[Nzeng-Ayong|place]] there is nothing. Uncle [[Hervé|name]] in
[[Paris|place]] says you can go to his at Christmas if you work well. Your little sister [[Divine|name]] says hello, and Granny too.
I love you. Call me tomorrow, it's [[Serge|name]] who pays for the credit."
Interpreter's note: "Tata" and "Tonton" are what children call any older woman or man of the family. "Mamie" is the grandmother,
[[Honorine Mba|name]], who [[Grâce|name]] says lives in [[Akébé|place]].
"""),
    ("private fostering assessment visit record", """PRIVATE FOSTERING - ASSESSMENT VISIT 2
Worker: [[Laura Stow|name]]   Date: [[19th November 2026|date]]   Place: [[18 Lancaster Green|address]], [[Hemswell Cliff|place]]
Seen: [[Grâce Mba Ndong|name]] (alone, in the kitchen, with interpreter [[Odile Marchand|name]] by speakerphone); [[Clarisse Ndong|name]];
[[Kévin|name]] and [[Maëlle|name]]. [[Serge Obiang|name]] at work (nights, warehouse at [[Caenby Corner|place]]).
Home: a 3-bed ex-RAF house on the old base. [[Grâce|name]] sleeps on a mattress in the box room with [[Maëlle|name]]'s cot.
What [[Grâce|name]] said: she gets up at 5.30 to dress and feed the children and take [[Kévin|name]] to [[Hemswell Cliff Primary|school]];
she does the washing and cooking; she has no key; she is "not allowed" to go to the [[Lincoln Road|address]] shop on her own.
[[Clarisse|name]]
keeps her passport "safe". She says she is not hit, but [[Serge|name]] "shouts, and once pulled my ear". She has one friend,
[[Precious Adeyemi|name]], from the church in [[Scunthorpe|place]]; her friend's mum is Mrs [[Adeyemi|name]]. She wants to go to school
and be a nurse "like Mamie".
What [[Clarisse|name]] said: [[Grâce|name]] is "like a daughter"; in Gabon all girls help; the school place is now sorted
(starts [[23/11|date]]). She gave a cousin's address in [[Owendo|place]] as a second contact: [[Cité Damas|address]], [[Owendo|place]].
Neighbour: [[Sharon Glentham|name]] at [[no. 20|address]] told me the girl "is always pushing that pram, never goes to school".
Actions: passport to be kept by [[Grâce|name]]'s mother's instruction in writing or returned; DBS checks; call [[Pélagie|name]] with
interpreter; consider NRM with the manager [[Rachel Hemswell|name]].
Network named by [[Grâce|name]]: Mum ([[Pélagie|name]], [[Libreville|place]]); Mamie ([[Honorine|name]], [[Akébé|place]]); her sister
[[Divine|name]] (7);
Uncle [[Hervé|name]] ([[Paris|place]], "he has a restaurant near [[Barbès|place]]"); Pastor [[Jean-Baptiste Nguema|name]] and his wife
[[Annick|name]]
(church in [[Scunthorpe|place]], [[07760 190 215|phone]]); her friend [[Precious|name]]; her old teacher in [[Libreville|place]], Mme
[[Ekomi|name]].
Visit again: [[26/11/2026|date]] after school, at [[Trentside|school]], with [[Odile|name]] in person.
"""),
    ("school admission form in French and English, filled in by hand", """FORMULAIRE D'INSCRIPTION / ADMISSION FORM -
[[Trentside Academy|school]]
(handwritten answers in capitals, copied as written)
Nom / Surname: [[MBA NDONG|name]]          Prénom / First name: [[GRÂCE|name]]
Date de naissance / Date of birth: [[4 JUIN 2011|dob]]
Adresse / Address: [[18 LANCASTER GREEN|address]], [[HEMSWELL CLIFF|place]] [[DN21 5TQ|postcode]]
École précédente / Previous school: [[LYCÉE LÉON MBA|school]], [[LIBREVILLE|place]] (classe de 4e)
Responsable légal / Parent: [[PÉLAGIE MBA|name]] (MÈRE) - GABON - [[+241 77 12 34 56|phone]]
Personne qui s'occupe de l'enfant / Carer: [[CLARISSE NDONG|name]] (TANTE) [[07538 121 915|phone]]
Contact d'urgence / Emergency: [[SERGE OBIANG|name]] [[07775 465 583|phone]]; [[HERVÉ NDONG|name]] ([[PARIS|place]])
[[+33 6 12 48 77 30|phone]]
Médecin / GP: [[Hemswell Cliff|place]] surgery (not registered yet)
Langues parlées à la maison / Home languages: FRANÇAIS, FANG
Signature: [[C. Ndong|name]]   Date: [[2/11/2026|date]]
For office use: received by [[J Keeling|name]] [[02.11.26|date]]; EAL to Mr [[Barlings|name]]; UPN to be issued.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))

NAME = "set 124 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 13:08 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "gramps", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "papa", "mama", "ah", "ma", "my",
           "mme", "tata", "tonton", "tantine", "maman", "mamie", "papi"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lincolnshire", "lincs",
               "north lincolnshire", "west lindsey", "gabon", "france", "europe", "africa"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Tata Clarisse",
# "Tonton Hervé", "Nana Jean", "Ma Grâce", "My Grâce"; and after one) and counties, regions and countries ("Lincolnshire",
# "Lincs", "Gabon", "France").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
