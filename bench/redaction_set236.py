"""Set 236: a held-out hand-written set for the redaction detector, six invented families in Woodbridge, Framlingham and
Aldeburgh (east Suffolk, England), written in one short sitting.

Written on 2026-12-07/08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set234.py, bench/redaction_set235.py and bench/redaction_set237.py and their tests (written by other helpers
at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked
at no detector output. What was read: bench/redaction_set213.py (its docstring, first two documents, one party line of each
record and its end: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and
tests/hand_set_checks.py in full, and a grep of bench/redaction_handwritten.py for its party(), Records and _parse() (about
40 lines, to see the record builder and the [[words|kind]] markup); bench/redaction_set181.py was not read (set 213 follows
its conventions and was copied instead). The docstrings only of bench/redaction_set*.py (not 234 to 237) were searched by a
script for the towns and for candidate European communities, printing only the set numbers that hit: Woodbridge,
Framlingham and Aldeburgh hit none; Melton (sets 64, 196, 217), Leiston and Saxmundham (set 93) hit, so no family lives
there; "Asturian" hit none (Faroese, Maltese, Sorbian, Frisian, Gagauz, Basque, Breton, Corsican, Romansh and others did).
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 935, Suffolk) made and checked with
python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, two in each town's area: an Asturian family from Gijón and Avilés (Spain) in Kingston, Woodbridge (Álvarez
Suárez / Suárez Fernández; a mother's low mood, a boy missing school, a father in Gijón threatening to take the children);
a white British girl of 14 in Framlingham (Cattermole / Pegg; online grooming by a man of 22 from Saxmundham, self-harm, a
stepfather's complaint); a young mother and baby in Fort Green, Aldeburgh (Ling / Threadkell; domestic abuse, a bruise on a
baby of 5 months, a move to the nan's in Thorpeness); an autistic boy of 11 and his bereaved, drinking father in Melton,
Woodbridge (Sheldrake; weight loss, an exclusion, an aunt in Rendlesham); a farming family in Dennington near Framlingham
(Revett; a girl of 13 disclosing sexual abuse by an uncle at Badingham, a strategy discussion); and a nan's kinship care in
Aldeburgh (Wade / Aldous; a mother in Ipswich with a partner running a county line, a boy of 12 exploited and missing).
The community new here is Asturian (from Asturias, Spain: Asturian names such as Xuan, Pelayo, Covadonga, Llara, Nel, and
the Asturian words "güela" and "Xixón"), which no earlier docstring searched names. 24 documents, each with its own style
label: a MASH referral from the school, a mother's WhatsApp messages in Spanish and Asturian translated, a mother's voice
note transcribed, a solicitor's letter scanned with OCR misreadings, a school safeguarding log (CPOMS export), Snapchat
messages typed up by the police, a stepfather's complaint by email, a young person's own words written with her advocate, a
health visitor's new birth and follow-up notes, a police domestic abuse log, a Facebook Messenger chat typed up by the IDVA, a
social worker's home visit case note, a GP letter, a child and family assessment extract, a SENCO's email, a social worker's
chronology, strategy discussion minutes, a form tutor's record of a disclosure, a mother's texts to the social worker, a
school nurse's health note, child protection conference minutes, a nan's handwritten letter scanned with OCR misreadings, a
police missing person log and a boy's own words written with his youth worker.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (some
streets are real street names, the house numbers on them invented). Phones are valid (phonenumbers), UK and Spanish (+34);
NHS numbers and UPNs pass their check digits. The council ("East Suffolk children's services", eastsuffolkcs.gov.uk), the
surgeries, solicitors and charities are invented or unmarked organisations; towns, villages, districts and estates are real
and marked as places.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, SW, HV, nan, nanny, uncle, aunty, papa, mamá, güela); "SURNAME, First" is one span, and
a double Spanish surname is one name span with its first name ("ÁLVAREZ SUÁREZ, Xuan"); initials alone are not marked;
usernames are not marked (teg_xo_12, j.dn77); weekdays stay outside date spans; organisations holding a town's name stay
unmarked ("Ipswich Hospital", "Aldeburgh Surgery", "Framlingham Surgery", "Suffolk Constabulary", "Snape Maltings");
countries and regions ("Spain", "Asturias", "Suffolk") are not places; an OCR misreading keeps its kind; landmarks are not
marked ("the Moot Hall", "the Scallop", "the castle", "the lighthouse").

Choices this set had to make: chat speaker labels are names ("keeley:", "shannon:"); a pet's name ("Pickle", "Sailor",
"Tyson", "Domino") is marked as a name; short forms of towns in chats ("fram", "sax") are places; "Xixón" (Asturian for
Gijón) is a place; a Spanish street address and its postcode ("Calle Celestino Junquera 14", "33202") are marked as address
and postcode; "Hill Farm", "Church Farm Cottages", "Cromwell House" and a road named alone ("Crag Path", "Park Road",
"Kingston Mews") are addresses; a shop, clinic, school or library named in lower-case words by its town ("the Framlingham
Co-op", "Aldeburgh clinic", "Dennington school", "the Leiston skate park", "Ipswich units") marks the town; every school and
nursery named is a school span, in headers too ("THOMAS MILLS HIGH SCHOOL", "Little Acorns"); Orford is a place when it is
the village ("crabbing at orford") and a name when it is the neighbour ("Mrs Orford", "Pam Orford"); "Aldous" and "Ling" are
surnames only; "Asturias airport" is unmarked; a man's date of birth in a police note is dob, not date; a festival
("Christmas", "navidá") and a month alone ("May", "September") are dates, a weekday alone is not.

Self-check without the detector: `python -m bench.redaction_set236` (and tests/test_redaction_set236.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 915 gold spans, 506 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Álvarez / Suárez family (Asturian, from Gijón and Avilés), Kingston, Woodbridge -----------------------------------

HOME_A = d.Address("9 Kingston Mews", "Kingston", "Woodbridge", "IP12 4BS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Xuan", "Álvarez Suárez")], dt.date(2016, 6, 3), addresses=[HOME_A], ids=["9455723328",
       "Y935739735680"], schools=["Kyson Primary School"]),
    _p("s", "sibling", [("Aida", "Álvarez Suárez")], dt.date(2021, 2, 11), addresses=[HOME_A], ids=["9791957576"]),
    _p("m", "mother", [("Covadonga", "Suárez Fernández")], dt.date(1988, 9, 22), addresses=[HOME_A], phones=["07814 392 065"]),
    _p("f", "father", [("Pelayo", "Álvarez Menéndez")], dt.date(1985, 1, 14), phones=["+34 684 21 39 57"]),
], "c")

DOCS_A = [
    ("MASH referral from the school", """MASH REFERRAL FORM - received [[02/11/2026|date]] 10:14
Child: [[ÁLVAREZ SUÁREZ, Xuan|name]]   DOB [[03/06/2016|dob]]   NHS [[945 572 3328|nhs]]   UPN [[Y935739735680|upn]]
School: [[Kyson Primary School|school]], [[Woodbridge|place]]   Referrer: [[Helen Stannard|name]] (DSL)
Address: [[9 Kingston Mews|address]], [[Kingston|place]], [[Woodbridge|place]] [[IP12 4BS|postcode]]
Mother: [[Covadonga Suárez Fernández|name]] ("[[Cova|name]]"), tel [[07814 392 065|phone]]
Father: [[Pelayo Álvarez Menéndez|name]], now in [[Gijón|place]], Spain, tel [[+34 684 21 39 57|phone]]
Sibling: [[Aida|name]], aged 5, at [[Woodbridge|place]] nursery ([[Little Acorns|school]]).

Concerns: [[Xuan|name]] has missed 19 sessions since [[7 September|date]]. When in school he is tired and says mum "cries in the
kitchen". On [[30/10/26|date]] he told his teacher Mr [[Ockenden|name]] that papa [[Pelayo|name]] is coming to "take us to
[[Xixón|place]]" (the Asturian name for [[Gijón|place]]) at [[Christmas|date]]
and that güela [[Cuca|name]] has a room ready in [[Avilés|place]].
Mum's friend [[Begoña Iglesias|name]] from [[Melton|place]] collected [[Xuan|name]] on [[31.10.2026|date]]; she said
[[Cova|name]] was "in bed, very sad". Mrs [[Patel|name]] next door at [[no. 11|address]] has been feeding the children tea.
[[Xuan|name]]'s friend [[Oscar Bloomfield|name]] told his own mum [[Lucy Bloomfield|name]] that [[Xuan|name]] "hasn't got a coat".
Consent: spoken to [[Cova|name]] by phone [[01/11/2026|date]] in English and Spanish (TA [[Marisol\nGutiérrez|name]]
interpreted). She agreed.
"""),
    ("mother's WhatsApp messages in Spanish and Asturian, translated", """WhatsApp: [[Cova|name]] to her sister [[Llara Suárez|name]]
([[+34 985 23 41 67|phone]]), shown to SW [[Tom Kerridge|name]] on [[10/11/2026|date]], translated by [[Nerea Pando|name]]

[[08/11/2026|date]] 22:41  [[Llara|name]] nun puedo más. [[Pelayo|name]] diz que va llevar a [[Xuan|name]] a [[Xixón|place]].
[[08/11/2026|date]] 22:43  la güela [[Cuca|name]] yá tien el cuartu preparáu n'[[Avilés|place]]
[[08/11/2026|date]] 22:50  equí en [[woodbridge|place]] namás tengo a [[begoña|name]] y a la vecina Mrs [[Patel|name]]
[[09/11/2026|date]] 07:02  [[aida|name]] tuvo fiebre tola nueche. nun fui al trabayu en [[Martlesham|place]]
[[09/11/2026|date]] 07:05  [[llara|name]]: ven tu en [[navidá|date]]? [[xuan|name]] pregunta por ti y pol primu [[Nel|name]]

Translation ([[Nerea Pando|name]], [[10/11/2026|date]]):
"[[Llara|name]] I can't take any more. [[Pelayo|name]] says he will take [[Xuan|name]] to [[Gijón|place]]. / Granny [[Cuca|name]]
already has the room ready in [[Avilés|place]]. / Here in [[Woodbridge|place]] I only have [[Begoña|name]] and the neighbour
Mrs [[Patel|name]]. / [[Aida|name]] had a fever all night. I didn't go to work in [[Martlesham|place]]. / [[Llara|name]]: are you
coming at [[Christmas|date]]? [[Xuan|name]] asks for you and for his cousin [[Nel|name]]."
Note: "güela" is Asturian for grandmother; [[Cuca|name]] is [[Refugio Menéndez|name]], [[Pelayo|name]]'s mother. "[[Nel|name]]" is
[[Manuel Suárez|name]], aged 8, in [[Oviedo|place]].
[[Cova|name]] added on [[10/11|date]]: [[Llara|name]]'s husband [[Xosé Antón Rionda|name]] drives a lorry to [[Felixstowe|place]]
and could "bring güela [[Cuca|name]] over"; [[Begoña|name]] lives at [[3 Tide Mill Way|address]], [[Melton|place]] [[IP12 1GQ|postcode]].
"""),
]

DOCS_A += [
    ("mother's voice note transcribed by the social worker", """Voice note from [[Cova Suárez|name]] to SW [[Tom Kerridge|name]],
[[17/11/2026|date]] 21:58, 3 min 12 s, transcribed by [[Tom Kerridge|name]] the next morning (her English kept as said)

"Hello [[Tom|name]], is [[Covadonga|name]], [[Xuan|name]]'s mum. Sorry so late. Today [[Pelayo|name]] he call me from [[Gijón|place]],
from the number [[+34 684 21 39 57|phone]], and he say his mother, [[Refugio|name]], she buy the tickets from [[Stansted|place]] for
the [[twenty-one of December|date]]. I don't sign nothing. [[Xuan|name]] listen this and he cry, he say 'mamá I don't want to leave
[[Oscar|name]] and Mr [[Ockenden|name]]'. My friend [[Bego|name]], [[Begoña|name]], she say I must call you. Also [[Aida|name]] is
better, no more fever, the doctor at [[Woodbridge|place]], Dr [[Whitmore|name]], he see her on Monday. I go to work
again Thursday in [[Martlesham|place]] at the packing. Mrs [[Patel|name]] she take the children after school, she is very kind,
her name is [[Hansa|name]]. My sister [[Llara|name]] come on the [[eighteen of December|date]], she stay with us in
[[Kingston Mews|address]]. OK. Call me tomorrow please, [[07814 392 065|phone]]. Bye, thank you [[Tom|name]]."

SW note: passports of [[Xuan|name]] and [[Aida|name]] held by mum. Advised on a prohibited steps order; solicitor
[[Rachel Fulcher|name]] ([[Ipswich|place]]). Flight checked: [[Stansted|place]] to Asturias airport? - no direct; via
[[Madrid|place]].
"""),
    ("solicitor's letter scanned with OCR misreadings", """[scanned [[2l/ll/2O26|date]], OCR text; misreadings kept]

FULCHER & CO S0LICIT0RS, [[lpswich|place]]

0ur ref: RF/ALV/236                                  [[20 N0vember 2O26|date]]

Dear Mr [[Kerridge|name]],

Re: [[Xuan A1varez Suarez|name]] (DOB [[O3.O6.2Ol6|dob]]) and [[Aida AIvarez Suarez|name]] (DOB [[ll.O2.2O2l|dob]])

We act for Ms [[Covadonga Suarez Fernandez|name]] of [[9 Kingst0n Mews|address]], [[W00dbridge|place]] [[IPl2 4BS|postcode]]. Our
c1ient's former partner, [[Pe1ayo A1varez Menendez|name]], of [[Calle Ce1estino Junquera 14|address]], [[33202|postcode]]
[[Gij0n|place]], has told her he wi11 take the chi1dren to Spain on [[2l December|date]]. His mother, [[Refugio Menendez|name]] of
[[Aviles|place]], has booked f1ights. Our c1ient does not consent.
We have issued an app1ication for a prohibited steps order at the Family Court in [[lpswich|place]]; hearing
[[4 Decernber 2O26|date]]. P1ease confirm the MASH has been to1d.

[OCR note by admin [[Kay Pettit|name]]: page 2 (the c1ient's statement) was not scanned; original on fi1e.]

P1ease send any report to [[r.fulcher@fulcherlaw.co.uk|email]] or te1ephone [[01394 496 018|phone]].

Yours faithfu11y,
[[Rache1 Fu1cher|name]]
Solicitor
"""),
]

# --- B. Cattermole / Pegg family (white British), Framlingham; online grooming and self-harm -----------------------------

HOME_B = d.Address("22 Castle Brooks", "Framlingham", "Woodbridge", "IP13 9SF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Cattermole")], dt.date(2012, 5, 30), addresses=[HOME_B], ids=["1067384073",
       "J935828769265"], schools=["Thomas Mills High School"]),
    _p("m", "mother", [("Kerry-Ann", "Cattermole")], dt.date(1990, 12, 2), addresses=[HOME_B], phones=["07951 283 704"]),
    _p("o", "stepfather", [("Wayne", "Pegg")], dt.date(1983, 7, 19), addresses=[HOME_B], phones=["07723 618 490"]),
], "c")

DOCS_B = [
    ("school safeguarding log (CPOMS export)", """[[THOMAS MILLS HIGH SCHOOL|school]] - safeguarding log export
Student: [[CATTERMOLE, Tegan|name]] (Y9)   DOB [[30.05.2012|dob]]   UPN [[J935828769265|upn]]

[[15/09/2026|date]] 11:20  [[Tegan|name]] seen crying in the library by Mrs [[Heffer|name]]. Said "[[Jay|name]]" from Snapchat is
her boyfriend and is 17. Logged by [[Anna Kemball|name]].
[[22/09/2026|date]] 08:50  Mum [[Kerry-Ann|name]] rang ([[07951 283 704|phone]]): [[Tegan|name]] out till 11pm in [[Wickham Market|place]].
[[06/10/2026|date]] 13:05  Friend [[Lola Garrod|name]] told PE teacher Mr [[Spall|name]] that [[Teg|name]] has cuts on her
arms and that "[[Jay|name]]" picks her up by the [[Framlingham|place]] Co-op in a silver Corsa, [[AY19 FKD|vehicle]].
[[07/10/2026|date]] 09:30  DSL [[Anna Kemball|name]] spoke to [[Tegan|name]]. [[Jay|name]] is "[[Jayden|name]]", lives in
[[Saxmundham|place]]. School nurse [[Ruth Pipe|name]] dressed arms.
[[07/10/2026|date]] 15:40  MASH referral. Stepdad [[Wayne Pegg|name]] called back from [[07723 618 490|phone]], angry.
[[12th Oct|date]]  [[Tegan|name]]'s nan [[Pauline Cattermole|name]] of [[4 Double Street|address]], [[Framlingham|place]]
[[IP13 9BN|postcode]] came in: [[Tegan|name]] stayed with her at the weekend.
[[3/11/26|date]]  [[Lola|name]]'s mum Mrs [[Garrod|name]] reports [[Tegan|name]] sent [[Lola|name]] a photo of vodka from a flat "in
[[Leiston|place]]".
[[19 Nov 2026|date]]  [[Tegan|name]] absent. Police (PC [[Sadie\nWoolnough|name]]) found her at [[Aldringham|place]] at 02:10.
"""),
    ("Snapchat messages typed up by the police", """Suffolk Constabulary - extract from [[Tegan|name]]'s phone, typed by DC [[Kieran
Mayhew|name]] on [[20/11/2026|date]]. Usernames kept as shown (teg_xo_12, j.dn77).

teg_xo_12: [[jay|name]] u coming 2 [[fram|place]] tonite
j.dn77: cant babe [[mikey|name]] has the car. get the bus 2 [[sax|place]]
teg_xo_12: mum wll kill me. [[wayne|name]] is home
j.dn77: tell her ur at [[lolas|name]]. ill get u at [[leiston|place]] co op 9
teg_xo_12: ok. [[lola|name]] sed [[jayden|name]] ur not 17
j.dn77: [[lola|name]] is a liar. delete this x
teg_xo_12: who is [[kasey|name]]? she messaged me
j.dn77: no1. my cuz. shes from [[ipswich|place]]
teg_xo_12: [[jay|name]] i cut agen
j.dn77: send pic
DC [[Mayhew|name]]'s note: "[[mikey|name]]" may be [[Michael Durrant|name]], DOB [[14/02/2001|dob]], of [[Flat 6, 12 High Street|address]],
[[Leiston|place]] [[IP16 4EL|postcode]]. "[[Jayden|name]]" believed [[Jayden Moss|name]], 22, [[Saxmundham|place]].
"""),
]

DOCS_B += [
    ("stepfather's complaint by email", """From: [[Wayne Pegg|name]] <[[waynepegg83@hotmail.co.uk|email]]>
To: complaints@ (children's services)
Date: [[21 November 2026|date]] 23:17
Subject: COMPLAINT - SW [[Yusuf Demir|name]]?? no - [[Hollie Brundish|name]]

I want to complain about your social worker [[Hollie Brundish|name]] who came to our house at [[22 Castle Brooks|address]] on
Thursday [[19th|date]] without ringing first. My partner [[Kerry-Ann|name]] was at work at [[Wickham Market|place]] and I had to let her
in with our dog [[Tyson|name]] going mad. She spoke to me like I was the problem when the problem is [[JAYDEN MOSS|name]] from
[[Saxmundham|place]] and his mate [[MICHAEL DURRANT|name]] who the police KNOW about. I told PC [[Woolnough|name]] in [[September|date]]
their car reg [[AY19 FKD|vehicle]] and nothing happened.
[[Tegan|name]] is 14. She is not "choosing" anything. [[Hollie|name]] wrote in her letter that [[Teg|name]] has "a relationship"
with [[Jayden|name]]. That is disgusting. Her nan [[Pauline|name]] in [[Double Street|address]] cried when she read it.
I also want it on record that [[Kerry|name]] rang your duty line [[01728 496 211|phone]] on [[22/09/2026|date]] and nobody called back.
I want a different SW. I want a meeting with her manager [[Sarah Jolly|name]]. My mobile is [[07723 618 490|phone]].
[[Wayne Pegg|name]] (stepdad) - and [[Kerry-Ann Cattermole|name]] agrees, she is cc'd [[kerryann.c@gmail.com|email]]
"""),
    ("a young person's own words, written with her advocate", """MY VIEWS for my review - by [[Tegan Cattermole|name]] (age 14),
typed by [[Priya Malde|name]] (advocate) on [[01/12/2026|date]], my words

I live in [[fram|place]] with mum, [[wayne|name]] and my little brother [[Ollie|name]] (he is 6 and annoying but cute). I used to
think [[jay|name]] loved me. he said i was mature. now i know he had other girls like [[kasey|name]] in [[ipswich|place]] and a
girl from [[Halesworth|place]]. [[mikey|name]] used to drive us to the beach at [[Dunwich|place]] and [[Sizewell|place]] and they gave me
vodka. i dont want to go to court but i want them to stop.
at school i like Mrs [[Heffer|name]] in the library and my mate [[Lola|name]]. i dont like the police lady [[sadie|name]] she was
nice but she told mum everything. i want to see my real dad [[Craig|name]] who lives in [[Kesgrave|place]] but mum says no.
nan [[Pauline|name]] is my safe person. her house is [[4 Double St|address]], near the castle.
i still cut sometimes. [[Ruth|name]] the school nurse helps. my counsellor at Kooth is called [[Sam|name]] (not a real name?).
Signed [[Tegan|name]] x   Advocate: [[P. Malde|name]]
PS from [[Priya|name]]: [[Tegan|name]] asked me to add that her brother is [[Oliver Pegg|name]] ([[Ollie|name]]) and that her real
dad's name is [[Craig Hindes|name]], last known at [[Bell Lane|address]], [[Kesgrave|place]]. I will pass this to SW
[[Hollie Brundish|name]] and IRO [[Martin Seago|name]]. Review on [[16 December|date]] at [[Framlingham|place]] library.
"""),
]

# --- C. Ling / Threadkell family (white British), Fort Green, Aldeburgh; a baby and domestic abuse -----------------------

HOME_C = d.Address("Flat 3, 41 Park Road", "Fort Green", "Aldeburgh", "IP15 5EU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Archie", "Ling")], dt.date(2026, 4, 19), addresses=[HOME_C], ids=["5658864984"]),
    _p("m", "mother", [("Shannon", "Ling")], dt.date(2004, 3, 8), addresses=[HOME_C], phones=["07469 205 371"]),
    _p("f", "father", [("Callum", "Threadkell")], dt.date(2002, 10, 27), phones=["07588 740 126"]),
], "c")

DOCS_C = [
    ("health visitor's new birth and follow-up notes", """HEALTH VISITING - contact record
Infant: [[Archie Ling|name]]   DOB [[19/04/2026|dob]]   NHS [[5658864984|nhs]]
Mother: [[Shannon Ling|name]] (DOB [[08/03/2004|dob]]), [[Flat 3, 41 Park Road|address]], [[Fort Green|place]], [[Aldeburgh|place]]
[[IP15 5EU|postcode]]. Mob [[07469 205 371|phone]]. GP: Dr [[Fiona Cady|name]], Aldeburgh Surgery.

[[28/04/26|date]] New birth visit, HV [[Jess Ransome|name]]. [[Archie|name]] feeding well. FOB [[Callum Threadkell|name]] present,
answered most questions for [[Shannon|name]]. Maternal gran [[Donna Ling|name]] lives in [[Thorpeness|place]].
[[9 June 2026|date]] 6-8 week review at [[Aldeburgh|place]] clinic. [[Shannon|name]] tearful; says [[Cal|name]] "checks my phone".
Routine enquiry: disclosed he pushed her on [[Crag Path|address]] in [[May|date]]. Given IDVA number.
[[14/08/2026|date]] No access. Neighbour [[Bev Kerrison|name]] ([[flat 4|address]]) said "they were screaming Sunday".
[[2 Sept|date]] [[Shannon|name]] at [[Donna|name]]'s, [[7 Sandy Lane|address]], [[Thorpeness|place]], [[IP16 4NP|postcode]].
Small bruise on [[Archie|name]]'s left cheek, "[[Callum|name]] caught him with his watch". Paediatric review at
Ipswich Hospital same day (Dr [[Okonedo|name]]); child protection medical; police: PC [[Gary\nBird|name]].
[[16.09.2026|date]] [[Shannon|name]] says [[Callum|name]] now at his mum's in [[Knodishall|place]] ([[Sue Threadkell|name]],
[[Coldfair Green|place]]). Safety plan: [[Callum|name]] not to come to [[Park Road|address]].
"""),
    ("police domestic abuse log", """SUFFOLK CONSTABULARY - DOMESTIC ABUSE STORM LOG 0412 of [[05/10/2026|date]]
Location: [[41 Park Road|address]], [[Aldeburgh|place]] [[IP15 5EU|postcode]] (flat 3). Caller: [[LING, Shannon|name]]
[[07469 205 371|phone]].
Suspect: [[THREADKELL, Callum James|name]] DOB [[27/10/2002|dob]], NI [[JK 36 41 28 B|ni]], mob [[07588 740 126|phone]],
vehicle white Transit [[EO17 WRX|vehicle]].
Child: [[Archie|name]], 5 months, asleep in cot.
01:12 Caller says [[Callum|name]] kicked the door in after drinking at the Cross Keys with [[Ryan Baggott|name]].
01:20 PC [[Bird|name]] and PC [[Neha Chauhan|name]] en route from [[Leiston|place]].
01:34 On scene. [[Callum|name]] decamped towards the Moot Hall and the beach. [[Shannon|name]] has a cut lip.
02:05 [[Callum|name]] located on [[King Street|address]] by PCSO [[Woods|name]]; arrested for ABH and breach of bail.
02:40 [[Donna Ling|name]] attended from [[Thorpeness|place]] to take [[Shannon|name]] and baby. DASH: high, 17 ticks.
Previous: [[27/05/2026|date]] [[Crag Path|address]], verbal; [[11 July|date]] Snape Maltings car park, no crime.
OIC: DC [[Laura Frost|name]]. Referral to MASH and MARAC ([[08.10.26|date]]).
"""),
]

DOCS_C += [
    ("Facebook Messenger chat typed up by the IDVA", """Messenger chat between [[Shannon Ling|name]] and her friend [[Keeley Mann|name]],
typed up by IDVA [[Becky Lusher|name]] with [[Shannon|name]]'s consent, [[07/10/2026|date]]

[[keeley|name]]: u ok hun?? heard the sirens on [[park rd|address]]
[[shannon|name]]: no. [[cal|name]] kicked the door in. hes been nicked
[[keeley|name]]: omg is [[archie|name]] ok
[[shannon|name]]: hes fine hes at my mums in [[thorpeness|place]] with me
[[keeley|name]]: [[ryan|name]] was with him at the keys all night. [[ryan baggott|name]] is bad news
[[shannon|name]]: i know. [[cals|name]] mum [[sue|name]] keeps ringing from [[knodishall|place]] saying i got him locked up
[[keeley|name]]: block her. come to mine in [[leiston|place]] if u need, [[Valley Road|address]]
[[shannon|name]]: thanks babe. the social is coming weds. a man called [[daniel|name]]?? or [[dom|name]]
[[keeley|name]]: its [[dan okoro|name]] he had my cousin [[tiana|name]]. hes alright
[[shannon|name]]: [[archie|name]]s 6 month jabs are the [[21st|date]] at [[aldeburgh|place]]
[[keeley|name]]: ill drive u. my new number is [[07506 938 217|phone]]
[[shannon|name]]: love u x
"""),
    ("social worker's home visit case note", """CASE NOTE - home visit - [[14/10/2026|date]] - SW [[Daniel Okoro|name]]
Visit to [[Donna Ling|name]]'s home, [[7 Sandy Lane|address]], [[Thorpeness|place]], where [[Shannon|name]] and [[Archie|name]] (NHS
[[565 886 4984|nhs]]) are staying. Present: [[Shannon|name]], [[Donna|name]], [[Donna|name]]'s partner [[Steve Pinner|name]].
[[Archie|name]] seen awake, clean, smiling; cheek healed. Cot in [[Donna|name]]'s back bedroom. Formula and nappies enough.
[[Shannon|name]] says she will not go back to [[Fort Green|place]] while [[Callum|name]] has a key; council housing officer
[[Mel Burrows|name]] is looking at a move to [[Saxmundham|place]] or [[Framlingham|place]]. [[Callum|name]] is on bail to
[[Coldfair Green|place]], [[Knodishall|place]] ([[3 Judith Avenue|address]], [[IP17 1SW|postcode]]), not to contact [[Shannon|name]].
[[Shannon|name]] showed me a text from [[Callum|name]]'s number [[07588 740 126|phone]] on [[12/10|date]] ("ur dead to me").
Reported to DC [[Frost|name]] the same day.
[[Steve|name]] has a caution from 2011 (checked: [[Steven Pinner|name]], DOB [[02/09/1970|dob]]); no risk to a child noted.
[[Donna|name]] works at the [[Aldeburgh|place]] bakery; [[Shannon|name]]'s younger sister [[Kayla Ling|name]] (16) helps with
[[Archie|name]] after college in [[Leiston|place]].
[[Kayla|name]]'s boyfriend [[Jack Mower|name]] from [[Aldringham|place]] drops her back; [[Shannon|name]] says he is "fine".
Plan: IDVA [[Becky Lusher|name]] to visit [[20/10/2026|date]]; HV [[Jess Ransome|name]] on the [[21st|date]]; child in need meeting
[[3rd November|date]].
"""),
]

# --- D. Sheldrake family (white British), Melton, Woodbridge; an autistic boy and a grieving father --------------------

HOME_D = d.Address("5 Saddlemakers Lane", "Melton", "Woodbridge", "IP12 1PT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Toby", "Sheldrake")], dt.date(2015, 8, 27), addresses=[HOME_D], ids=["1776645510",
       "M935293478388"], schools=["Melton Primary School"]),
    _p("f", "father", [("Darren", "Sheldrake")], dt.date(1980, 4, 5), addresses=[HOME_D], phones=["07392 516 843"]),
], "c")

DOCS_D = [
    ("GP letter to children's services", """Deben Valley Medical Practice (invented)
[[Woodbridge|place]]

[[17 October 2026|date]]

Dear Ms [[Abbott|name]],

Re: [[Toby SHELDRAKE|name]], DOB [[27/08/2015|dob]], NHS No. [[177 664 5510|nhs]]
[[5 Saddlemakers Lane|address]], [[Melton|place]], [[Woodbridge|place]], [[IP12 1PT|postcode]]

I saw [[Toby|name]] with his father Mr [[Darren Sheldrake|name]] on [[15/10/2026|date]]. [[Toby|name]] is autistic (diagnosed at
[[Ipswich|place]] in 2021 by Dr [[Anjali Rao|name]]) and has lost 2.5 kg since [[June|date]]. His mother, [[Nicola Sheldrake|name]],
died in [[March 2025|date]]. Mr [[Sheldrake|name]] told me he is drinking "a bottle most nights" and has not worked since his
job at [[Bawdsey|place]] ended. [[Toby|name]]'s aunt, [[Claire Goddard|name]] of [[Rendlesham|place]] ([[07985 362 410|phone]]), helps
at weekends.
I am worried about [[Toby|name]]'s weight and his father's low mood. I have referred Mr [[Sheldrake|name]] to Turning Point
and asked the school nurse, [[Gill Marjoram|name]], to weigh [[Toby|name]] weekly at [[Melton Primary|school]].

Yours sincerely,
Dr [[Hugh Lanyon|name]]
GP partner, cc Dr [[Rao|name]]; [[hugh.lanyon@nhs.net|email]]
"""),
    ("child and family assessment (extract)", """CHILD AND FAMILY ASSESSMENT - [[SHELDRAKE, Toby|name]]
Started [[19/10/2026|date]]; completed [[27/11/2026|date]] by SW [[Rebecca Abbott|name]]; manager [[Ian Stebbings|name]].
Household: [[Toby|name]] (11) and dad [[Darren|name]] ([[05/04/1980|dob]], [[07392 516 843|phone]]) at [[Saddlemakers Lane|address]],
[[Melton|place]]. Paternal grandfather [[Roy Sheldrake|name]] lives at [[Bredfield|place]] and does not drive.

Child's views: [[Toby|name]] likes trains, the [[Woodbridge|place]] tide mill and his cat [[Pickle|name]]. He told me "dad sleeps
on the settee and I make toast". He misses mum ("[[Nic|name]]") and keeps her photo in his bag. His friend at school is [[Alfie
Sprake|name]]; [[Alfie|name]]'s dad [[Lee Sprake|name]] sometimes gives [[Toby|name]] tea at their house in [[Ufford|place]].
Parent's views: [[Darren|name]] said "I'm not a drunk, I'm sad". He agreed to see [[Marcus|name]] at the drug and alcohol service.
Education: [[Melton Primary School|school]]; SENCO Mrs [[Janine Howlett|name]] says attendance 71%. Exclusion [[3.11.26|date]]
for biting TA [[Chloe Rudd|name]]. EHCP request sent [[10 Nov|date]].
Extended family: aunt [[Claire Goddard|name]], [[14 Sycamore Drive|address]], [[Rendlesham|place]], [[IP12 2GE|postcode]]; uncle
[[Mark Goddard|name]]. Neighbour Mrs [[Orford|name]] at [[no. 7|address]] (her name, not the village) keeps a spare key.
Analysis: neglect through a bereaved parent's drinking; no intent. Plan: child in need; review [[8 January 2027|date]].
"""),
]

DOCS_D += [
    ("SENCO's email to the social worker", """From: [[Janine Howlett|name]] <[[senco@melton.suffolk.sch.uk|email]]>
Sent: Wednesday, [[25 November 2026|date]] 16:02
To: [[Rebecca Abbott|name]] <[[rebecca.abbott@eastsuffolkcs.gov.uk|email]]>
Cc: [[Gill Marjoram|name]]
Subject: [[Toby S|name]] - this week

Hi [[Becca|name]],
Quick update on [[Toby|name]]. He was weighed today by [[Gill|name]]: up 0.4 kg, so the breakfast club is working. Mrs
[[Cooper|name]] who runs it says he eats two bowls. He was upset on Tuesday because [[Pickle|name]] the cat has gone missing;
[[Darren|name]] thinks a neighbour in [[Wilford Bridge Road|address]] took it in.
[[Darren|name]] came to the school gate on Monday [[23rd|date]] smelling of drink at 3.15. Our head, Mr [[Neville Ashby|name]],
asked [[Alfie|name]]'s dad [[Lee|name]] to take [[Toby|name]] home with him to [[Ufford|place]]; [[Claire|name]] ([[Toby|name]]'s
aunt) collected from there at 6. She rang me from [[07985 362 410|phone]].
The EHCP request is with the LA; the EP, Dr [[Saoirse Kelleher|name]], visits on [[4 Dec|date]].
[[Toby|name]]'s UPN for your form: [[M935293478388|upn]].
Thanks, [[Janine|name]]
SENCO, [[Melton Primary School|school]], [[Melton|place]], [[IP12 1PG|postcode]]
"""),
    ("social worker's chronology", """CHRONOLOGY - [[Toby Sheldrake|name]] ([[27/08/2015|dob]])
[[27.08.2015|date]]  Born at Ipswich Hospital to [[Nicola|name]] and [[Darren Sheldrake|name]]; home [[Melton|place]].
[[Mar 2021|date]]  Autism diagnosis, Dr [[Anjali Rao|name]].
[[Sept 2021|date]]  Starts [[Melton Primary|school]].
[[14 March 2025|date]]  Mother [[Nicola Sheldrake|name]] dies at St Elizabeth Hospice.
[[Apr 2025|date]]  Bereavement support from [[Kerry Nunn|name]] (Nurture Suffolk, invented) - father declines after two sessions.
[[June 2026|date]]  Father loses job at [[Bawdsey|place]] boatyard; neighbour [[Pam Orford|name]] ([[7 Saddlemakers Lane|address]])
starts giving [[Toby|name]] tea.
[[15/10/2026|date]]  GP Dr [[Hugh Lanyon|name]] sees [[Toby|name]]; weight loss; father drinking. Letter [[17/10|date]].
[[19/10/2026|date]]  Assessment starts, SW [[Rebecca Abbott|name]].
[[03/11/2026|date]]  Exclusion, one day, for biting TA [[Chloe Rudd|name]].
[[10/11/2026|date]]  EHCP request. [[Toby|name]] stays weekend with aunt [[Claire Goddard|name]] at [[Rendlesham|place]].
[[23/11/2026|date]]  Father at school gate smelling of drink; [[Lee Sprake|name]] takes [[Toby|name]] to [[Ufford|place]].
[[27/11/2026|date]]  Assessment done; CIN plan. Grandad [[Roy|name]] ([[Bredfield|place]]) offers Sunday lunches.
[[2 Dec 2026|date]]  [[Darren|name]] starts with [[Marcus Bevan|name]] at Turning Point, [[Woodbridge|place]]. [[Pickle|name]] found
in [[Wilford\nBridge Road|address]].
"""),
]

# --- E. Revett family (white British, farming), Dennington near Framlingham; a disclosure of sexual abuse ----------------

HOME_E = d.Address("2 Church Farm Cottages", "Dennington", "Woodbridge", "IP13 8AJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Revett")], dt.date(2013, 11, 9), addresses=[HOME_E], ids=["8832866439", "F935415438185"],
       schools=["Thomas Mills High School"]),
    _p("m", "mother", [("Julie", "Revett")], dt.date(1978, 2, 17), addresses=[HOME_E], phones=["01728 496 027"]),
    _p("f", "father", [("Martin", "Revett")], dt.date(1975, 6, 30), addresses=[HOME_E]),
    _p("s", "sibling", [("Harry", "Revett")], dt.date(2009, 1, 4), addresses=[HOME_E], ids=["9917954570"]),
], "c")

DOCS_E = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47) - [[25/11/2026|date]] 14:00, Teams
Child: [[REVETT, Poppy|name]], DOB [[09/11/2013|dob]], NHS [[8832866439|nhs]], [[2 Church Farm Cottages|address]],
[[Dennington|place]], [[IP13 8AJ|postcode]]
Present: [[Sarah Jolly|name]] (chair, team manager); DS [[Paul Aldis|name]] (police); [[Anna Kemball|name]] (DSL, [[Thomas Mills|school]]);
Dr [[Elin Pryce|name]] (named nurse); SW [[Yusuf Demir|name]].

1. Reason: on [[24/11/2026|date]] [[Poppy|name]] told her form tutor Miss [[Scarlett Rope|name]] that her uncle [[Graham Revett|name]]
"touches me when I help with the lambs" at his farm at [[Badingham|place]].
2. Family: mum [[Julie|name]] ([[01728 496 027|phone]]), dad [[Martin|name]], brother [[Harry|name]] (17, at college in
[[Otley|place]]). [[Graham|name]] is [[Martin|name]]'s older brother, DOB [[12/03/1969|dob]], [[Hill Farm|address]],
[[Badingham|place]] [[IP13 8LX|postcode]]; his partner [[Wendy Last|name]]; their car a green Land Rover [[AE63 HNV|vehicle]].
3. Police: no previous for [[Graham|name]]; 2019 intelligence from [[Peasenhall|place]] (a girl, "K") not pursued.
4. [[Poppy|name]]'s friend [[Millie Catchpole|name]] knows. [[Millie|name]]'s mum [[Tracy|name]] works with [[Julie|name]] at the
[[Framlingham|place]] Co-op.
Decision: joint s.47; ABE interview [[27/11|date]] at [[Martlesham|place]] (DC [[Kirsty\nNunn|name]] and SW [[Demir|name]]).
[[Graham|name]] not to be told until after the interview. [[Poppy|name]] to stay at home; [[Julie|name]] to keep her off
[[Badingham|place]] and to be seen today by SW [[Yusuf Demir|name]].
"""),
]

DOCS_E += [
    ("form tutor's record of a disclosure", """RECORD OF CONCERN - [[Thomas Mills High School|school]] - written by [[Scarlett Rope|name]]
[[24/11/2026|date]] 12:40
Pupil: [[Poppy Revett|name]] 8R   UPN [[F935415438185|upn]]

At the end of tutor time [[Poppy|name]] stayed behind. She asked if I could "keep a secret". I said I might have to tell
someone to keep her safe. She said (her words): "It's uncle [[Graham|name]]. When we do the lambing at his farm at
[[Badingham|place]] he makes me go in the back barn and he touches me. He said if I tell then dad will lose the farm work and
[[Harry|name]] won't get the tractor job. Aunty [[Wendy|name]] doesn't know. It's been since I was in Year 6 at
[[Dennington|place]] school." She said it last happened "the Saturday before half term" ([[24 October|date]]).
She said her friend [[Millie|name]] knows and that [[Millie|name]] told her to tell "Miss [[Rope|name]]".
I did not ask questions. She was calm, then cried. I took her to [[Anna Kemball|name]] (DSL) at 12.55.
[[Poppy|name]] asked that her mum [[Julie|name]] be told "but not dad yet because he'll go mad at [[Gray|name]]".
She also said that her cousin [[Holly|name]] (uncle [[Graham|name]]'s step-daughter, now 20, lives in
[[Wickham\nMarket|place]]) "stopped going to the farm too".
Signed [[S. Rope|name]]
Added by DSL [[Anna Kemball|name]], 13:20: rang [[Julie Revett|name]] at work; rang MASH ([[Lorna Took|name]]) 13:35. [[Poppy|name]]
went home on the bus with [[Millie Catchpole|name]] to [[Dennington|place]]; [[Millie|name]]'s mum [[Tracy Catchpole|name]] met them.
"""),
    ("mother's text messages to the social worker", """Texts from [[Julie Revett|name]] ([[07588 310 942|phone]]) to SW
[[Yusuf Demir|name]], copied to the file [[30/11/2026|date]]

[[26/11|date]] 07:12  Mr [[Demir|name]] its [[julie|name]]. [[poppy|name]] didnt sleep. [[martin|name]] knows now he went to see
[[graham|name]] last night i couldnt stop him
[[26/11|date]] 07:15  he didnt hit him. he just shouted in the yard at [[hill farm|address]]. [[wendy|name]] rang me crying
[[26/11|date]] 19:40  [[harry|name]] says [[graham|name]] has gone to his sisters in [[Southwold|place]]. [[joan|name]]. i dont have her
address, its by the lighthouse
[[27/11|date]] 08:02  we r on the way to [[martlesham|place]] for the interview. [[poppy|name]] wants [[millie|name]] to come lol no
[[27/11|date]] 13:30  done. the lady [[kirsty|name]] was lovely. [[poppy|name]] had a mcdonalds in [[kesgrave|place]]
[[28/11|date]] 10:11  the landline at the cottage is [[01728 496 027|phone]] if my mob is dead. signal rubbish in
[[dennington|place]]
[[29/11|date]] 16:45  [[holly|name]] messaged [[poppy|name]] on insta. says it happened to her as well. can [[holly|name]] ring u.
her number [[07392 604 518|phone]]
"""),
    ("school nurse's health note", """SCHOOL NURSING - contact note - [[02/12/2026|date]]
Name: [[Poppy REVETT|name]]   DOB [[9 November 2013|dob]]   NHS [[883 286 6439|nhs]]
Address: [[2 Church Farm Cottages|address]], [[Dennington|place]], [[IP13 8AJ|postcode]]   GP: Framlingham Surgery, Dr
[[Lowther|name]]
Seen by [[Ruth Pipe|name]] (SN) at [[Thomas Mills|school]], requested by SW [[Y. Demir|name]] after the strategy discussion.
[[Poppy|name]] was seen at the [[Ipswich|place]] sexual assault referral centre on [[28/11/2026|date]] with mum
(Dr [[Catriona Moyes|name]]).
Today: sleep poor; eating; no self-harm. Says she misses the lambs and her pony [[Domino|name]], kept at [[Hill Farm|address]]
in [[Badingham|place]]. Her brother [[Harry|name]] ([[04/01/2009|dob]], NHS [[9917954570|nhs]]) has been "really kind".
Referred to CAMHS (Suffolk, [[Kesgrave|place]] base) and to The Ferns (invented ISVA service), ISVA [[Bryony Keeble|name]].
Next contact [[9th December|date]]. Copy to [[Anna Kemball|name]], DSL.
"""),
]

# --- F. Wade / Aldous family (white British), Aldeburgh; kinship care by a nan, a mother in Ipswich -------------------------

HOME_F = d.Address("17 Fairfield Road", "Aldeburgh", "Aldeburgh", "IP15 5JT")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Finley", "Wade")], dt.date(2014, 10, 12), addresses=[HOME_F], ids=["4319480597", "L935755534336"],
       schools=["Aldeburgh Primary School"]),
    _p("s", "sibling", [("Ruby", "Wade")], dt.date(2019, 3, 5), addresses=[HOME_F], ids=["6116855989"]),
    _p("m", "mother", [("Stacey", "Wade")], dt.date(1994, 7, 7), phones=["07846 071 592"]),
    _p("g", "grandparent", [("Margaret", "Aldous")], dt.date(1958, 1, 23), addresses=[HOME_F], phones=["01728 496 133"]),
], "c")

DOCS_F = [
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[04/09/2026|date]]
Children: [[Finley WADE|name]] ([[12.10.2014|dob]]) and [[Ruby WADE|name]] ([[05.03.2019|dob]])
Chair: [[Moira Baldry|name]]. Minutes: [[Kelly Sore|name]].
Present: [[Stacey Wade|name]] (mother), [[Margaret Aldous|name]] (maternal nan, "[[Peg|name]]"), SW [[Daniel Okoro|name]], DSL
[[Fran Tye|name]] ([[Aldeburgh Primary School|school]]), HV [[Jess Ransome|name]], PC [[Dominic\nStarling|name]].

Background: [[Stacey|name]] moved to [[Ipswich|place]] in [[May|date]] with her partner [[Reece Mayes|name]] ("[[Rizz|name]]"),
[[Flat 12, Cromwell House|address]], [[Chantry|place]], [[Ipswich|place]] [[IP2 0QE|postcode]]. Police believe [[Reece|name]] runs a line
from [[Ipswich|place]] into [[Leiston|place]] and [[Aldeburgh|place]]. On [[20/08/2026|date]] [[Finley|name]] was found by
PC [[Starling|name]] carrying a bag for "[[Rizz|name]]" near [[Aldeburgh|place]] station car park... (there is no station; the old
station site). [[Finley|name]] said [[Reece|name]]'s friend [[Tyler Gooderham|name]] gave him £20.
The children now live with [[Peg|name]] at [[17 Fairfield Road|address]], [[Aldeburgh|place]] [[IP15 5JT|postcode]], tel
[[01728 496 133|phone]]. Grandad [[Ron Aldous|name]] died in 2022; [[Peg|name]]'s son [[Lee Aldous|name]] lives in
[[Friston|place]] and helps.
Views: [[Finley|name]] (via [[Fran|name]]): "I want to stay at nanny [[Peg|name]]'s and go fishing with [[Lee|name]]". [[Ruby|name]]
drew [[Peg|name]]'s dog [[Sailor|name]].
Decision: both children subject to plans, neglect and (for [[Finley|name]]) criminal exploitation. Core group [[18/09/2026|date]].
[[Stacey|name]]'s mobile for the minutes: [[07846 071 592|phone]].
Identifiers: [[Finley|name]] NHS [[431 948 0597|nhs]], UPN [[L935755534336|upn]]; [[Ruby|name]] NHS [[6116855989|nhs]], at
[[Aldeburgh Primary|school]] nursery class since [[7/9/2026|date]]. [[Stacey|name]]'s DOB [[07/07/1994|dob]]; [[Peg|name]]'s DOB
[[23/01/1958|dob]]. Next review conference [[27 November 2026|date]] at [[Leiston|place]] ([[Alde Valley School|school]] room).
"""),
]

DOCS_F += [
    ("nan's handwritten letter, scanned with OCR misreadings", """[scanned [[O9/ll/2O26|date]], handwriting OCR; misreadings kept]

[[l7 Fairfie1d Rd|address]]
[[A1deburgh|place]]
[[IPl5 5JT|postcode]]
[[6th Nov|date]]

Dear Mr [[0koro|name]],
I am writing as you asked about how things are with [[Fin1ey|name]] and [[Ruby|name]]. [[Ruby|name]] is good, she 1oves
schoo1 and Mrs [[Ta1bot|name]]. [[Fin|name]] is harder. He goes out on his bike to [[Th0rpeness|place]] and [[Leist0n|place]]
and comes back with sweets I did not buy. On Sunday a b1ack car ([[0V7l KLM|vehicle]]? I think) waited by the Scallop
(the she11 on the beach). My son [[Lee|name]] went down and it drove off towards [[Snape|place]].
[[Stacey|name]] rang on [[3 November|date]] from a new number [[07923 654 908|phone]], crying, saying [[Reece|name]] has hit her.
She is at a friend's in [[Ch4ntry|place]], a gir1 ca11ed [[Jade|name]]. I to1d her to ring you.
I am 68 and my knees are bad. My friend [[Ruth Ling|name]] (no relation to [[Shannon|name]] up the road) he1ps on Tuesdays.
P1ease can [[Fin|name]] have the youth worker [[Matt|name]] again.
Yours, [[Margaret A1dous|name]] ([[Peg|name]])
"""),
    ("police missing person log", """SUFFOLK CONSTABULARY - MISPER LOG  Ref MPR/1611
Reported: [[16/11/2026|date]] 20:50 by [[ALDOUS, Margaret|name]] ([[01728 496 133|phone]]), maternal grandmother and carer
Missing: [[WADE, Finley|name]], 12, DOB [[12/10/2014|dob]], [[17 Fairfield Road|address]], [[Aldeburgh|place]] [[IP15 5JT|postcode]]
Description: white, slim, 4'10", grey Nike tracksuit, black bike. Phone [[07814 559 230|phone]] (off).
Risk: high (CE flag; adult of concern [[Reece MAYES|name]], DOB [[30/01/1999|dob]], NI [[NZ 71 08 44 C|ni]]).
21:10 PC [[Starling|name]] checks [[Fort Green|place]], the front, [[Crag Path|address]], the boating lake. No trace.
21:45 Uncle [[Lee Aldous|name]] checks [[Friston|place]] and the [[Leiston|place]] skate park.
22:30 Call from mother [[Stacey Wade|name]] ([[07846 071 592|phone]]): she has heard he is in [[Ipswich|place]] at [[Flat 12,
Cromwell House|address]] with [[Tyler|name]] ([[Tyler Gooderham|name]], 19).
23:05 [[Ipswich|place]] units (PC [[Okafor|name]], PC [[Hannah Leeks|name]]) attend [[Cromwell House|address]], [[Chantry|place]].
[[Finley|name]] found in the stairwell with £140 and two phones. [[Reece|name]] not there; [[Tyler|name]] arrested.
00:20 ([[17/11|date]]) [[Finley|name]] returned to [[Peg|name]]'s by PC [[Leeks|name]]. Return interview to be offered (Catch22,
[[Matt Hollis|name]]). Car seen on the [[6th|date]]: [[OV71 KLM|vehicle]], registered to [[Reece Mayes|name]]'s cousin
[[Shane Mayes|name]].
"""),
    ("boy's own words, written with his youth worker", """me - by [[Finley|name]] (12) with [[Matt|name]], [[24/11/2026|date]]

things i like: fishing off the beach with uncle [[lee|name]], crabbing at [[orford|place]], [[ruby|name]] (my sister) when shes not
annoying, nans dog [[sailor|name]], fifa with [[kian|name]] from my class.
things i dont like: when mum dont ring. [[reece|name]]. being called a snitch. the cops taking me home in the car so mrs
[[talbot|name]]s whole road sees.
what happened: [[rizz|name]] said i could earn money for new trainers. [[tyler|name]] picked me up in [[leiston|place]] and took me
to [[ipswich|place]]. i had to hold bags. i was scared when they said [[tyler|name]] was nicked. i want mum to leave [[reece|name]]
and come back to [[aldeburgh|place]].
who helps: nan [[peg|name]], [[matt|name]], [[fran|name]] at school, and [[dan|name]] my social worker even tho he asks loads.
[[Matt|name]] wrote: [[Finley|name]] spoke for 40 minutes at the [[Aldeburgh|place]] youth hut; he asked me to spell [[Gooderham|name]]
and said "don't put [[Kian|name]]'s surname". Next session [[8/12|date]]. Email to SW: [[daniel.okoro@eastsuffolkcs.gov.uk|email]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 236 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 00:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "sn",
           "nurse", "our", "nan", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mamá", "dad", "daddy", "papa", "aunty",
           "auntie", "aunt", "uncle", "güela", "güelu", "tía", "tíu", "cousin"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "suffolk", "east suffolk", "spain", "asturias", "españa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("güela Cuca", "nanny Peg", "Dr Lanyon") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
