"""Set 235: a held-out hand-written set for the redaction detector, six invented families in Diss, Harleston and the Waveney
valley villages (the Norfolk and Suffolk border), written in one short sitting.

Written on 2026-12-07 (UTC 2026-12-08, just after midnight) by a helper session that did NOT open, read, grep, import-and-run or
otherwise look at hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list,
hearth/redaction/tests/*, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing
types through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set234.py, bench/redaction_set236.py and bench/redaction_set237.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, first two documents and its end: records, _PAIRS,
NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and a few
lines of bench/redaction_handwritten.py found by grep for the party helper; bench/redaction_set181.py was NOT read (set 213
follows its conventions and was copied instead). The docstrings of the earlier sets (bench/redaction_set*.py, not 234 to 237)
were searched by script for the towns and the communities considered, printing only which files hit: Diss, Harleston, Scole,
Hoxne, Dickleburgh, Roydon and Mendham hit none; Waveney, Bungay and Beccles hit sets 96 and 187, Eye set 86, Pulham set 99;
Malagasy, Basotho, Wolof, Kikuyu, Luo, Ndebele, Comorian, Mauritian, Setswana, Cape Verdean, Ovambo, Herero, Lozi, Swazi, Tiv,
Efik, Kanuri and Ewe hit earlier sets and were not used. Phone numbers were checked with the phonenumbers library, NHS numbers
and UPNs (LA 926 Norfolk, 935 Suffolk) made with python-stdnum (UPN) and the NHS modulus 11 rule in small snippets. Nobody may
tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only
the marking and say so here.

Six families (Diss, Harleston, Scole and Hoxne appear in no earlier docstring searched; Bungay, Eye and Pulham appear in
earlier docstrings and are used again):
A. Mullender / Cocksedge (white British), Skelton Road, Diss: a girl of 8 with a bruise, a toddler, domestic abuse by the father.
B. Fotso / Kamgang (Bamileke, from Bafoussam and Dschang, Cameroon; French and Ghomala' speakers), Harleston: a girl of 14
   hit with a belt, an uncle's threat to send her back to Dschang.
C. Kowalczyk / Zielińska (Polish), Scole: a father's drinking and violence, a boy of 15 and a girl of 11, a babcia visiting.
D. Catchpole / Ling (white British), Bungay: a boy of 16 missing to Norwich, criminal exploitation (county lines).
E. Rix / Gedge (white British), Pulham Market: a young carer of 13, a mother with MS, a brother with autism.
F. Woolnough / Sturman (white British), Eye and Hoxne: a baby of 14 weeks with a torn frenulum, a child protection plan.
The community named here, Bamileke (Cameroon), did not appear in any earlier docstring searched (Polish is not claimed as new).

24 documents, each with its own style label: a MASH referral from the infant school, a police domestic abuse log, a health
visitor's home visit note, a mother's Facebook messages typed up, a child and family assessment, a mother's WhatsApp voice note
transcribed and translated from French, a school safeguarding log (CPOMS), a girl's own words, strategy discussion minutes, a
social worker's case note, a GP letter scanned with OCR errors, a father's complaint email, a return home interview, Snapchat
and text messages typed up by police, exploitation panel minutes, a mother's email to the social worker, a young carers'
assessment, a school attendance and safeguarding chronology, a young carer's texts to her nan, a neighbour's phone call to the
duty desk, initial child protection conference minutes, a health visitor's new birth and follow-up notes, a mother's
handwritten letter to the conference chair and a GP's email to the social worker.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Cameroon +237, Poland +48); NHS numbers and UPNs pass their check digits.
The surgeries ("Fairstead Partnership"), charities and services are invented or unmarked organisations; towns, villages,
districts and streets are real and marked as places or addresses.

Markup and conventions: those of bench/redaction_set213.py (and through it set 181). Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Miss, Dr, PC, DS, DC, Mme, Pastor, Nan, Nanna, Mami, Tonton, Babcia, Tata); "SURNAME, First" is one span;
initials alone are not marked ("KC", "kc"); organisations holding a town's name stay unmarked ("Diss Health Centre", "Diss
Children's Centre", "Eye Health Centre", "Eye Town Hall", "Ipswich Hospital", "Wymondham PIC", "Carers Matter Norfolk",
"NORFOLK CONSTABULARY"); countries, counties and regions ("Cameroon", "Poland", "Norfolk", "West Region") are not places; an
OCR misreading keeps its kind ("Dlss", "Sco1e", "0liwia K0walczyk", "IP2l 4DX"); "the A1066" and a bus route ("x41") are not
marked; a school's name in a document's upper-case header is left unmarked, as set 213 does.

Choices this set had to make: chat speaker labels are names ("kirsty:", "skinz:"), but a kinship label ("nan:", "mum:") is
not; a pet's name ("Bruno", "Pyza") is marked as a name, a television programme ("bluey") is not; "Leeway" (a domestic abuse
service), "Grain Co" (an employer) and "Matthew Project" are organisations; "Maltings Meadow" (a football ground) and "The
Street" (a village street) are addresses; "Outney Common" and "Heigham" are places, as districts; "Holy Trinity churchyard" is
a landmark and not marked; a shop or branch named by its town in ordinary words ("the Harleston Co-op", "the Diss Tesco",
"Bungay library", "the Stradbroke surgery") marks the town; "ndolé" (a dish) is not a name; a wrong number a parent corrects
in the same sentence is still a phone; a possessive written without an apostrophe ("sharons", "Ivys") is one name span;
a bare year ("in 2021", "died in 2019") is not marked as a date.

Self-check without the detector: `python -m bench.redaction_set235` (and tests/test_redaction_set235.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 893 gold spans, 521 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mullender / Cocksedge family (white British), Diss ---------------------------------------------------------------

HOME_A = d.Address("27 Skelton Road", "", "Diss", "IP22 4PW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Mullender")], dt.date(2018, 6, 21), addresses=[HOME_A], ids=["5803110426", "Z926265955561"],
       schools=["Diss Infant Academy"]),
    _p("s", "sibling", [("Brody", "Cocksedge")], dt.date(2024, 1, 9), addresses=[HOME_A], ids=["7281157886"]),
    _p("m", "mother", [("Kirsty", "Mullender")], dt.date(1997, 4, 3), addresses=[HOME_A], phones=["07723 418 652"]),
    _p("f", "father", [("Wayne", "Cocksedge")], dt.date(1993, 10, 28), phones=["07841 267 390"]),
], "c")

DOCS_A = [
    ("MASH referral from the infant school", """MULTI-AGENCY SAFEGUARDING HUB - REFERRAL FORM
Child: [[MULLENDER, Tayla|name]]   DOB [[21/06/2018|dob]]   UPN [[Z926265955561|upn]]   NHS No [[580 311 0426|nhs]]
Sibling: [[Brody Cocksedge|name]] (DOB [[9 January 2024|dob]], NHS [[7281157886|nhs]])
Address: [[27 Skelton Road|address]], [[Diss|place]], [[IP22 4PW|postcode]]
Mother: [[Kirsty Mullender|name]] tel [[07723 418 652|phone]]. Father: [[Wayne Cocksedge|name]] tel [[07841 267 390|phone]] (lives
[[Flat 6, 2 Victoria Road|address]], [[Diss|place]] [[IP22 4HX|postcode]]).
Referrer: [[Joanne Bunn|name]], DSL, [[Diss Infant Academy|school]]. Date: [[16/11/2026|date]].
Concerns: [[Tayla|name]] came in on [[13 Nov|date]] with a bruise to her left cheek. She told her teacher Miss [[Ketteringham|name]]
"[[Wayne|name]] pushed me into the door because [[Brody|name]] was crying". Mum says [[Tayla|name]] fell off the trampoline at
nan's in [[Roydon|place]]. Nan is [[Pauline Mullender|name]], [[3 Manor Road|address]], [[Roydon|place]].
[[Tayla|name]]'s attendance 84%. Dad's new partner "[[Shaz|name]]" ([[Sharon Gooderham|name]]) collects some days in a silver
Corsa [[AV17 KXN|vehicle]]. Police attended [[Skelton Road|address]] on [[30/10/2026|date]] (neighbour Mrs [[Aldous|name]]
at [[no. 29|address]] called).
Parent aware of referral: yes - spoke to [[Kirsty|name]] at the gate [[16.11.26|date]].
Other adults known: maternal aunt [[Gemma Mullender|name]] in [[Thetford|place]]; Mum's ex [[Lee Bobbin|name]] (not
[[Brody|name]]'s dad) lives in [[Palgrave|place]]. Child minder [[Janice Howes|name]], [[Stuston|place]], had [[Tayla|name]] till
[[July 2025|date]].
[[Tayla|name]]'s best friend [[Poppy-Mae Hurren|name]]; her mum [[Rochelle|name]] also saw the bruise on [[13/11|date]].
"""),
    ("police domestic abuse log", """NORFOLK CONSTABULARY - STORM LOG 0412 [[30/10/2026|date]] (extract)
21:52 Caller Mrs [[Margaret Aldous|name]], [[29 Skelton Road|address]], [[DISS|place]], reports shouting and a child
screaming at [[no 27|address]].
22:04 PC [[Hollis|name]] 1187 and PC [[Amy Tuttle|name]] on scene. Female [[MULLENDER Kirsty|name]] ([[03/04/1997|dob]]) states
ex-partner [[COCKSEDGE, Wayne|name]] ([[28/10/1993|dob]]) came round drunk. Male left prior in vehicle [[AV17 KXN|vehicle]].
22:20 Children [[TAYLA|name]] (8) and [[BRODY|name]] (2) present, not injured. DASH: medium.
22:41 Male stopped on the A1066 near [[Scole|place]]. Breath test 61. Arrested; taken to Wymondham PIC.
23:30 Male's mobile [[07841 267 390|phone]]. States he lives with [[Sharon Gooderham|name]] at [[Flat 6, 2 Victoria
Road|address]]. PNC: NI [[PR 63 19 04 B|ni]].
[[31/10|date]] 09:15 Referral to Leeway declined by victim. Info shared with MASH and HV [[Becky Flatman|name]].
[[31/10|date]] 10:40 Previous: [[14/02/2026|date]] verbal only, [[COCKSEDGE|name]] left to his brother [[Darren
Cocksedge|name]]'s in [[Dickleburgh|place]]. Witness [[Margaret Aldous|name]] tel [[01379 652 418|phone]]. OIC PC [[Hollis|name]].
[[01/11/2026|date]] 14:00 Update PC [[Amy Tuttle|name]]: [[Sharon Gooderham|name]] ([[22/05/1995|dob]]) states [[Wayne|name]] was with her
at [[Victoria Road|address]] from 23:50. Male's brother [[Darren|name]] collected the Corsa from [[Scole|place]] lay-by.
"""),
    ("health visitor's home visit note", """HV home visit - [[Brody Cocksedge|name]], [[27 Skelton Rd|address]], [[Diss|place]] -
[[24th November 2026|date]]
Seen: [[Brody|name]], mum [[Kirsty|name]], nan [[Pauline|name]] (visiting from [[Roydon|place]]). [[Tayla|name]] at school.
[[Brody|name]] 22 months, weight on 25th centile, speech delayed (few words: "mama", "[[Tay|name]]", "dog"). Dog [[Bruno|name]]
(Staffie) kept in the kitchen.
Mum says [[Wayne|name]] not been since the police came. She has a new friend [[Lewis|name]] from [[Harleston|place]] who "helps
out". Mum's friend [[Stacey Bootman|name]] ([[07514 286 903|phone]]) babysits sometimes.
Plan: referral to speech and language (Diss Children's Centre), review [[8/12/26|date]]. GP is Dr [[Oyelaran|name]] at
Diss Health Centre. Discussed with SW [[Callum Pegg|name]] by phone.
Signed [[B. Flatman|name]] HV.
Addendum [[25/11/2026|date]]: rang [[Stacey|name]]; she confirmed [[Lewis|name]] is [[Lewis Brundle|name]], 23, of
[[Harleston|place]]; his mum [[Debbie Brundle|name]] works at the [[Diss|place]] Tesco with [[Kirsty|name]]. [[Kirsty|name]]'s
sister [[Gemma|name]] to visit on the [[28th|date]].
"""),
    ("mother's Facebook messages typed up", """Facebook Messenger - [[Kirsty Mullender|name]] to [[Stacey Bootman|name]] (shown to SW
by [[Kirsty|name]],
[[1 December 2026|date]])

[[kirsty|name]]: u about sat?? need u to have [[tay|name]] and [[brody|name]]
[[stacey|name]]: yeh babe what time
[[kirsty|name]]: 6ish im going out in [[norwich|place]] with [[lewis|name]]
[[stacey|name]]: is [[wayne|name]] still kicking off
[[kirsty|name]]: he messaged from [[sharons|name]] again, says hes having [[tayla|name]] for xmas. NO CHANCE
[[stacey|name]]: tell the social [[callum|name]]
[[kirsty|name]]: i have. nan [[pauline|name]] says [[tay|name]] can stay in [[roydon|place]] boxing day
[[stacey|name]]: hows [[brody|name]] speech
[[kirsty|name]]: hes saying [[bruno|name]] now lol
[[stacey|name]]: ill bring [[mia|name]] over she can play with [[tay|name]]
[[kirsty|name]]: shes at [[poppy-maes|name]] party on the [[19th|date]] in [[palgrave|place]] anyway
[[stacey|name]]: is [[lewis|name]] coming xmas
[[kirsty|name]]: dunno his mum [[debbie|name]] dont like me lol
[[stacey|name]]: [[debs|name]] dont like anyone babe
"""),
]


# --- B. Fotso / Kamgang family (Bamileke, from Bafoussam, Cameroon), Harleston ----------------------------------------------

HOME_B = d.Address("Flat 4, 6 Redenhall Road", "", "Harleston", "IP20 9EN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Rosine", "Fotso")], dt.date(2012, 2, 14), addresses=[HOME_B], ids=["7174161383", "Y926707617834"],
       schools=["Archbishop Sancroft High School"]),
    _p("s", "sibling", [("Junior", "Fotso")], dt.date(2016, 9, 30), addresses=[HOME_B], ids=["6355513078"]),
    _p("m", "mother", [("Clarisse", "Kamgang")], dt.date(1985, 7, 11), addresses=[HOME_B], phones=["07958 314 726"]),
    _p("f", "father", [("Hervé", "Fotso")], dt.date(1980, 12, 5), phones=["+237 677 41 28 93"]),
], "c")

DOCS_B = [
    ("child and family assessment", """CHILD AND FAMILY ASSESSMENT - [[FOTSO, Rosine|name]]
DOB: [[14 February 2012|dob]]. NHS: [[717 416 1383|nhs]]. UPN: [[Y926707617834|upn]]. School: [[Archbishop Sancroft High School|school]],
[[Harleston|place]]. Address: [[Flat 4, 6 Redenhall Road|address]], [[Harleston|place]], [[IP20 9EN|postcode]].
Household: mother [[Clarisse Kamgang|name]] ([[11/07/1985|dob]]), tel [[07958 314 726|phone]]; brother [[Junior Fotso|name]]
([[30/09/2016|dob]]), [[Harleston Church of England Primary|school]]. Father [[Hervé Fotso|name]] lives in [[Bafoussam|place]],
Cameroon ([[+237 677 41 28 93|phone]]).
The family are Bamileke, from [[Bafoussam|place]] and [[Dschang|place]] in the West Region; they speak French, Ghomala' and
English. They came to [[Norwich|place]] in 2021 and moved to [[Harleston|place]] in [[March 2024|date]].
Reason: [[Rosine|name]] (14) told her form tutor Mr [[Spall|name]] on [[2/11/2026|date]] that her mother hits her with a
belt when she is late home, and that Tonton [[Emmanuel|name]] ([[Emmanuel Tchoupo|name]], mother's brother, in
[[Ipswich|place]]) has said she will be sent back to [[Dschang|place]] to "learn respect" with Mami [[Odile|name]].
Seen alone at school [[4/11|date]] and at home [[9/11/2026|date]]. [[Rosine|name]] ("[[Ros|name]]", "[[Rosie|name]]" to friends)
wants to stay at [[Sancroft|school]] with her friends [[Evie Rackham|name]] and [[Keira|name]].
[[Clarisse|name]] (interpreter Mme [[Ngassa|name]] by phone) accepts she used a belt "once", says in [[Bafoussam|place]] this
is normal, and agreed a safety plan. [[Junior|name]] says "mami shouts but she makes ndolé". Pastor [[Samuel Ndjock|name]]
of a church in [[Diss|place]] supports the family.
Analysis and plan: child in need; parenting work with [[Adaeze Okonkwo|name]] (family support). Passport check with
the police (DC [[Farrow|name]]). Social worker [[Lydia Hurrell|name]], [[25/11/2026|date]].
Genogram notes: Mami [[Odile Kamgang|name]] ([[Dschang|place]]); Tonton [[Emmanuel Tchoupo|name]] and his wife
[[Laure|name]] ([[Ipswich|place]], [[4 Cauldwell Avenue|address]]); cousin [[Brice|name]] (17); father's brother [[Jean-Pierre Fotso|name]]
in [[Douala|place]]; family friend [[Béatrice Nana|name]] ([[Pulham Market|place]]).
Contacts: Tonton [[Emmanuel|name]] [[07469 503 218|phone]]; Mami [[Odile|name]] via [[Jean-Pierre|name]] on [[+237 699 23 57 14|phone]];
interpreter Mme [[Ngassa|name]] (booked through the council). [[Rosine|name]]'s GP: Dr [[Whybrow|name]], [[Harleston|place]].
Mum's NI [[SK 42 70 18 D|ni]]. Church: the family worship in [[Diss|place]] and sometimes in [[Ipswich|place]] with [[Laure|name]].
"""),
    ("mother's WhatsApp voice note transcribed and translated from French", """Voice note from [[Clarisse Kamgang|name]] to
SW [[Lydia Hurrell|name]], [[27/11/2026|date]] 07:48, translated from French by Mme [[Ngassa|name]]

"Bonjour madame [[Lydia|name]]. It is [[Clarisse|name]], the mother of [[Rosine|name]]. I wanted to say I did not sleep. My brother
[[Emmanuel|name]] called from [[Ipswich|place]], he says the school is lying. I told him no, nobody is going to [[Dschang|place]].
[[Rosine|name]] stays in [[Harleston|place]]. Her father [[Hervé|name]] called also from [[Bafoussam|place]] on [[+237 677 41 28 93|phone]],
he is angry with me, he says I shame the family. My friend [[Béatrice|name]] from church, she lives in [[Pulham Market|place]],
she will come with me to the meeting on Tuesday [[1st December|date]]. Please can you also call [[Junior|name]]'s school, the
teacher Mrs [[Gissing|name]], because [[Junior|name]] is crying in the night. Thank you, God bless."
(Translator's note: the mother calls her daughter "[[Rosi|name]]" twice; "ma fille".)
Second note, 07:52: "Also [[Lydia|name]], the lady from church,
[[Béatrice Nana|name]], her number is [[07852 130 674|phone]]... sorry no, I will send it. And Pastor [[Samuel|name]] says hello."
"""),
    ("school safeguarding log", """ARCHBISHOP SANCROFT HIGH SCHOOL - CPOMS export (student: [[Rosine FOTSO|name]], Y9)
[[02/11/2026|date]] 15:20 Mr [[J. Spall|name]]: [[Rosine|name]] disclosed belt at home. DSL [[Nadia Kerrison|name]] informed.
[[02/11/2026|date]] 15:45 [[N. Kerrison|name]]: call to MASH; advice not to send home until SW call. SW [[Lydia Hurrell|name]].
[[04/11/2026|date]] 10:10 Seen by SW at school. [[Evie Rackham|name]] waited with her.
[[12/11/2026|date]] 12:30 [[Rosine|name]] upset, says uncle [[Emmanuel|name]] phoned her from [[07469 503 218|phone]].
[[19/11/2026|date]] 09:05 Mum rang ([[07958 314 726|phone]]) asking who [[Keira Lumley|name]] is. Not shared.
[[26/11/2026|date]] 13:40 [[Rosine|name]] spoke at lunch with Mrs [[Bonsu|name]] (EAL) about [[Dschang|place]] and her
grandmother [[Odile Kamgang|name]].
[[03/12/2026|date]] 08:50 Holiday request form: mum asks for [[18 Dec|date]] to [[4 January|date]] "to [[Douala|place]]". Refused,
DSL informed SW and DC [[Farrow|name]] same day.
[[03/12/2026|date]] 11:00 [[Rosine|name]] says she does not want to go. She would stay with [[Evie|name]]'s family at
[[14 Swan Lane|address]], [[Harleston|place]] [[IP20 9AW|postcode]] (mum [[Hannah Rackham|name]]).
[[04/12/2026|date]] 09:30 [[Junior|name]]'s school (Mrs [[Gissing|name]], [[Harleston|place]] primary) rang: [[Junior|name]]
says Tonton [[Emmanuel|name]] and cousin [[Brice|name]] visited at the weekend. Passed to [[Lydia Hurrell|name]].
"""),
    ("Rosine's own words", """My words - [[Rosine|name]], written in the [[Sancroft|school]] library with [[Lydia|name]]
([[3 Dec 2026|date]])

I am [[Rosine|name]] but everybody calls me [[Ros|name]]. I was born in [[Bafoussam|place]]. I lived with my grandma [[Odile|name]]
in [[Dschang|place]] until I was 9. I love her but I don't want to go back now. My life is here in [[Harleston|place]].
My mum loves me but she hits when she is stressed. My dad [[Hervé|name]] is in Cameroon... no I mean he lives there,
he has a new wife [[Pélagie|name]]. My brother [[Junior|name]] is 10 and he is annoying but funny.
My best friends are [[Evie|name]] and [[Keira|name]]. We go to [[Diss|place]] on the bus on Saturdays. Tonton [[Emmanuel|name]]
scares me. I want Mum to go to the parenting thing with [[Adaeze|name]].
[[Lydia|name]] wrote: [[Ros|name]] asked that Mami [[Odile|name]] is told she is fine. She drew her
house in [[Dschang|place]] and the bus stop in [[Harleston|place]] with [[Evie|name]] and [[Keira|name]] waving.
"""),
]


# --- C. Kowalczyk / Zielińska family (Polish), Scole --------------------------------------------------------------------

HOME_C = d.Address("5 Bungay Road", "", "Scole", "IP21 4DX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Oliwia", "Kowalczyk")], dt.date(2015, 11, 2), addresses=[HOME_C], ids=["9966344543", "L926046477053"],
       schools=["Scole Church of England Primary School"]),
    _p("s", "sibling", [("Filip", "Kowalczyk")], dt.date(2011, 3, 17), addresses=[HOME_C], ids=["8264580319"]),
    _p("m", "mother", [("Agnieszka", "Zielińska")], dt.date(1988, 8, 22), addresses=[HOME_C], phones=["07392 845 160"]),
    _p("f", "father", [("Tomasz", "Kowalczyk")], dt.date(1986, 1, 14), addresses=[HOME_C], phones=["+48 512 384 927"]),
], "c")

DOCS_C = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[KOWALCZYK, Oliwia|name]] ([[02.11.2015|dob]]) and
[[Filip KOWALCZYK|name]] ([[17.03.2011|dob]])
Date: [[20th November 2026|date]], 14:00, Teams. Chair: [[Martin Sillis|name]] (team manager).
Present: SW [[Kasia Wren|name]]; DS [[Hayley Gotts|name]] (Norfolk Police); [[Rebecca Thrower|name]] (head, [[Scole Primary|school]]);
school nurse [[Dawn Easter|name]]; [[Grzegorz Bąk|name]] (interpreter). Apologies: Dr [[Lambert|name]] (Fairstead Partnership
surgery, [[Diss|place]]).
Address: [[5 Bungay Road|address]], [[Scole|place]], [[IP21 4DX|postcode]]. NHS: [[9966344543|nhs]] ([[Oliwia|name]]),
[[826 458 0319|nhs]] ([[Filip|name]]).
Information: on [[19/11/2026|date]] [[Oliwia|name]] (11) told Mrs [[Thrower|name]] that dad [[Tomasz|name]] "drinks vodka and
sleeps in the car" and that [[Filip|name]] (15) hit dad back. Mum [[Agnieszka Zielińska|name]] ([[07392 845 160|phone]]) works
nights at a factory in [[Eye|place]]. Father works away in [[Poznań|place]] some months ([[+48 512 384 927|phone]]).
Police: two calls in 2025 to [[Bungay Rd|address]]; [[Tomasz|name]] cautioned [[6 June 2025|date]]. Car [[EX68 TPL|vehicle]].
[[Filip|name]] at [[Diss High School|school]]; friend [[Kacper Nowicki|name]] from [[Dickleburgh|place]].
Babcia [[Halina|name]] ([[Halina Zielińska|name]]) lives in [[Gdańsk|place]] and is visiting until [[Christmas Eve|date]].
Decision: section 47 enquiry (single agency); joint visit [[21/11|date]]. Next: [[27.11.2026|date]].
Also known: [[Tomasz|name]]'s friend [[Dariusz Sowa|name]] ("[[Darek|name]]"), [[Diss|place]]; [[Filip|name]]'s
girlfriend [[Amelia Crisp|name]] of [[Scole|place]]; [[Oliwia|name]]'s class teacher Mr [[Fulcher|name]].
Voice of the child: [[Oliwia|name]] said "I want Tata to stop drinking"; [[Filip|name]] said he is "the man of the
house" when [[Tomasz|name]] is in Poland. Minutes by [[Zoe Bales|name]], [[20/11/2026|date]].
"""),
    ("social worker's case note", """Case note - [[Kasia Wren|name]], SW - home visit [[21 Nov 2026|date]] with DS [[Gotts|name]]
Seen at [[5 Bungay Rd|address]], [[Scole|place]]: [[Agnieszka|name]], [[Oliwia|name]], [[Filip|name]], Babcia [[Halina|name]].
[[Tomasz|name]]
not home: [[Aga|name]] says he is at his friend [[Darek Sowa|name]]'s flat in [[Diss|place]] ([[Flat 3, 41 Mere Street|address]],
[[IP22 4AG|postcode]]).
[[Oliwia|name]] ("[[Oli|name]]") showed me her room, her hamster [[Pyza|name]], and her picture of [[Zakopane|place]].
[[Filip|name]] was quiet, then said dad grabbed mum's neck on Sunday [[15th|date]]. He goes to [[Kacper|name]]'s house in
[[Dickleburgh|place]] when it happens. [[Kacper|name]]'s mum [[Marta Nowicka|name]] knows.
[[Agnieszka|name]] minimised at first, then cried. She has a friend, [[Joanna|name]], in [[Thetford|place]] who would have them.
Next door, Mr [[Les Kerridge|name]] ([[no. 7|address]]), said he hears "a lot of Polish shouting" on Sundays.
Safety plan agreed. [[Tomasz|name]] rang me at 16:10 from a new number, [[07826 139 475|phone]]; agreed to meet on [[24/11|date]].
Later [[21/11|date]]: rang [[Marta Nowicka|name]] (she gave
[[01379 854 207|phone]], a landline at [[Dickleburgh|place]]). She says [[Kacper|name]] and [[Filip|name]] are "like brothers".
"""),
    ("GP letter scanned with OCR errors", """Fairstead Partnership, [[Dlss|place]] - scanned letter (0CR text, unchecked)
Dear Ms [[Wren|name]],
Re: [[0liwia K0walczyk|name]], D0B [[O2/ll/2Ol5|dob]], [[5 Bungay R0ad|address]], [[Sco1e|place]] [[IP2l 4DX|postcode]]
NHS [[996 634 4543|nhs]]
I saw [[0liwia|name]] with her m0ther [[Agnieszka Zielinska|name]] on [[l8 N0vember 2O26|date]]. She has had tummy pains and
p00r sleep since the summer. Her br0ther [[Fi1ip|name]] attends with headaches. Their father Mr [[T0masz Kowalczyk|name]] is
n0t registered with us. I w0uld supp0rt CAMHS input. Please c0ntact the practice nurse [[Sian Lark|name]] if needed.
Y0urs sincerely, Dr [[P. Lambert|name]]
cc: [[Kasia Wren|name]]; Mrs [[Rebecca Thr0wer|name]], [[Sc0le Primary|school]]; nurse [[Dawn Eas1er|name]]
"""),
    ("father's complaint email", """From: [[tomek.kowalczyk86@gmail.com|email]]
To: Children's Services complaints
Date: [[26 November 2026|date]] 23:14
Subject: complaint about social worker [[Kasia WREN|name]]

My name is [[Tomasz Kowalczyk|name]], father of [[Oliwia|name]] and [[Filip|name]]. I live at [[5 Bungay Road|address]], [[Scole|place]]
(my NI is [[NH 27 84 51 A|ni]]). Your worker came to my house with police when I was not there and spoke to my children
without me. My wife [[Aga|name]] was forced to say bad things. My mother in law [[Halina|name]] does not even speak English.
I am a good father, I work in [[Poznań|place]] and here in [[Harleston|place]] for Grain Co. My friend [[Dariusz Sowa|name]]
can say I am good. I want new social worker, not polish one. Call me [[07826 139 475|phone]] or in Poland [[+48 512 384 927|phone]].
[[Tomasz|name]]
PS my friend [[Darek|name]] and his wife [[Ewa|name]] live at [[41 Mere Street|address]] [[Diss|place]], they see my kids
every week. [[Kacper|name]]'s father [[Piotr Nowicki|name]] knows me too.
"""),
]


# --- D. Catchpole / Ling family (white British), Bungay ------------------------------------------------------------------

HOME_D = d.Address("18 Outney Road", "", "Bungay", "NR35 1DY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Catchpole")], dt.date(2010, 8, 5), addresses=[HOME_D], ids=["9872464162", "U935420906441"],
       schools=["Bungay High School"]),
    _p("m", "mother", [("Donna", "Ling")], dt.date(1984, 5, 29), addresses=[HOME_D], phones=["07508 627 941"]),
    _p("o", "other", [("Jordan", "Catchpole")], dt.date(2005, 2, 12)),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Kaiden Catchpole|name]] (16), [[05/08/2010|dob]]
Address: [[18 Outney Road|address]], [[Bungay|place]], [[NR35 1DY|postcode]]. UPN [[U935420906441|upn]]. NHS [[987 246 4162|nhs]].
Missing from Fri [[27 Nov 2026|date]] 17:00 to Sun [[29 Nov|date]] 11:30. Found by police in [[Norwich|place]], a flat off
[[Dereham Road|address]]. RHI by [[Shannon Pye|name]] (Compass) on [[1/12/2026|date]] at [[Bungay|place]] library.
[[Kaiden|name]] ("KC", "[[Kaido|name]]") said he went with "[[Skinz|name]]" and an older lad called [[Rhys|name]] to
"see a mate". He was given £40 and a phone. He would not say whose flat. He says [[Jordan|name]] (his brother, 21, lives
in [[Lowestoft|place]]) picked him up once before in a grey Golf [[AY16 WDF|vehicle]].
Mum [[Donna Ling|name]] ([[07508 627 941|phone]]) reported him at 23:40 on the [[27th|date]]. Her partner [[Gary Reeve|name]]
searched [[Earsham|place]] and [[Ditchingham|place]] in the car.
[[Kaiden|name]] wants to get back to football at [[Maltings Meadow|address]] with coach [[Stuart Bloomfield|name]].
Risk: high; referral to the exploitation panel. Shared with SW [[Toby Mace|name]] and PC [[Gemma Rudd|name]].
Friends named: [[Tyler Gower|name]], [[Mason Bird|name]] ("[[Birdy|name]]"), girlfriend [[Lacey Sayer|name]] of
[[Earsham|place]]. [[Kaiden|name]] said [[Lacey|name]]'s mum [[Kerry|name]] "lets us chill there".
[[Kaiden|name]] said on [[28 Nov|date]] he slept at "[[Rhys|name]]'s nan's" in [[Heigham|place]]; nan is Nanna "[[Pat|name]]". He was
dropped back at [[Bungay|place]] by [[Jordan|name]] on the [[29th|date]]. Next RHI worker: [[Shannon|name]] again.
"""),
    ("Snapchat and text messages typed up by police", """Messages from [[Kaiden|name]]'s phone (extract typed by PC [[Rudd|name]],
[[2/12/2026|date]])

[[skinz|name]]: u ready kc
[[kaido|name]]: ye at [[bungay|place]] bus stop
[[skinz|name]]: get the x41 to [[norwich|place]] [[rhys|name]] will meet u
[[kaido|name]]: what about [[jordan|name]]
[[skinz|name]]: dont tell [[jordo|name]] nuffin
[[kaido|name]]: my mum keeps ringing
[[skinz|name]]: block her. new line is [[07415 962 038|phone]] dont save it
[[kaido|name]]: wer is it
[[skinz|name]]: flat on [[dereham rd|address]]. [[rhys|name]] says bring the bag from [[earsham|place]]
[[kaido|name]]: ok
mum: [[KAIDEN|name]] WHERE ARE YOU. [[gary|name]] is out looking. call me x
[[kaido|name]]: im at [[tyler|name]]s in [[ditchingham|place]] stop stressin
[[birdy|name]]: kc u coming [[laceys|name]] later
[[kaido|name]]: cant [[skinz|name]] needs me
[[birdy|name]]: [[rhys|name]] is bad news bro
"""),
    ("exploitation panel minutes", """CONTEXTUAL SAFEGUARDING / EXPLOITATION PANEL - [[7 December 2026|date]]
Young person: [[CATCHPOLE, Kaiden|name]], [[Bungay|place]]. Presented by SW [[Toby Mace|name]].
Associates: "[[Skinz|name]]" believed to be [[Reece Skinner|name]] (19) of [[Heigham|place]], [[Norwich|place]];
[[Rhys Mutimer|name]] (22); [[Tyler Gower|name]] (15) of [[Ditchingham|place]] (also at [[Bungay High|school]]).
Locations: [[Dereham Road|address]] flats, [[Norwich|place]]; [[Bungay|place]] bus station; the skate park at [[Earsham|place]].
Brother [[Jordan Catchpole|name]] ([[12/02/2005|dob]]), [[Lowestoft|place]], known to police for supply; car [[AY16 WDF|vehicle]].
Mum [[Donna|name]] engaged; partner [[Gary Reeve|name]] supportive. School: head of year Mr [[Parfitt|name]]; [[Kaiden|name]]'s
attendance 61%.
Actions: NRM referral ([[Toby|name]]); disruption at [[Earsham|place]] (PC [[Rudd|name]]); mentoring with [[Ashley Bowden|name]]
(Matthew Project). Review [[4 January 2027|date]].
Also discussed: [[Mason Bird|name]] (15, [[Bungay|place]]) and [[Lacey Sayer|name]] (15, [[Earsham|place]]); both known to
PC [[Rudd|name]]. [[Lacey|name]]'s mum [[Kerry Sayer|name]] to be seen by [[Toby Mace|name]] on [[10/12|date]].
Locations added: [[Bungay|place]] castle grounds; [[Outney Common|place]]; Holy Trinity churchyard; the flats at
[[14 Kerrison Road|address]], [[Norwich|place]] [[NR1 1EA|postcode]] (address of [[Reece Skinner|name]]'s girlfriend [[Chantel Bugg|name]]).
"""),
    ("mother's email to the social worker", """From: [[donnaling84@hotmail.co.uk|email]]
Sent: [[5 December 2026|date]] 02:10
To: [[toby.mace@eastanglia-cs.example.org|email]]
Subject: [[kaiden|name]]

Hi [[Toby|name]], sorry its late. [[Kaiden|name]] went out again at 10 and isnt back. [[Gary|name]] has gone to [[Ditchingham|place]] to
[[Tyler|name]]s mums house ([[Lisa Gower|name]], [[2 Pirnhow Street|address]]) but no one answering. I rang 101, ref 0033.
Also [[Jordan|name]] rang me from a new number [[07412 583 096|phone]]... no sorry thats wrong its [[07931 406 725|phone]]? I dont know,
hes changed it again. I just want my boy home. My mum [[Jean Ling|name]] in [[Halesworth|place]] says he can go to hers for a bit.
[[Donna|name]]
PS [[Kaiden|name]]s dad [[Steve Catchpole|name]] in [[Beccles|place]] says he will have him for a week, tel
[[01986 892 364|phone]]. Dont know if thats a good idea. [[Gary|name]] thinks not.
"""),
]


# --- E. Rix / Gedge family (white British), Pulham Market ----------------------------------------------------------------

HOME_E = d.Address("2 Tattlepot Road", "", "Pulham Market", "IP21 4TR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Macy", "Rix")], dt.date(2013, 12, 1), addresses=[HOME_E], ids=["3130752501", "A926185380757"],
       schools=["Pulham Church of England Primary School"]),
    _p("m", "mother", [("Leanne", "Rix")], dt.date(1982, 9, 16), addresses=[HOME_E], phones=["07547 318 269"]),
    _p("s", "sibling", [("Alfie", "Gedge")], dt.date(2019, 4, 25), addresses=[HOME_E], ids=["5748458799"]),
], "c")

DOCS_E = [
    ("young carers' assessment", """YOUNG CARERS NEEDS ASSESSMENT (Carers Matter Norfolk)
Name: [[RIX, Macy|name]]   DOB [[01/12/2013|dob]]   NHS [[313 075 2501|nhs]]   UPN [[A926185380757|upn]]
Address: [[2 Tattlepot Road|address]], [[Pulham Market|place]], [[IP21 4TR|postcode]]. School:
[[Diss High School|school]], Year 8 (before that the primary in [[Pulham
Market|place]]).
Cared for: mum [[Leanne Rix|name]] (MS, uses a wheelchair since [[spring 2025|date]]); brother [[Alfie Gedge|name]] (7, autism).
[[Alfie|name]]'s dad [[Craig Gedge|name]] lives in [[Long Stratton|place]], sees [[Alfie|name]] every other Sunday.
[[Macy|name]] does: lifting mum, night checks, [[Alfie|name]]'s meltdowns, shopping at the [[Harleston|place]] Co-op on the bus.
Misses school about one day a week; tired. Friends: [[Ruby Self|name]], [[Imogen|name]] ("[[Immy|name]]").
Support: nan [[Sheila Rix|name]] in [[Pulham St Mary|place]] ([[01379 852 611|phone]]); neighbour Mrs [[Godbold|name]].
Plan: young carers club in [[Diss|place]] on Thursdays; OT visit for mum; short break for [[Alfie|name]].
Assessor: [[Gemma Howlett|name]], [[2nd December 2026|date]]. Mum's mobile [[07547 318 269|phone]].
[[Macy|name]]'s words: "I like art with Mr [[Goldsmith|name]] and I want to see [[Ruby|name]] more. [[Alfie|name]] is
hard but he's my brother." Signed [[M. Rix|name]]; [[Leanne Rix|name]]; [[G. Howlett|name]].
Other family: [[Macy|name]]'s dad [[Neil Rix|name]] died in 2019; aunt [[Michelle|name]] in [[Norwich|place]]; [[Alfie|name]]'s
paternal nan [[Brenda Gedge|name]] in [[Long Stratton|place]] ([[NR15 2PE|postcode]]).
"""),
    ("school attendance and safeguarding chronology", """DISS HIGH SCHOOL - chronology - [[Macy Rix|name]] 8W
[[08/09/26|date]] Absent. Mum rang: "[[Macy|name]] needed at home, [[Alfie|name]] not settling".
[[17/09/26|date]] Late 10.20. Said nan [[Sheila|name]] was ill so she took [[Alfie|name]] to [[Pulham|place]] school.
[[01/10/26|date]] Form tutor Ms [[Adeyemi|name]] noted [[Macy|name]] asleep in lessons.
[[15/10/26|date]] [[Macy|name]] told [[Ruby Self|name]] she does mum's tablets. [[Ruby|name]] told her mum [[Kate Self|name]].
[[22/10/26|date]] DSL [[Andrew Whiting|name]] spoke to mum by phone ([[07547 318 269|phone]]). Referral to young carers.
[[5/11/26|date]] [[Macy|name]] upset: [[Craig|name]] ([[Alfie|name]]'s dad) shouted at mum at the door at
[[Tattlepot Road|address]].
[[12/11/26|date]] Home visit by EWO [[Sue Chilvers|name]]: mum on the floor since 6am; [[Macy|name]] called [[Sheila|name]]. Ambulance.
[[13/11/26|date]] Mum in hospital (Norfolk and Norwich). [[Macy|name]] and [[Alfie|name]] at nan's, [[The Street|address]],
[[Pulham St Mary|place]].
[[2/12/26|date]] Young carers assessment by [[Gemma Howlett|name]]; copy to file.
[[3/12/26|date]] [[Ruby Self|name]]'s mum [[Kate|name]] offered lifts from
[[Pulham Market|place]] on Tuesdays. [[Andrew Whiting|name]] emailed [[Gemma Howlett|name]].
"""),
    ("young carer's texts to her nan", """Texts [[Macy|name]] -> nan [[Sheila|name]] (shown by nan to [[Gemma Howlett|name]],
[[3/12/26|date]])

[[macy|name]]: nan can u come mum fell again
nan: on my way darlin 10 mins
[[macy|name]]: [[alfie|name]] is screaming he wont put his shoes on
[[macy|name]]: [[craig|name]] said hed have him but hes not answering
nan: leave [[craig|name]] to me. is mum hurt
[[macy|name]]: her arm. shes laughing tho
[[macy|name]]: can [[immy|name]] come to yours after school we have a project
nan: course. tell her mum [[jo|name]] il drop her back in [[pulham market|place]]
[[macy|name]]: love u nan
[[macy|name]]: [[ruby|name]] says her mum [[kate|name]] can take me tues
nan: ok darlin. hows [[alfie|name]]
[[macy|name]]: hes watching bluey lol
"""),
    ("neighbour's phone call to the duty desk", """Duty call log - [[4 December 2026|date]] 18:22 - taken by [[Priti Shah|name]]
Caller: Mrs [[Ann Godbold|name]], [[4 Tattlepot Road|address]], [[Pulham Market|place]] [[IP21 4TR|postcode]], tel [[01379 654 083|phone]].
Says [[Leanne Rix|name]] next door is home from hospital but "the girl [[Macy|name]] is doing everything". Saw [[Macy|name]] (13)
pushing mum's chair up to the bus stop by the [[Pulham|place]] green at 7am with [[Alfie|name]]. A man in a white van
[[VN20 HKE|vehicle]] (she thinks [[Craig Gedge|name]]) parked outside last night till late shouting. Also says a lad
called [[Brandon|name]] from [[Starston|place]] has been hanging round [[Macy|name]].
Action: passed to SW [[Gemma Howlett|name]]; call back to Mrs [[Godbold|name]] [[5/12|date]].
Mrs [[Godbold|name]] also named [[Leanne|name]]'s friend [[Tina Sparkes|name]] from [[Harleston|place]] who
"pops in", and [[Leanne|name]]'s sister [[Michelle Rix|name]] in [[Norwich|place]].
"""),
]


# --- F. Woolnough / Sturman family (white British), Eye and Hoxne ---------------------------------------------------------

HOME_F = d.Address("11 Magdalen Street", "", "Eye", "IP23 7AJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Woolnough")], dt.date(2026, 7, 19), addresses=[HOME_F], ids=["1496120590"]),
    _p("m", "mother", [("Chloe", "Woolnough")], dt.date(2006, 3, 8), addresses=[HOME_F], phones=["07783 952 604"]),
    _p("f", "father", [("Jake", "Sturman")], dt.date(2003, 11, 21), phones=["07786 214 359"]),
], "c")

DOCS_F = [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[WOOLNOUGH, Ivy|name]]
DOB [[19.07.2026|dob]]  NHS [[149 612 0590|nhs]]  Address [[11 Magdalen Street|address]], [[Eye|place]], [[IP23 7AJ|postcode]]
Date [[3rd December 2026|date]], Eye Town Hall. Chair: [[Ruth Mayhew|name]] (independent chair).
Present: mother [[Chloe Woolnough|name]] (20); her mum [[Tracey Woolnough|name]]; SW [[Femi Adebayo|name]]; HV [[Jess Kindred|name]];
midwife [[Claire Stannard|name]]; PC [[Luke Orford|name]]; Dr [[Bhamra|name]] (GP, by email). Not invited: father
[[Jake Sturman|name]] ([[21/11/2003|dob]]), bail conditions not to attend [[Magdalen St|address]].
Background: on [[29 October 2026|date]] [[Ivy|name]] (14 weeks) was taken to Ipswich Hospital with a torn frenulum. Mum said
she was with [[Jake|name]] at his mum's in [[Hoxne|place]] ([[Low Street|address]]) and went to the shop; [[Jake|name]] said [[Ivy|name]]
"knocked her mouth on the bottle". Skeletal survey clear.
Police: [[Jake|name]] arrested [[30/10/2026|date]]; bailed to his mother [[Denise Sturman|name]], [[6 Low Street|address]],
[[Hoxne|place]] [[IP21 5AR|postcode]]. His friend [[Connor Mee|name]] from [[Stradbroke|place]] was also present that day.
Car [[KV70 OJX|vehicle]] seen at [[Eye|place]] twice since (PC [[Orford|name]]).
Mum's views: [[Chloe|name]] says she has ended it with [[Jake|name]]. She wants to stay in [[Eye|place]] near her mum and her
friend [[Niamh|name]] ([[Niamh Cattermole|name]], [[Yaxley|place]]).
Decision: child protection plan, category physical abuse. Lead SW [[Femi Adebayo|name]]. Core group [[17/12/2026|date]]; review
conference [[3 March 2027|date]].
Recorded by [[Bev Rumsby|name]]. Distribution: [[Chloe Woolnough|name]]; [[Jake Sturman|name]] (via
solicitor [[Oliver Pettit|name]]); [[Tracey Woolnough|name]]; [[Femi Adebayo|name]]; [[Jess Kindred|name]]; [[Claire Stannard|name]].
Police information: [[Jake Sturman|name]] has a caution ([[12/08/2024|date]], [[Stowmarket|place]]) for assault on
ex-partner [[Kelsey Ribbans|name]]; her son [[Reggie|name]] was present. Bail date [[11 January 2027|date]].
"""),
    ("health visitor's new birth and follow-up notes", """HV records - [[Ivy Woolnough|name]]
[[04/08/2026|date]] New birth visit, [[11 Magdalen St|address]], [[Eye|place]]. Mum [[Chloe|name]], dad [[Jake|name]] present.
[[Ivy|name]] feeding
well, 3.4kg. Dad quiet, on phone. Mum's mum [[Tracey|name]] lives in [[Brome|place]].
[[15/09/2026|date]] Clinic at [[Eye|place]]. [[Chloe|name]] tearful; says [[Jake|name]] "goes mad" when [[Ivy|name]] cries. EPDS 14.
Mum's number [[07783 952 604|phone]].
[[02/11/2026|date]] Visit after hospital. [[Chloe|name]] staying with [[Tracey|name]] at [[9 Rectory Road|address]],
[[Brome|place]] [[IP23 8AG|postcode]] for a week. [[Ivy|name]]'s mouth healing.
[[20/11/2026|date]] [[Chloe|name]] back at [[Magdalen Street|address]]. Said [[Jake|name]] messaged from [[07786 214 359|phone]] and
from his mate [[Connor|name]]'s phone. Her friend [[Niamh|name]] was there with her baby [[Oakley|name]].
[[1.12.26|date]] Weight 25th centile. Discussed with SW [[Femi|name]]. [[J. Kindred|name]] HV.
[[5.12.26|date]] Text from [[Chloe|name]]: [[Connor Mee|name]] parked outside again; told
SW [[Femi Adebayo|name]] and PC [[Orford|name]]. Nan [[Tracey|name]] staying tonight.
"""),
    ("mother's handwritten letter to the conference chair", """(handwritten, typed up by admin [[Bev Rumsby|name]], [[7/12/2026|date]])

Dear [[Ruth|name]],
I am [[Chloe|name]], [[Ivys|name]] mum. I didnt say much at the meeting as I was scared. I want you to no that I love [[Ivy|name]]
more then anything. [[jake|name]] is not in my life now, my mum [[tracey|name]] and my friend [[niamh|name]] help me. I have
blocked him and his mum [[denise|name]]. His mate [[connor|name]] keeps coming to [[eye|place]] in his car and my mum
wrote the reg down [[KV70 0JX|vehicle]]. I will do the freedom programe in [[Stowmarket|place]] if the social pays the bus.
[[Femi|name]] is nice but [[Jess|name]] the HV is better at explaining. Please can core group be at my mums in [[Brome|place]]
not in [[Ipswich|place]].
from [[Chloe Woolnough|name]]
[[11 Magdalen St|address]]
P.S. my nan [[Joan|name]] in [[Thornham Magna|place]] wants to come to core
group to. shes [[Ivys|name]] great nan.
"""),
    ("GP's email to the social worker", """From: Dr [[Harpreet Bhamra|name]] <[[h.bhamra@nhs.net|email]]>
To: [[Femi Adebayo|name]]
Date: [[2 December 2026|date]] 16:05
Subject: Re: ICPC - [[Ivy WOOLNOUGH|name]] [[1496120590|nhs]]

Dear [[Femi|name]],
Apologies, I cannot attend tomorrow. [[Ivy|name]] has been seen at the practice (Eye Health Centre) on [[6 Aug|date]], [[16 Sep|date]]
and [[2 Nov|date]]; immunisations up to date. Mother [[Chloe Woolnough|name]] ([[08/03/2006|dob]]) has been seen for low mood and
is on sertraline. Father [[Jake Sturman|name]] is registered with the [[Stradbroke|place]] surgery, not here.
Grandmother [[Tracey Woolnough|name]] is our patient too and has offered support. I have no concerns about her.
Kind regards, [[Harpreet|name]]
PS: the practice nurse, [[Ellen Fiske|name]], also saw [[Chloe|name]] on [[24 Nov|date]] with [[Niamh
Cattermole|name]], who is registered with us.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 235 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 00:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "mme",
           "madame", "nurse", "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "papa", "mami", "tonton", "babcia", "tata", "nanna", "pastor", "aunt"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "norfolk", "suffolk", "cameroon", "poland", "west region"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tonton Emmanuel", "Babcia Halina", "Mme Ngassa") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
