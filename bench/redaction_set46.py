"""Set 46: a forty-first held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set47.py to redaction_set49.py and tests/test_redaction_set47.py to test_redaction_set49.py (written by other
helpers at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that
looked at no detector output. What was read: the first two hundred lines of bench/redaction_set21.py (its module docstring
and its first family) and its lines 1540 to 1602 (the end of its last document, its word lists, checker wiring and main) and a list of its
top-level lines (the ends of its documents; the rest of its documents were not read), and tests/test_redaction_set21.py
in full (the layout and marking conventions followed here); the module docstrings of bench/redaction_set7.py to
redaction_set45.py and of bench/redaction_heldout.py, searched by a small script for the names of towns, districts and
communities (to see which towns and communities earlier sets used as a family's home); lines 15 to 75 of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`). The ruff settings in pyproject.toml were not opened; ruff
was run on the two files. Phone numbers were checked with the phonenumbers library (through set 15's checker) and NHS numbers
and UPNs made with python-stdnum and a check-digit snippet. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in Norfolk and Suffolk, each from a town or district no earlier set used as a family's home (Mildenhall,
Gorleston-on-Sea, Walton in Felixstowe, Stowmarket, Wymondham, Toftwood in Dereham). Four white British or mixed families:
a young mother on Queensway in Mildenhall with a grandmother in Beck Row and a partner's family in Lakenheath and Brandon
(Cotton / Ryan; domestic abuse, neglect of a toddler who has fallen down the centiles, cannabis, a stepfather's brother
collecting a girl from school); a boy of 15 in Stowmarket with a great-grandmother in Needham Market (Bloomfield / Mayes;
county lines to Ipswich and Tottenham, a cuckooed flat, a stab wound, missing episodes); a Colombian mother and a white
British father in Wymondham with his family in Attleborough and Hethersett and her mother in Medellín (Gutiérrez Ospina /
Pardon; coercive control, a kept passport, threats of deportation, a grandmother who takes a baby to her banned son); and
a pre-birth case in Toftwood, Dereham, with a first child under a special guardianship order and family in Mattishall and
Gressenhall (Lake / Shreeve / Thrower; a father with a learning disability, a dangerous friend, missed antenatal care, a
family group conference). Two from communities no earlier set used: a Cape Verdean family come through Portugal to
Gorleston-on-Sea with a father in Amadora and a grandmother on Santiago (Fortes Tavares / Semedo / Monteiro; a girl of 15
privately fostered by a family friend after her mother's partner came into the bathroom, a boy of 10 burnt with an iron)
and a Sri Lankan Sinhalese family in Walton, Felixstowe, with family in Nugegoda, Kandy and Colombo (Wickramasinghe /
Perera; a girl of 15 with an eating disorder under exam pressure and a father's ruler, a mother on a spouse visa with no
money of her own). 24 documents, of types no earlier set used or in styles new to these sets where possible: a health
visitor's handwritten contact record scanned with OCR errors, a primary school's safeguarding log export, a mother's
Messenger chat with her own mother, ICPC minutes; a private fostering notification form, a father's WhatsApp voice note
transcribed and translated from Portuguese, a paediatric ED safeguarding referral, strategy meeting notes typed fast on a
phone; a child and family assessment's analysis, a Viber chat in Sinhala script and English translated, a school nurse's
letter to a GP, a father's email of complaint; a multi-agency chronology in a table, a return home interview form,
Snapchat messages from screenshots, a great-grandmother's handwritten letter; a police body-worn video transcript, a
grandmother's letter from Medellín in Spanish with its translation, core group minutes, an online referral form submitted
by a nursery; a pre-birth assessment summary, a midwife's SBAR email, a family group conference plan, a father's texts to a
family support worker.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Portugal, Cabo Verde, Sri Lanka, Colombia); NHS numbers and UPNs (the LA numbers 935
for Suffolk and 926 for Norfolk) pass their check digits; NI numbers have a valid format. Councils are invented (Lark Vale,
Broads Vale), and so are the nursery (Little Acorns, marked as a school as set 21 marks pre-schools), the firms and agencies (Anglia
Language Services, Norfolk
Interpreting, Fosters) and the GP practices (Market Cross Surgery, Grove Medical Centre); towns, districts, estates,
villages, real schools and colleges, real charities, NHS bodies, hospitals, police forces, churches, hotels, shops, brands,
apps, reservoirs and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Dr, PC, DC, DS, Nurse, Nan, Uncle, Aunt, Tia, Dona, Nha, Father, Reverend, Cllr, aiya, and the
kinship contacts "Mum ❤", "Akka", "Amma", "Thaththa", "Papi") stay outside the name span, whether they come before or after
the name; a possessive 's and a bare s in texting ("brooke"s, "dale"s, "Kev"s) stay outside; every person's name is a name in every form,
record or not.
"SURNAME, First" is one span ("C0TTON, Shannon", "FORTES TAVARES, Kelvin"), and so is a first name with an initial after it
("Chaminda W.", "LAKE J"); initials alone ("KB", "LF") are not marked; collar numbers, BWV numbers and interpreter numbers stay
outside; a name broken by a line break is one span holding the break; social media handles and usernames ("trapz_n17",
"k_b0909", "reece_waspe.x") are not marked, but a display name or a message sender that is a person's plain name is, in
lower case too ("shannon", "robin"); a contact saved under a kinship word is not a name. A street address is one span, its
town a place, its postcode a postcode; a street named without a number is an address ("Grove Road", "Norwich Road"), and so
is a neighbour's bare flat or house number ("no. 16", "no. 60", "Flat 3") and an address abroad ("Rua Cidade de Bolama 14,
2.º Esq.", Amadora; "Calle 44 # 79-120, barrio Laureles", Medellín); towns, cities, villages, districts, estates and islands
are places, at home or abroad and in any script ("Santiago", "මහනුවර"); countries, counties and regions are not ("Norfolk",
"Suffolk", "Portugal", "Cabo Verde", "Sri Lanka", "Colombia"); organisations are not marked even when they hold a town's name
("Mildenhall Hub", "Wymondham Children's Centre", "Wymondham Library", "Toftwood Community Centre", "West Suffolk
Hospital", "James Paget University Hospital", "Queen Elizabeth Hospital", "Market Cross Surgery", "Lighthouse Women's Aid",
"Catch22", "Endeavour House"); a school's or college's name is a school, and so is its short form ("Peterhouse",
"Ormiston Venture", "Stowmarket High"); a date of birth is dob (an OCR'd one too, "09/1O/1997"), any other calendar date with
a day is date (a weekday before it stays outside), and a bare day ("28th") is a date; months and years alone are not marked;
switchboards and helplines are not marked; pets' names (Bonnie) are not names; landmarks stay unmarked (Alton Water, St Mary
Magdalene, the Pier Hotel); a surname or first name that is also a word or a town is marked by what it refers to (Summer,
Robin, Jade, Brooke, Lake, Ling, Bugg, Frost, Moss, Last, Dye, Self, Ely, Bloomfield and Thrower are names; Walton, Needham
and Bury are places when they are places); a name in another script (Sinhala "නිමාෂා", "චමින්ද") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR'd name, date or
town with a digit for a letter ("C0TTON, Shannon", "Mildenha1l") is marked as what it is; a local short form of a town
("stowie" for Stowmarket, "Needham Mkt") is a place; a street inside a hospital's or surgery's postal address is still an
address; a Spanish surname with "de" ("Gloria Ospina de Gutiérrez") is one span; a Portuguese compound surname ("Fortes
Tavares") is one span with its first name; a nickname in quotes inside a full name ('Jordan "Jord" Ives') is marked as three
name spans; "Papi" (what a child calls his father) is a kinship word; a lodger, a landlord, neighbours, a shopkeeper and a
hairdresser are names like anyone else; a hospital number, crime, CAD, incident and referral numbers and a private
fostering reference are not marked.

Self-check without the detector: `python -m bench.redaction_set46` (and tests/test_redaction_set46.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
921 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cotton / Ryan family (white British), Mildenhall, with a grandmother in Beck Row ------------------------------------

HOME_A = d.Address("14 Queensway", "", "Mildenhall", "IP28 7JY")
NAN_A = d.Address("2 Skelton Road", "Beck Row", "Bury St Edmunds", "IP28 8AR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tilly", "Cotton")], dt.date(2019, 6, 4), addresses=[HOME_A], ids=["160 993 8291", "L935316549850"],
       schools=["Riverside Primary"]),
    _p("s", "sibling", [("Brooke", "Ryan")], dt.date(2023, 2, 17), addresses=[HOME_A], ids=["800 150 0284"]),
    _p("m", "mother", [("Shannon", "Cotton")], dt.date(1997, 10, 9), addresses=[HOME_A], phones=["07825 613 448"],
       ids=["JK 40 19 73 B"]),
    _p("f", "father", [("Lewis", "Ryan")], dt.date(1995, 1, 28), addresses=[HOME_A], phones=["07946 218 503"]),
    _p("g", "grandparent", [("Carol", "Cotton")], dt.date(1970, 8, 2), addresses=[NAN_A], phones=["01638 712 594"]),
    _p("p1", "professional", [("Harriet", "Ling")], phones=["0345 603 1842"], emails=["harriet.ling@larkvale.gov.uk"]),
], "c")

DOCS_A = [
    ("Health visitor's handwritten notes, scanned and OCR'd", """SUFFOLK 0-19 HEALTHY CHILD SERVICE - contact record (scanned, OCR)
Pg 1 of 2      Client: [[C0TTON, Shannon|name]]     DOB [[09/1O/1997|dob]]
Address: [[14 Queensway|address]], [[Mildenha1l|place]] [[IP28 7JY|postcode]]   Tel [[07825 613 448|phone]]
Children: [[Tilly COTTON|name]] dob [[04.06.2019|dob]] NHS [[160 993 8291|nhs]] ; [[Brooke RYAN|name]] dob [[17.02.2023|dob]]
NHS [[800 150 0284|nhs]]
GP: Market Cross Surgery, [[Mildenhall|place]]

[[3/11/26|date]] HV [[Harriet Ling|name]]. Home visit, planned 2-3 yr review for [[Brooke|name]]. Mum answered in dressing gown 11am,
curtains shut. Strong smell of cannabis in hall. Partner [[Lewis|name]] ([[Brooke|name]]'s dad) asleep on sofa, did not wake.
[[Brooke|name]] in nappy only, v. full, sore red bottom, no cream in house. Weight 11.2kg (9th centile - was 50th at 1 yr).
Mum says [[Brooke|name]] "only eats crisps and yoghurt". Cupboards: nappies 3, milk none. Mum tearful - says [[Lewis|name]]
"took the
money again" and she owes [[Gemma Riches|name]] next door at [[no. 16|address]] £40 for electric.
[[Tilly|name]] at school ([[Riverside|school]]) - Mum says she has been late "a few times".
Mum has bruise L upper arm, fingertip size x3. Says she "walked into the door". Asked alone in kitchen - she cried and said
[[Lew|name]] grabbed her when she hid his bank card. Gave her the Lighthouse number. She does not want police.
Plan: referral to MASH today; liaise school nurse [[Paula Thirkettle|name]]; rv [[10/11|date]].
                               signed [[H. Ling|name]]  (HV)

[[10 Nov 2O26|date]] - no answer x2. Text sent. Nan ([[Carol|name]], [[01638 712 594|phone]]) rang back: children staying with
her in [[Beck Row|place]] "till things calm down"; [[Lewis|name]] has gone to his brother [[Dale Ryan|name]] in [[Lakenheath|place]].
Nan says [[Shannon|name]] comes over daily. [[Tilly|name]] asked Nan "is Daddy going to jail".

[[17/11/26|date]] Joint visit with SW [[Danni Copsey|name]] at Nan's, [[2 Skelton Rd|address]]. [[Brooke|name]] 11.4kg. Nan has bought
cream, nappies, a stair gate. [[Shannon|name]] present, calmer, says she has not seen [[Lewis|name]] since [[12th Nov|date]]. Nan's
partner [[Mick|name]] on nights. Next door [[Pat Goddard|name]] helps with the school run: [[Tilly|name]]
stays at [[Riverside|school]] and [[Pat|name]] drives her there. Plan: dental referral ([[Brooke|name]]); rv [[1/12|date]].
"""),
    ("School's online concern log export (CPOMS-style)", """[[RIVERSIDE PRIMARY SCHOOL & NURSERY|school]], [[MILDENHALL|place]] -
safeguarding log
export
Pupil: [[Tilly Cotton|name]] (Y2)   DOB [[4 June 2019|dob]]   UPN [[L935316549850|upn]]
Address: [[14 Queensway|address]], [[Mildenhall|place]], [[IP28 7JY|postcode]]
Contacts: 1. [[Shannon Cotton|name]] (mother) [[07825 613 448|phone]]  2. [[Lewis Ryan|name]] (step-f) [[07946 218 503|phone]]
3. [[Carol Cotton|name]] (nan) [[01638 712 594|phone]]

[[14/10/2026|date]] 08:52 | Mrs [[J Fairweather|name]] (Y2 teacher) | Late/attendance
[[Tilly|name]] arrived 8:50 with Nan. Nan says Mum "not well". Third late this half term. Hair unbrushed, same uniform as Fri.
Actions: alerted DSL. Assigned: [[Nicola Bugg|name]] (DSL)

[[21/10/2026|date]] 12:15 | [[Becky Moss|name]] (MDSA) | Physical / Disclosure
At lunch [[Tilly|name]] said "[[Lewis|name]] threw mummy's phone and it broke and [[Brooke|name]] cried". Said she hid in her room
with the Frozen tablet. Said "he shouts at mummy when the money is gone". Written verbatim and passed to DSL.
Actions: DSL spoke to [[Tilly|name]] with Miss [[Pinner|name]] (TA). Consulted MASH, ref given. Nan informed (not Mum, as
advice).

[[04/11/2026|date]] 09:30 | [[Nicola Bugg|name]] (DSL) | External agency
Call from HV [[Harriet Ling|name]] re home visit [[3 Nov|date]]. Information shared. Strategy discussion set for [[5 Nov|date]].

[[06/11/2026|date]] 15:20 | Mrs [[Fairweather|name]] | Family
[[Tilly|name]] collected by an uncle "[[Dale|name]]" - not on the contact list. Office refused. Nan came at 15:45. [[Dale|name]]
left in a white van (reg [[YK65 WDF|vehicle]]) and swore at office staff ([[Sue Frost|name]]).

[[13/11/2026|date]] 10:05 | [[Nicola Bugg|name]] | ICPC
ICPC invite received for [[26 Nov|date]], Mildenhall Hub. Report due [[23/11|date]].
"""),
    ("Mother's Facebook Messenger chat with her own mum, screenshots typed up", """Screenshots given to SW by [[Carol Cotton|name]] on
[[16/11/2026|date]]. Typed up by SW [[Danni Copsey|name]].
Messenger: "[[Shannon Cotton|name]]" and "Mum ❤" (saved by [[Shannon|name]] for [[Carol|name]])

Sat [[7 Nov|date]] 23:41
[[shannon|name]]: mum can u have the girls tmrw [[lew|name]] is kicking off again
Mum ❤: course I can. is he hurting you
[[shannon|name]]: no. well a bit. hes gone out w [[dale|name]] in the van
Mum ❤: I'll come now. dont open the door to him
[[shannon|name]]: no mum dont he'll go mad. I'll bring them to beck row in morning. [[brooke|name]]s got no nappys left
Mum ❤: I'll get some from [[Kev|name]]s shop
Sun [[8 Nov|date]] 09:12
Mum ❤: [[tilly|name]] says he hit you with the hoover bit is that right
[[shannon|name]]: shes making it up mum pls dont say nothing to school
Mum ❤: [[Shannon|name]] I have to.
[[shannon|name]]: if u ring social [[lew|name]] will take [[brooke|name]] to his mums in [[brandon|place]] n I'll never see her
Mum ❤: [[Tina|name]] from bingo said they cant just do that
[[shannon|name]]: ur chatting to [[tina ryan|name]]??? shes HIS aunty mum ffs
Mon [[9 Nov|date]] 17:03
[[shannon|name]]: hes gone to [[dale|name]]s in [[lakenheath|place]]. took my bank card. says hes coming back fri
Mum ❤: change ur pin. i'll take u to the barclays in [[bury|place]] tmrw
[[shannon|name]]: ok love u. dont tell [[tilly|name]] hes coming back
"""),
    ("Initial child protection conference minutes", """LARK VALLEY COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICES
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Tilly COTTON|name]] (DOB [[04/06/2019|dob]]) and [[Brooke RYAN|name]] (DOB [[17/02/2023|dob]])
Date: Thursday [[26th November 2026|date]], Mildenhall Hub, [[College Heath Road|address]]
Chair: [[Andrew Sillett|name]] (IRO)   Minutes: [[Kayleigh Doe|name]]

Present: [[Shannon Cotton|name]] (mother); [[Carol Cotton|name]] (maternal grandmother); [[Danni Copsey|name]] (SW); [[Harriet
Ling|name]] (HV); [[Nicola Bugg|name]] (DSL, [[Riverside Primary|school]]); DC [[Marcus Ely|name]] (Suffolk Police, MASH);
[[Priya Sandhu|name]]
(Lighthouse Women's Aid IDVA)
Apologies: Dr [[Fen Hollis|name]] (GP, Market Cross Surgery). Not invited: [[Lewis Ryan|name]] (father of [[Brooke|name]]) -
an exclusion was agreed on [[19/11/2026|date]]; he will be told the outcome by letter to [[Dale Ryan|name]]'s address,
[[8 Lord's Walk|address]], [[Lakenheath|place]], [[IP27 9HN|postcode]].

1. Police: three call-outs to [[14 Queensway|address]] since [[2 August 2026|date]]. On [[7/11|date]] neighbour [[Gemma Riches|name]]
rang 999 hearing screaming. Mr [[Ryan|name]] was arrested on [[12.11.26|date]] and bailed to [[Lakenheath|place]], not to
enter [[Mildenhall|place]] except for court.

2. School: [[Tilly|name]] 88% attendance. She has drawn "[[Lewis|name]] with a big mouth". She is doing well with Mrs
[[Fairweather|name]] and wants to be in the nativity.

3. Health: [[Brooke|name]] has dropped from the 50th to 9th centile; dental decay. Ms [[Cotton|name]] told [[Harriet|name]] she
smokes cannabis "to sleep".

4. Family: [[Carol|name]] offered both girls a home at [[2 Skelton Road|address]], [[Beck Row|place]], and said she would
not let [[Lewis|name]] in. Her partner [[Mick Sparkes|name]] works nights at the base.

Decision: both children subject to child protection plans, category emotional abuse ([[Tilly|name]]) and neglect ([[Brooke|name]]).
Key worker [[Danni Copsey|name]], 0345 600 2040 (switchboard). First core group [[8 December 2026|date]]; review conference by
[[25/02/2027|date]].

Distribution (secure email): [[shannon.cotton97@icloud.com|email]] (mother, agreed); [[Carol Cotton|name]] by post to [[2 Skelton
Road|address]], [[Beck Row|place]], [[IP28 8AR|postcode]]; [[danni.copsey@larkvale.gov.uk|email]]; [[harriet.ling@nhs.net|email]];
[[dsl@riverside.example.suffolk.sch.uk|email]] (Mrs [[Bugg|name]]); DC [[Ely|name]]; [[Priya Sandhu|name]] ([[07384 226 190|phone]]);
Dr [[Hollis|name]]. [[Lewis Ryan|name]]: outcome letter only, c/o [[8 Lord's Walk|address]], [[Lakenheath|place]].
"""),
]


# --- B. Fortes / Tavares family (Cape Verdean, via Portugal), Gorleston-on-Sea --------------------------------------------

HOME_B = d.Address("Flat 3, 41 Lowestoft Road", "Gorleston-on-Sea", "Great Yarmouth", "NR31 6SG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Djéniffer", "Fortes Tavares")], dt.date(2011, 9, 22), addresses=[HOME_B],
       ids=["485 167 5275", "A926705468012"], schools=["Ormiston Venture Academy"]),
    _p("s", "sibling", [("Kelvin", "Fortes Tavares")], dt.date(2016, 4, 5), addresses=[HOME_B], ids=["717 891 6354"]),
    _p("m", "mother", [("Nilza", "Tavares")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07412 908 365"]),
    _p("f", "father", [("Adilson", "Fortes")], dt.date(1986, 3, 14), phones=["+351 912 345 678"]),
    _p("p1", "professional", [("Lucy", "Fiske")], phones=["01603 223 117"], emails=["lucy.fiske@broadsvale.gov.uk"]),
], "c")

DOCS_B = [
    ("Private fostering notification form, filled in by hand and typed up", """PRIVATE FOSTERING NOTIFICATION (Children Act 1989 s.67) -
BROADS VALE COUNCIL
Received: [[2 October 2026|date]]    Taken by: [[Lucy Fiske|name]], MASH   Ref PF/26/0193

SECTION 1 - THE CHILD
Surname(s): [[FORTES TAVARES|name]]   Forename(s): [[Djéniffer|name]] (called "[[Djeni|name]]")
Date of birth: [[22-09-2011|dob]]   Place of birth: [[Praia|place]], [[Santiago|place]], Cabo Verde
Nationality: Portuguese (passport)   Languages: Kriolu (Kabuverdianu), Portuguese, English
School: [[Ormiston Venture Academy|school]], [[Gorleston|place]] (Y10)   UPN [[A926705468012|upn]]

SECTION 2 - THE PRIVATE FOSTER CARER
Name: Mrs [[Maria da Luz Semedo|name]] ("Tia [[Luzinha|name]]")   DOB [[30/03/1968|dob]]
Address: [[27 Baker Street|address]], [[Gorleston-on-Sea|place]], [[NR31 6QT|postcode]]   Tel [[07851 446 209|phone]]
Relationship to child: family friend from [[Assomada|place]]; "not family by blood"
Others in the house: Mr [[Jorge Semedo|name]] (husband, shift work at the fish factory in [[Lowestoft|place]]); lodger
[[Edson Varela|name]] (age 24)

SECTION 3 - PARENTS
Mother: [[Nilza TAVARES|name]], [[Flat 3, 41 Lowestoft Road|address]], [[Gorleston-on-Sea|place]] [[NR31 6SG|postcode]],
mob [[07412 908 365|phone]]. Reason child not with mother: "arguments with mum's new partner ([[Kiki|name]])"
Father: [[Adilson FORTES|name]], [[Rua Cidade de Bolama 14, 2.º Esq.|address]], [[Amadora|place]], [[Lisboa|place]], Portugal
mob [[+351 912 345 678|phone]]; Cabo Verde no. [[+238 991 23 45|phone]] (his mother, Nha [[Bia|name]], in [[Achada Santo António|place]])
Consent given by: mother (verbal, [[1.10.26|date]])

SECTION 4 - ARRANGEMENT
Started: [[19th September 2026|date]]   Expected to last: "until Christmas, maybe longer"
Money: mother gives £50 a week "when she can".
Siblings: [[Kelvin|name]] (10) stays with mother; sees [[Djeni|name]] at the Sunday mass at St Mary Magdalene.

SECTION 5 - CHECKS (office use)
Visit to carer's home: [[7/10/2026|date]] ([[L Fiske|name]] with [[Maria Semedo|name]] and [[Djeni|name]]); room seen, shared with
[[Maria|name]]'s granddaughter [[Keyla Semedo|name]] (9), who stays at weekends from [[Lowestoft|place]].
DBS: [[Maria da Luz Semedo|name]] (applied [[8/10|date]]); [[Jorge Semedo|name]] (applied [[8/10|date]]); [[Edson Varela|name]] (refused
to apply - "I'm moving to [[Peterborough|place]]").
GP: Falkland Surgery. Health: [[Djeni|name]] registered [[12.10.26|date]]. School: DSL [[Sam Cole|name]] informed [[2.10.26|date]].
Mother seen [[5/10/2026|date]] at [[41 Lowestoft Road|address]]; partner [[Henrique Monteiro|name]] present and answered for her.
Father spoken to by phone [[+351 912 345 678|phone]] on [[6/10|date]]; Portuguese interpreter [[Rosário Lima|name]].
"""),
    ("Voice note from the father, transcribed and translated from Portuguese", """VOICE NOTE (WhatsApp), 3 min 12 s, received by SW
[[Lucy Fiske|name]] on [[09/10/2026|date]] from [[+351 912 345 678|phone]]
Transcribed and translated from Portuguese by [[Rosário Lima|name]] (Anglia Language Services, interpreter no. ALS-4471).
Words in Kriolu kept in brackets. Inaudible parts marked [...].

"Good morning doctor, it's [[Adilson|name]], the father of [[Djéniffer|name]] and [[Kelvin|name]]. I got your message from
[[Nilza|name]]'s cousin, [[Zé|name]] from [[Great Yarmouth|place]]. I want to say first that I am not a bad father. I send
money every month by Western Union to [[Nilza|name]], you can see. I live in [[Amadora|place]] near [[Lisbon|place]], I work in
construction, at the moment in [[Cascais|place]]. [[Djeni|name]] called me crying on the nineteenth, she said the new man,
[[Kiki|name]], [[Kiki Monteiro|name]], he [...] he came into the bathroom when she was in the shower. She locked herself in.
[[Nilza|name]] doesn't believe her. (Nhá fidju ta fla verdadi - my daughter tells the truth.) So she went to [[Luzinha|name]],
to Dona [[Maria|name]], who is like an aunt, we know her from [[Assomada|place]]. That was my idea. I am grateful.
But I want [[Djeni|name]] to come to me in Portugal. My sister [[Ivone|name]] is a nurse in [[Amadora|place]] also. [[Kelvin|name]],
he is little, I am afraid for him in that flat with that man. He told me [[Kiki|name]] locks him on the balcony. Please call
me after six o'clock [[Lisbon|place]] time, or my sister [[Ivone Fortes|name]] on [[+351 926 801 442|phone]]. Thank you, God bless you."
"""),
    ("Emergency department safeguarding referral (hospital form)", """JAMES PAGET UNIVERSITY HOSPITAL - PAEDIATRIC ED SAFEGUARDING REFERRAL
Patient: [[FORTES TAVARES, Kelvin|name]]   DOB [[05/04/2016|dob]]   NHS No [[717 891 6354|nhs]]   Hosp no J4471820
Address: [[Flat 3|address]], [[41 Lowestoft Rd|address]], [[Gorleston|place]], [[NR31 6SG|postcode]]
Attended: [[24/10/2026|date]] 21:37 with mother [[Nilza Tavares|name]] and mother's partner ("[[Kiki|name]]", gave name
[[Henrique Monteiro|name]], DOB [[11.7.1984|dob]])   Interpreter: phone (Portuguese), mother declined after 2 min
Triage: Nurse [[Kerry Blyth|name]]

Presenting complaint: "fell off the bunk bed". Burn 3x2 cm L forearm, well-demarcated, circular edges; two older linear marks
on back of L thigh. Child quiet, looked at partner before each answer. When partner left to move the car (silver Ford Focus
[[EX17 KTO|vehicle]]), [[Kelvin|name]] told Dr [[Oluwaseun Adebayo|name]] "it was the iron" and "don't tell [[Kiki|name]]".
Sister [[Djéniffer|name]] lives with a family friend at [[27 Baker St|address]]. School: [[Peterhouse Primary|school]].
Plan: admit to Sunflower ward; skeletal survey; consultant Dr [[Anne Mace|name]]; police informed (Norfolk Police, CAD 2401);
EDT social worker [[Tom Gedge|name]] rang 22:40.
Referrer: Dr [[O. Adebayo|name]], ST5 paediatrics, bleep 2210, [[24/10/26|date]]
"""),
    ("Strategy meeting notes typed fast on a phone", """strat mtg [[25/10|date]] 10am teams - LF notes on phone, tidy later!!
present: me, [[Tom G|name]] EDT handover, DS [[Gary Thrower|name]] (CAIT), Dr [[Mace|name]] JPUH, [[Anita Rudd|name]] DSL
[[Peterhouse|school]], [[Sam Cole|name]] DSL [[Ormiston Venture|school]]
- [[kelvin|name]] burn = iron, consistent w his acct. skel survey clear. 2 old marks thigh - belt? [[Mace|name]] says nonaccidental likely
- [[kiki|name]] = [[henrique monteiro|name]] aka [[Henrique Fortes Monteiro|name]], PNC: DV conviction [[Ipswich|place]] 2019 (ex partner
[[Shirley Tovell|name]])
- [[nilza|name]] said to police she wasnt home, at work cleaning at the Pier Hotel till 9
- [[djeni|name]] told [[Sam|name]] today she wd tell police re shower. ABE [[27/10|date]] at [[Yarmouth|place]] suite
- [[Luzinha|name]]/[[maria semedo|name]] ok to keep [[djeni|name]] - PF checks started, DBS for [[Jorge|name]] & lodger [[edson|name]]
- dad [[adilson|name]] wants both kids in [[Amadora|place]] - legal advice re 1980 / ICACU? ask [[Priti|name]] in legal
- section 47 both kids. [[kelvin|name]] to foster carers on discharge (s20, mum agreed) - carers [[Pam|name]] & [[Roy Hewitt|name]],
[[Bradwell|place]]
- next strat [[3 Nov|date]]
"""),
]


# --- C. Wickramasinghe / Perera family (Sri Lankan Sinhalese), Walton, Felixstowe -----------------------------------------

HOME_C = d.Address("58 Garrison Lane", "Walton", "Felixstowe", "IP11 7RL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Nimasha", "Wickramasinghe")], dt.date(2011, 2, 8), addresses=[HOME_C],
       ids=["874 219 5195", "A935634674480"], schools=["Felixstowe School"]),
    _p("s", "sibling", [("Senuka", "Wickramasinghe")], dt.date(2017, 8, 30), addresses=[HOME_C], ids=["576 264 5312"]),
    _p("m", "mother", [("Dilrukshi", "Perera")], dt.date(1984, 5, 19), addresses=[HOME_C], phones=["07561 204 837"]),
    _p("f", "father", [("Chaminda", "Wickramasinghe")], dt.date(1979, 11, 2), addresses=[HOME_C], phones=["07392 675 018"],
       emails=["chaminda.w79@gmail.com"]),
    _p("p1", "professional", [("Ellie", "Barnard")], phones=["01473 264 039"], emails=["ellie.barnard@larkvale.gov.uk"]),
], "c")

DOCS_C = [
    ("Child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT (extract: sections 4 to 6)
Child: [[Nimasha WICKRAMASINGHE|name]] ("[[Nimmi|name]]")   DOB [[08/02/2011|dob]]   NHS [[874 219 5195|nhs]]
Address: [[58 Garrison Lane|address]], [[Walton|place]], [[Felixstowe|place]] [[IP11 7RL|postcode]]
Assessment started [[16 September 2026|date]], completed [[28 October 2026|date]]. Social worker: [[Ellie Barnard|name]]

4. The child's story
[[Nimasha|name]] is 15 and in Year 11 at [[Felixstowe School|school]]. She was referred by the school nurse, [[Gill Keeble|name]],
after she fainted in PE on [[15/09/2026|date]] and told her friend [[Lily-Mae Catchpole|name]] that she "only eats when Thaththa
is at work". Her BMI is now 15.8. The CAMHS eating disorder team at [[Ipswich|place]] (Dr [[Rajan Pillai|name]]) saw her on
[[2/10/2026|date]]. [[Nimasha|name]] told me that her father, [[Chaminda Wickramasinghe|name]], checks her phone every night, hits her
with a ruler on the palms if her mock results are under 8, and has told her she will be sent to her grandmother in
[[Kandy|place]] "to learn respect" if she fails. She said "Amma cries but she can't do anything."

5. Parents
Ms [[Dilrukshi Perera|name]] came from [[Nugegoda|place]] in 2019 on a spouse visa. She speaks Sinhala and some English; we
used an interpreter, [[Kumari Fonseka|name]]. She has no money of her own and no friends here apart from Mrs [[Anoma Silva|name]]
from the temple in [[Ipswich|place]] and a neighbour, [[Doreen Mayhew|name]] at [[no. 60|address]]. She said her husband
"is a good man but the exams make him mad". Mr [[Wickramasinghe|name]] works for a shipping firm at the port. He told me that
in Sri Lanka "every father is strict" and that [[Nimasha|name]]'s cousin [[Tharindu|name]] is at medical school in [[Colombo|place]].

Family (genogram, as told by [[Dilrukshi|name]]):
- maternal grandmother [[Kusumawathi Perera|name]], [[Kandy|place]] ([[+94 81 223 4567|phone]]); maternal aunt [[Sanduni Perera|name]],
[[Nugegoda|place]];
- paternal grandparents [[Sunil Wickramasinghe|name]] (d. 2021) and [[Padma Wickramasinghe|name]], [[Kurunegala|place]];
- paternal uncle [[Ruwan Wickramasinghe|name]], [[Wembley|place]] ([[07459 301 882|phone]]);
- cousin [[Tharindu|name]] is the son of [[Chaminda|name]]'s sister [[Iresha Jayasekara|name]], [[Colombo|place]].

6. Analysis
[[Nimmi|name]] and her brother [[Senuka|name]] (9, [[Fairfield Infant|school]] then [[Causton Junior School|school]]) love both
parents. The risk is of physical chastisement and emotional harm to [[Nimasha|name]], now with a serious eating disorder.
"""),
    ("Mother's Viber chat with her sister in Colombo, in Sinhala and English, typed up and translated", """Viber chat given to SW
[[Ellie Barnard|name]] by [[Dilrukshi Perera|name]] on [[3/11/2026|date]]. Sinhala translated by
[[Kumari Fonseka|name]]. Contact "Akka" = her sister [[Sanduni Perera|name]], [[+94 77 482 1093|phone]], [[Nugegoda|place]].

[[30/10/2026|date]] 06:12  Akka: නංගී, [[නිමාෂා|name]] කොහොමද? (Little sister, how is [[Nimasha|name]]?)
[[30/10/2026|date]] 06:40  Me: hospital again yesterday. weight is not going up. [[චමින්ද|name]] shouting at me
[[30/10/2026|date]] 06:41  Me: he says I make her weak
[[30/10/2026|date]] 07:02  Akka: come home with the kids. අම්මා says [[මහනුවර|place]] house is empty (Amma says the [[Kandy|place]] house is
empty)
[[30/10/2026|date]] 07:05  Me: how. passport he keeps in the office drawer
[[31/10/2026|date]] 19:55  Akka: I spoke to [[Ruwan|name]] aiya. he said call the police there
[[31/10/2026|date]] 19:58  Me: no. social worker [[ellie|name]] is coming monday. she is kind
[[31/10/2026|date]] 20:01  Akka: ask her can you get your own visa
[[01/11/2026|date]] 08:30  Me: [[senuka|name]] birthday photo 🎂 (photo, not copied)
[[01/11/2026|date]] 08:31  Akka: අනේ මගේ පුතා (Aney, my son)
"""),
    ("School nurse's letter to the GP", """Suffolk 0-19 Healthy Child Service - School Nursing, [[Felixstowe|place]]
Dr [[H. Okafor|name]]
Grove Medical Centre
[[Grove Road|address]]
[[Felixstowe|place]]
[[IP11 9GA|postcode]]

[[19 October 2026|date]]

Dear Dr [[Okafor|name]]

Re: [[Nimasha Wickramasinghe|name]], DOB [[8.2.2011|dob]], [[58 Garrison Lane|address]], [[Felixstowe|place]] [[IP11 7RL|postcode]]

I am writing to share my concerns about [[Nimasha|name]], who I have seen weekly at [[Felixstowe School|school]] since
she fainted on [[15 September|date]]. Her weight on [[13 October|date]] was 39.1 kg. She described restricting and
exercising at night. She said that her father takes her phone and that she is "scared of the ruler". I have discussed this
with the DSL, Mr [[Aaron Last|name]], and a referral was made to Lark Vale MASH (social worker Ms [[Barnard|name]],
[[01473 264 039|phone]]).
I would be grateful for bloods (U&Es, phosphate) and an ECG, and for you to see [[Nimasha|name]] without her father.
Her mother, Ms [[Perera|name]], asked me to tell you that she cannot bring her on Tuesdays.

Yours sincerely
[[Gillian Keeble|name]]
School Nurse, [[gillian.keeble@nhs.net|email]], [[07700 139 552|phone]]
"""),
    ("Father's email to the social worker", """From: [[Chaminda Wickramasinghe|name]] <[[chaminda.w79@gmail.com|email]]>
To: [[ellie.barnard@larkvale.gov.uk|email]]
Cc: [[councillor.snell@eastsuffolk.example.org|email]]
Sent: Sat, [[7 Nov 2026|date]] 23:58
Subject: COMPLAINT - my daughter [[NIMASHA|name]] and your "assessment"

Dear Ms [[Barnard|name]],

I read your assessment. You have made me a monster in my own house. I came to this country in 2008, I studied at
[[University of Essex|school]] in [[Colchester|place]], I pay my taxes. Nobody in [[Walton|place]] can say a bad word of me. Ask my
neighbour
Mr [[Frank Mayhew|name]], ask Reverend [[Sumanasara|name]] at the vihara.

My daughter [[NIMASHA|name]] is clever. She will be a doctor like her cousin [[Tharindu Jayasekara|name]]. The ruler was ONE
TIME in 2024. My wife [[Dilrukshi|name]] has been speaking to her sister [[Sanduni|name]] who puts ideas in her head.

I will not let [[Nimmi|name]] be "interviewed" again without me. Any meeting must be at my house, [[58 Garrison Lane|address]],
after 6pm. You can call me on [[07392 675 018|phone]]. I also want the name of your manager. I know Cllr [[Snell|name]].

[[Chaminda W.|name]]
(Sent from my iPhone)
"""),
]


# --- D. Bloomfield / Mayes family (white British), Stowmarket, with a great-grandmother in Needham Market --------------------

HOME_D = d.Address("9 Chilton Way", "", "Stowmarket", "IP14 1SZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Bloomfield")], dt.date(2010, 12, 13), addresses=[HOME_D], ids=["939 514 1581", "M935309564098"],
       schools=["Stowmarket High School"]),
    _p("m", "mother", [("Leanne", "Mayes")], dt.date(1988, 4, 26), addresses=[HOME_D], phones=["07704 318 962"]),
    _p("g", "grandparent", [("Joan", "Bloomfield")], dt.date(1949, 9, 9), phones=["01449 720 315"]),
    _p("p1", "professional", [("Rhys", "Goodchild")], phones=["01473 265 480"], emails=["rhys.goodchild@larkvale.gov.uk"]),
], "c")

DOCS_D = [
    ("Multi-agency chronology", """MULTI-AGENCY CHRONOLOGY - [[Kai BLOOMFIELD|name]] (DOB [[13/12/2010|dob]]), [[9 Chilton Way|address]],
[[Stowmarket|place]],
[[IP14 1SZ|postcode]]. Compiled by [[Rhys Goodchild|name]] (SW, Adolescent Safeguarding Team), [[20 November 2026|date]]

Date | Source | Event | Significance
[[03/06/2026|date]] | School | [[Kai|name]] seen getting into a grey Audi A3 ([[LR19 XHB|vehicle]]) outside [[Stowmarket High|school]] |
First sign of older associates
[[28/06/2026|date]] | Police | Missing overnight. Found [[29/06|date]] 02:10 at [[Ipswich|place]] station with [[Reece Waspe|name]] (17) |
MFH 1
[[11/07/2026|date]] | Mother | [[Leanne Mayes|name]] finds £600 and two phones in his room | Possible county lines
[[02/08/2026|date]] | Police | Stopped in [[Tottenham|place]] with [[Kwame Asante-Boateng|name]] (19) - "[[Trapz|name]]" | NRM referral made
[[15/08/2026|date]] | Police | Missing 4 days. Found at a flat, [[Flat 12, Marden House|address]], [[Ipswich|place]] (cuckooed, tenant
[[Norman Ling|name]], 63) | Serious; exploitation
[[06/09/2026|date]] | Education | [[Kai|name]] (Y11, [[Stowmarket High School|school]]) put on a part-time
timetable | Less time in school
[[21/09/2026|date]] | Health | A&E, West Suffolk Hospital, stab wound L thigh, said "fell on a fence in [[Bury|place]]" | Serious harm
[[05/10/2026|date]] | Social care | Strategy; EET referral to Catch22; great-gran [[Joan Bloomfield|name]] ([[Needham Market|place]]) offers
respite |
[[18/10/2026|date]] | Police | Arrested [[Ipswich|place]], [[Norwich Road|address]], possession with intent. RUI | Victim and suspect
[[30/10/2026|date]] | YOS | Worker [[Danny Pryke|name]] allocated |
[[12/11/2026|date]] | Mother | Threat at door: two males asked for "KB"; [[Leanne|name]] moved to her sister
[[Stacey Mayes|name]] at [[4 Violet Hill Road|address]], [[Stowmarket|place]] | Family at risk
[[14/11/2026|date]] | Social care | Visit to [[Joan Bloomfield|name]], [[11 Hurstlea Road|address]], [[Needham Market|place]]: [[Kai|name]]
there, calm | Protective
[[16/11/2026|date]] | Family | [[Joan|name]]'s letter received (see file) | Offers a home
[[17/11/2026|date]] | Police | [[Trapz|name]] identified as [[Kwame Asante-Boateng|name]]; warrant at [[Flat 6, Kenmure Road|address]],
[[Tottenham|place]] | Disruption
[[19/11/2026|date]] | YOS | [[Danny Pryke|name]] and [[Kai|name]] go fishing with [[Bill Squirrell|name]] | Positive activity
"""),
    ("Return home interview form", """RETURN HOME INTERVIEW - Suffolk Missing Service (Catch22)
Young person: [[Kai Bloomfield|name]]      DOB: [[13.12.10|dob]]      Episode: MFH 4 ([[15/08/2026|date]] - [[19/08/2026|date]])
Interview: [[22/08/2026|date]], 16:00, at Nan [[Joan|name]]'s bungalow, [[11 Hurstlea Road|address]], [[Needham
Market|place]] [[IP6 8DR|postcode]]
Worker: [[Kerry-Ann Sallows|name]]   Phone [[07585 613 207|phone]]
Where were you? "Town." ([[Ipswich|place]] - police found him at [[Marden House|address]].) Says he stayed with "a mate, [[Reece|name]]".
Who were you with? Won't say. Said "[[Trapz|name]]" is "just someone from [[London|place]]". Said Old Man [[Norman|name]] "lets us crash".
How did you get there? Train from [[Stowmarket|place]], ticket paid by "someone".
Did anyone hurt you? Shrugs. Bruise on cheek - "football".
Did you eat/sleep? "Maccies".
What would help? "Get my mum away from [[Ryan|name]]". ([[Ryan Kerridge|name]], mum's ex, [[07936 402 118|phone]] - see police.)
Push/pull factors: school exclusion, money, status; likes being at Nan's, her dog, fishing with her neighbour [[Bill Squirrell|name]] at
Alton Water.
Next steps: referral to Suffolk Against Exploitation; NI number for his apprenticeship form [[PK 18 52 77 A|ni]]
(from [[Leanne|name]]). Consent to share: yes. Shared with [[Rhys Goodchild|name]] (SW) and PC [[Sarah Lambert|name]] (Missing Persons
Coordinator).
"""),
    ("Snapchat messages typed up from screenshots", """Screenshots taken by [[Leanne Mayes|name]] from [[Kai|name]]'s phone on
[[10/11/2026|date]] and given to PC [[Lambert|name]]. Typed by
[[R Goodchild|name]]. Usernames kept as they appear (not names).

trapz_n17 : yo [[kai|name]] where u at
k_b0909 : [[stowie|place]]
trapz_n17 : u owe 4 bags bro. 1.2
k_b0909 : i told u [[reece|name]] got lifted wiv it
trapz_n17 : not my problem. get to [[ipswich|place]] 2nite
k_b0909 : cant my nan [[joan|name]] is ill
trapz_n17 : u want me come [[chilton way|address]]? i know where ur mum is [[leanne|name]] innit
k_b0909 : dont go near her
trapz_n17 : then come. ask [[norm|name]] for the key
k_b0909 : ok
reece_waspe.x : bro dont go
reece_waspe.x : talk to [[danny|name]] yos man he sound
"""),
    ("Great-grandmother's handwritten letter", """(Letter handed in at Endeavour House reception, handwritten on lined paper, copied for the
file.)

[[11 Hurstlea Rd|address]]
[[Needham Mkt|place]]
[[16th Nov|date]]

Dear Mr [[Goodchild|name]],

I am [[Kai|name]]'s great Nan, [[Joan Bloomfield|name]], I am 77. I am writing because I can't hear properly on the telephone.
[[Kai|name]] can live with me. I have the back bedroom. My late husband [[Stanley|name]] was in the Navy and I brought up
[[Leanne|name]]'s mum [[Debbie|name]] on my own after. I know he has been a silly boy but he is good with me, he did my
garden all summer and takes Bonnie (my dog) out.
The bad men are in [[Ipswich|place]] and [[London|place]], not here in [[Needham|place]]. My neighbour Mr [[Squirrell|name]] takes him
fishing. The bus to [[Stowmarket|place]] is every hour so he can still go to his school.
Please ring my grandson-in-law [[Gary Mayes|name]] on [[07482 113 694|phone]] if you want to arrange a visit, or come on any
morning except Thursday when I have my hair done at [[Marilyn|name]]'s.
Yours faithfully
[[J. Bloomfield|name]] (Mrs)
"""),
]


# --- E. Gutiérrez / Pardon family (Colombian mother, white British father), Wymondham ---------------------------------------

HOME_E = d.Address("33 Lady's Lane", "", "Wymondham", "NR18 0JN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Valentina", "Pardon")], dt.date(2023, 7, 11), addresses=[HOME_E], ids=["258 992 8319"]),
    _p("s", "sibling", [("Mateo", "Pardon")], dt.date(2020, 1, 3), addresses=[HOME_E], ids=["615 290 2460", "Z926993054200"],
       schools=["Browick Road Primary"]),
    _p("m", "mother", [("Luisa Fernanda", "Gutiérrez Ospina")], dt.date(1993, 6, 20), addresses=[HOME_E],
       phones=["07378 562 014"]),
    _p("f", "father", [("Craig", "Pardon")], dt.date(1985, 2, 2), addresses=[HOME_E], phones=["07817 340 659"]),
    _p("p1", "professional", [("Sophie", "Larwood")], phones=["01603 307 455"], emails=["sophie.larwood@broadsvale.gov.uk"]),
], "c")

DOCS_E = [
    ("Police body-worn video transcript of a domestic incident", """NORFOLK CONSTABULARY - BWV TRANSCRIPT (extract), incident 441 of
[[18/10/2026|date]]
Location: [[33 Lady's Lane|address]], [[Wymondham|place]]. Officers: PC 1934 [[Jack Mallett|name]] (BWV 2291), PC 0718 [[Aisha Noor|name]]
Transcribed by [[Joanne Self|name]] (Public Protection admin) on [[20.10.2026|date]]. [ ] = transcriber's note.

00:00:14 PC [[MALLETT|name]]: Police, can you open the door please? We've had a call about shouting.
00:00:31 MALE [later identified as [[Craig PARDON|name]], DOB [[02/02/1985|dob]]]: Everything's fine mate, she's just upset, she don't speak
English.
00:00:40 PC [[NOOR|name]]: Can I speak to her please. ¿Habla español? ... Hola, señora, ¿cómo se llama?
00:00:46 FEMALE: [[Luisa|name]]. [[Luisa Fernanda Gutiérrez|name]].
00:01:02 [Child crying in background. A small boy, about 6, on the stairs.]
00:01:10 PC [[NOOR|name]]: What's your name, sweetheart?
00:01:12 CHILD: [[Mateo|name]]. Daddy broke the telly.
00:01:40 [[PARDON|name]]: She threw my phone first. She's been on to her mum in Colombia all night, [[Medellín|place]] time.
00:02:05 FEMALE: Él me dijo que me van a deportar... que [[Vale|name]] se queda con él. (He told me they will deport me... that
[[Vale|name]] stays with him.)
00:02:30 PC [[NOOR|name]]: Is there somebody you can call? A friend?
00:02:33 FEMALE: [[Yesenia|name]]. [[Yesenia Rojas|name]], from church in [[Norwich|place]]. Her number, [[07468 225 901|phone]].
00:03:10 PC [[MALLETT|name]]: Mr [[Pardon|name]], step outside with me please.
00:04:58 NEIGHBOUR (Mrs [[Pauline Bunn|name]], [[no. 35|address]]): It's every weekend with him, officer. Every weekend.
[Recording ends 00:06:12. Mr [[Pardon|name]] arrested for criminal damage and assault; baby [[Valentina|name]] (15 months) asleep upstairs,
checked by PC [[Noor|name]].]
"""),
    ("Grandmother's letter from Medellín, in Spanish, translated", """Carta recibida por correo electrónico el
[[2 de noviembre de 2026|date]] - translated by [[Camila Reyes|name]] (Norfolk Interpreting) on [[04/11/2026|date]].

ORIGINAL (extract):
[[Medellín|place]], [[1 de noviembre de 2026|date]]
Señora trabajadora social [[Sophie Larwood|name]]:
Soy [[Gloria Ospina de Gutiérrez|name]], la mamá de [[Luisa Fernanda|name]]. Vivo en la [[Calle 44 # 79-120, barrio Laureles|address]],
[[Medellín|place]]. Mi teléfono y WhatsApp: [[+57 310 472 9185|phone]]. Mi hija me cuenta que el señor [[Craig|name]] le quita el
pasaporte y la plata. Los niños, [[Mateo|name]] y [[Valentina|name]], son mis únicos nietos...

TRANSLATION:
[[Medellín|place]], [[1 November 2026|date]]
Dear social worker [[Sophie Larwood|name]],
I am [[Gloria Ospina de Gutiérrez|name]], the mother of [[Luisa Fernanda|name]]. I live at [[Calle 44 # 79-120, Laureles|address]],
[[Medellín|place]]. My phone and WhatsApp: [[+57 310 472 9185|phone]]. My daughter tells me that Mr [[Craig|name]] takes her passport
and her money. The children, [[Mateo|name]] and [[Valentina|name]], are my only grandchildren. When I visited in [[Wymondham|place]]
in June he did not let me be alone with [[Luisita|name]]. My son [[Andrés Felipe|name]] in [[Bogotá|place]] can pay the tickets if she
wants to come home with the children, but she is afraid he will say she stole them. Please help my daughter. Her friend from
church, [[Yesenia|name]], and Father [[Tomás|name]] at St Jude's in [[Norwich|place]] know everything.
With respect, [[Gloria|name]]
"""),
    ("Core group meeting minutes", """CHILD PROTECTION CORE GROUP - [[Valentina PARDON|name]] ([[11/07/2023|dob]]) and [[Mateo PARDON|name]]
([[03/01/2020|dob]])
Meeting held: [[24 November 2026|date]], 10:00, Wymondham Children's Centre. Chair: [[Sophie Larwood|name]] (SW)
Attendees: [[Luisa Fernanda Gutiérrez Ospina|name]] (mother) with interpreter [[Camila Reyes|name]]; [[Craig Pardon|name]] (father, for
items 1-2 only);
[[Beth Youngs|name]] (HV); Mrs [[Kirsty Sayer|name]] (Reception teacher, [[Browick Road Primary|school]]); [[Jo Ringer|name]] (Leeway IDVA)

1. Progress. [[Mateo|name]] is settled in Reception; attendance 97%. He told Mrs [[Sayer|name]] that "Papi" (his father)
"is sleeping at Uncle [[Wayne|name]]'s". Mr [[Pardon|name]] confirmed he is staying at his brother [[Wayne Pardon|name]]'s in
[[Attleborough|place]] ([[7 Besthorpe Road|address]]) under bail conditions until [[15/12/2026|date]].
2. Mr [[Pardon|name]] said [[Luisa|name]]'s passport is "in the safe at my mum's" ([[Margaret Pardon|name]], [[Hethersett|place]]). He
agreed to
return it by [[1 December|date]].
3. [[Luisa|name]] has started ESOL at Wymondham Library on Wednesdays and attends the Spanish mass in [[Norwich|place]] with
[[Yesenia Rojas|name]]. She has a solicitor, Ms [[Hannah Frary|name]] (Fosters), about her visa (domestic violence concession).
4. [[Valentina|name]]: weight fine; not yet walking, referral to physio ([[Beth|name]]).
Actions:
- [[Sophie|name]]: chase Mr [[Pardon|name]]'s passport return with his solicitor Mr [[Neil Gotts|name]] by [[2/12|date]].
- [[Beth|name]]: physio referral for [[Valentina|name]] to [[Wymondham|place]] clinic; HV visit [[10 Dec|date]].
- [[Jo Ringer|name]]: safety plan with [[Luisa|name]]; [[Yesenia|name]] ([[07468 225 901|phone]]) as emergency contact.
- Mrs [[Sayer|name]]: tell [[Sophie|name]] if anyone but [[Luisa|name]] or [[Yesenia|name]] collects [[Mateo|name]].
Next core group: [[12th January 2027|date]].
"""),
    ("Online early help request form (submitted by a nursery)", """Norfolk Children's Advice and Duty Service - Online referral - submission
#A-20261203-0977
Submitted: [[03/12/2026|date]] 14:22
Referrer name: [[Michelle Dye|name]]
Referrer organisation: [[Little Acorns Day Nursery|school]], [[Wymondham|place]]
Referrer phone: [[01953 603 884|phone]]
Referrer email: [[manager@littleacornswymondham.example.co.uk|email]]
Child first name: [[Valentina|name]]
Child last name: [[Pardon|name]]
Child date of birth (DD/MM/YYYY): [[11/07/2023|dob]]
Child address line 1: [[33 Lady's Lane|address]]
Town: [[Wymondham|place]]     Postcode: [[NR18 0JN|postcode]]
Parent/carer 1: [[Luisa Gutierrez|name]]  Tel: [[07378562014|phone]]
Parent/carer 2: [[craig pardon|name]]   Tel: [[+447817340659|phone]]
Other adults: grandmother [[Margaret Pardon|name]] (collects Tues/Thurs), car [[VN21 OKP|vehicle]]
What are you worried about?: Nan [[Margaret|name]] collected [[Valentina|name]] on [[1/12|date]] with dad [[Craig|name]] in the car. Mum
says dad is not allowed near them. Nan said "he's her father, he can see his own daughter". Our key person [[Ellie-Rose|name]]
saw dad lift [[Vale|name]] into the car seat. Mum was not told. Mum cried when she came at 5.
Consent from parent?: Yes (mother)
Mother's NI number (if known): [[SN 72 41 09 C|ni]]   Benefits: Universal Credit (claim made [[16/11/2026|date]] with help from
[[Yesenia Rojas|name]])
Other professionals: SW [[Sophie Larwood|name]] ([[01603 307 455|phone]]); HV [[Beth Youngs|name]]; school [[Browick Road|school]]
(Mrs [[Sayer|name]]) for [[Mateo|name]]
"""),
]


# --- F. Lake / Shreeve family (white British), Toftwood, Dereham --------------------------------------------------------------

HOME_F = d.Address("6 Westfield Road", "Toftwood", "Dereham", "NR19 1JB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Summer", "Lake")], dt.date(2015, 5, 21), ids=["908 033 5118", "M926861938195"],
       schools=["Toftwood Junior School"]),
    _p("m", "mother", [("Jade", "Lake")], dt.date(2001, 3, 3), addresses=[HOME_F], phones=["07903 416 275"],
       ids=["672 268 4768"]),
    _p("f", "father", [("Robin", "Shreeve")], dt.date(1999, 8, 15), addresses=[HOME_F], phones=["07534 820 196"]),
    _p("p1", "professional", [("Nadia", "Kerrison")], phones=["01603 306 771"], emails=["nadia.kerrison@broadsvale.gov.uk"]),
], "c")

DOCS_F = [
    ("Pre-birth assessment, summary and recommendation", """BROADS VALE COUNCIL - PRE-BIRTH ASSESSMENT (summary)
Unborn baby of [[Jade LAKE|name]] (DOB [[03/03/2001|dob]], NHS [[672 268 4768|nhs]]) and [[Robin SHREEVE|name]] (DOB [[15/08/1999|dob]])
EDD: [[14 February
2027|date]]   Address: [[6 Westfield Road|address]], [[Toftwood|place]], [[Dereham|place]] [[NR19 1JB|postcode]]
Social worker: [[Nadia Kerrison|name]]   Manager: [[Paul Spink|name]]   Date: [[27/11/2026|date]]

Background. [[Jade|name]]'s first child, [[Summer Lake|name]] (11), has lived with her paternal grandmother, Mrs [[Sandra Thrower|name]],
at [[15 Rash's Green|address]], [[Dereham|place]], under a special guardianship order since 2019, after neglect when [[Jade|name]] was 17
and living with [[Summer|name]]'s father [[Dean Thrower|name]] in [[Swaffham|place]]. [[Summer|name]] is in Y6 at
[[Toftwood Junior|school]] and sees her mum at McDonald's in [[Dereham|place]] on Saturdays, supervised by [[Sandra|name]].

[[Robin|name]] has a mild learning disability and was supported at [[Dereham Sixth Form College|school]] and later by
Norfolk's Learning Disability team (worker [[Graham Seago|name]]). He works three mornings at a garden centre near
[[Swanton Morley|place]]. His mother, [[Tracey Shreeve|name]], lives in [[Mattishall|place]] and offers daily help. [[Robin|name]]'s friend
[[Jordan|name]] "[[Jord|name]]" [[Ives|name]] stays often and has a caution for cannabis supply.

Midwife [[Anna Bloomfield|name]] (Queen Elizabeth Hospital, [[King's Lynn|place]] community team) reports [[Jade|name]] booked at 22 weeks,
missed two scans and smokes 20 a day. The house is cold (the meter is on emergency credit) and has mould in the baby's room.
Landlord: Mr [[Keith Dack|name]], [[07796 120 544|phone]].

Genogram: maternal grandmother [[Lorraine Lake|name]] (d. 2020); maternal aunt [[Michelle Lake|name]], [[Gressenhall|place]]; sister
[[Kayla Lake|name]], [[Norwich|place]]; paternal grandmother [[Tracey Shreeve|name]] and step-grandfather [[Barry Shreeve|name]],
[[Mattishall|place]]; [[Robin|name]]'s father [[Gavin Pegg|name]], whereabouts unknown (last heard of in [[Thetford|place]]).

Recommendation: a child protection conference before birth (by [[8 January 2027|date]]); a parenting assessment adapted for
[[Robin|name]] (PAMS); a family group conference with [[Tracey|name]], [[Sandra|name]] and [[Jade|name]]'s aunt [[Michelle Lake|name]] of
[[Gressenhall|place]].
"""),
    ("Midwife's SBAR handover by secure email", """From: [[Anna Bloomfield|name]] <[[anna.bloomfield3@nhs.net|email]]>
To: [[nadia.kerrison@broadsvale.gov.uk|email]]; [[safeguarding.midwives@qehkl.nhs.example.uk|email]]
Date: Mon [[30/11/2026|date]] 16:47
Subject: SBAR - [[LAKE J|name]] - [[03.03.01|dob]] - unborn EDD [[14.02.27|date]] [SECURE]

S - [[Jade|name]] did not attend 28/40 antenatal appt [[26/11|date]]; text from [[07903 416 275|phone]] "sorry cant get a lift".
B - Known to CSC (pre-birth); previous child removed ([[Summer|name]], SGO). Partner [[Robin Shreeve|name]] LD. Smoker.
A - Home visit today 14:00 with student MW [[Fern Pegg|name]]. BP 118/74, FH 142, SFH 27cm (small?). [[Jade|name]] bruise R wrist - said
[[Jord|name]] "grabbed her to stop her falling" at a party in [[Fakenham|place]] on [[28th|date]]. [[Robin|name]] was not there.
[[Jade|name]] asked if [[Jordan|name]] could be godfather. She asked me not to tell [[Robin|name]]'s mum.
R - growth scan booked [[2 Dec|date]] QEH; please can CSC check who [[Jordan Ives|name]] is and whether he lives there.
I will visit again [[7/12/26|date]].
[[Anna|name]]
Community Midwife, [[Dereham|place]] & [[Swaffham|place]] team, mob [[07826 431 905|phone]]
"""),
    ("Family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
For: baby [[Lake|name]]-[[Shreeve|name]] (due [[14/02/2027|date]])   FGC held: Saturday [[5 December 2026|date]], Toftwood Community Centre
Coordinator: [[Rosie Brundle|name]] (independent)   Private family time: 11:20-13:05

Who came: [[Jade|name]] (mum), [[Robin|name]] (dad), [[Tracey Shreeve|name]] ([[Robin|name]]'s mum), [[Barry Shreeve|name]]
([[Robin|name]]'s step-dad),
Aunt [[Michelle|name]] ([[Jade|name]]'s aunt), [[Sandra Thrower|name]] ([[Summer|name]]'s nan), [[Kayla Lake|name]] ([[Jade|name]]'s sister,
from [[Norwich|place]], by video). Not invited by the family: [[Jordan Ives|name]].

OUR PLAN
1. Where baby will live: at [[6 Westfield Rd|address]] with [[Jade|name]] and [[Robin|name]]. For the first 6 weeks [[Tracey|name]] will
stay
over Mon-Fri; [[Michelle|name]] weekends. If social services say no, baby to go to [[Tracey|name]] and [[Barry|name]] at
[[22 Dereham Road|address]], [[Mattishall|place]], [[NR20 3NS|postcode]] (phone [[01362 858 172|phone]]).
2. [[Jordan|name]] ("[[Jord|name]]") will not come to the house. [[Robin|name]] will tell him. If he does come, [[Barry|name]] will deal
with it.
3. Appointments: [[Michelle|name]] will drive [[Jade|name]] to all scans - next [[18th Dec|date]] at the QE.
4. Money: [[Barry|name]] will help [[Robin|name]] sort the electric with Mr [[Dack|name]] and put it on a key. Foodbank voucher from
[[Rosie|name]].
5. [[Summer|name]]: stays with [[Sandra|name]]. She wants to meet the baby. [[Sandra|name]] will bring her after school on
Fri [[19 Feb|date]] if baby has come.
Signed by everyone present ([[05/12/26|date]]).

Phone list: [[Jade|name]] [[07903 416 275|phone]] | [[Robin|name]] [[07534 820 196|phone]] | [[Tracey|name]] [[07721 903 468|phone]] |
[[Michelle|name]] [[07867 215 330|phone]] | [[Sandra|name]] [[01362 691 207|phone]] | [[Kayla|name]] [[07412 550 913|phone]] |
[[Rosie Brundle|name]] (FGC) [[rosie.brundle@fgc-norfolk.example.org|email]]
"""),
    ("Dad's text messages to his family support worker", """Texts from [[Robin Shreeve|name]] ([[07534 820 196|phone]]) to FSW
[[Kelly Barrett|name]] (work mobile), copied for the file by [[K Barrett|name]]

[[01/12/2026|date]] 07:14  [[robin|name]]: hi [[kelly|name]] its [[robin|name]]. [[jade|name]] is sick again. can u come tomoro not today
[[01/12/2026|date]] 07:30  [[Kelly|name]]: Hi [[Robin|name]], no problem. Is [[Jade|name]] ok? Shall I call the midwife?
[[01/12/2026|date]] 07:32  [[robin|name]]: no she said no. [[anna|name]] is coming 2moro anyway
[[02/12/2026|date]] 19:48  [[robin|name]]: [[jord|name]] came round. i said what my mum said. he said im a snitch
[[02/12/2026|date]] 19:49  [[robin|name]]: he kicked the gate
[[02/12/2026|date]] 19:55  [[Kelly|name]]: Are you both safe now? If he comes back ring 999.
[[02/12/2026|date]] 20:10  [[robin|name]]: yes. [[barry|name]] came. he went. [[jade|name]] is crying
[[03/12/2026|date]] 09:02  [[robin|name]]: can u help me fill the form for the cot from [[christine|name]] at church
[[04/12/2026|date]] 16:31  [[robin|name]]: [[summer|name]] sent [[jade|name]] a pic of a teddy for the baby 😊
[[04/12/2026|date]] 16:40  [[Kelly|name]]: That's lovely. See you Mon [[7th|date]] at 10, and [[Tracey|name]] said she'll be there.
[[05/12/2026|date]] 08:05  [[robin|name]]: my nan [[pam|name]] in [[swaffham|place]] wants to come to the fgc to can she
[[05/12/2026|date]] 08:20  [[Kelly|name]]: Ask [[Rosie|name]] - her number is [[07933 618 402|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 46 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 01:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "our", "me", "nan",
           "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "aunt",
           "uncle", "tia", "tio", "dona", "nha", "father", "reverend", "señora", "señor", "amma", "thaththa", "akka", "aiya",
           "papi"}
_AFTER = {"aiya", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "norfolk", "suffolk",
               "east anglia", "portugal", "cabo verde", "cape verde", "sri lanka", "colombia", "essex"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words (before a name: "Tia Luzinha", "Nha Bia", "Dona Maria", "Aunt Michelle", "Father
# Tomás", "Reverend Sumanasara"; and after one: "Ruwan aiya") and counties, regions and countries ("Norfolk", "Suffolk",
# "Cabo Verde", "Sri Lanka", "Colombia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
