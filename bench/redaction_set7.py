"""Set 7: a second held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on the evening of 2026-11-22 by a helper session that was told NOT to open, read, grep or run
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, hearth/redaction/brands.txt, hearth/redaction/tests/*,
bench/bench_redaction.py or the word lists of bench/redaction_corpus.py, not to read the documents of
bench/redaction_heldout.py or bench/redaction_handwritten.py, and not to run the detector on these documents or look at
its output on anything. What was read: the docstring of bench/redaction_heldout.py (its marking conventions, followed here
exactly), its `problems` checker and tests/test_redaction_heldout_set.py (the checker is imported and reused, not copied),
and the `_party` / `_parse` / `_docs` helpers and `sets()` of bench/redaction_handwritten.py. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Six families, none like an earlier set's: Somali in Bristol (Warsame), Roma Slovak in Sheffield (Baláž), Bangladeshi in
Tower Hamlets (Akhter / Uddin), an Eritrean unaccompanied child in Kent (Tesfamariam), a Romany Gypsy family in Cornwall
(Boswell) and a white British family in Grimsby (Sutcliffe). 22 documents: a CSE/CCE risk assessment, Snapchat messages,
a police PPN notification, an advocacy referral, an education welfare officer's attendance note, an interpreter-assisted
visit note, a section 47 outcome letter to parents, a SENCO's EHCP extract, a midwife's pre-birth referral, a paediatric
child protection medical report, core group minutes, a court social work statement extract, a foster carer's daily log,
a solicitor's letter, a pathway plan review, a private fostering notification, a contact supervisor's log, a LADO
referral, a MASH contact record of a neighbour's call, a learning review extract drafted for publication, a father's
complaint email and a Facebook Messenger exchange.

Invented: every person, address, phone number, NHS number, UPN, NI number and vehicle registration. Unlike set 6, phone
numbers are valid UK numbers in ordinary ranges (checked with the phonenumbers library), not only Ofcom drama ranges, and
NHS numbers are in ordinary ranges as well as the 999 range; all pass their check digits. Councils are invented
(Severnmouth, Sheafbridge, Limehurst, Wantsum, Tamarside, Freshney); towns, districts, real charities, brands, NHS bodies
and laws are real and must stay unmarked unless the conventions below say otherwise.

Markup and conventions (the same as bench/redaction_heldout.py): [[words|kind]] is a gold span of that kind (name,
address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle); everything else should stay. Titles,
roles and kinship words (Mr, Ms, Dr, PC, DS, Nurse, Aunty, Uncle, Nanny, Ayeeyo, Nani, Dada, stará mama) stay outside
the name span; a possessive 's (or a bare s in texting) stays outside; every person's name is a name, in every form,
record or not (first name, surname, nickname, lower case, upper case, misspelt, with or without diacritics, a name in a
business's name). Choices this set had to make where the conventions are silent: "SURNAME, First" is one span; a title's
initial with a surname ("Mrs F. Nuur") is one span holding the initial and the surname; a name broken by a line break is
one span holding the break; initials alone and pseudonyms ("Child K", "Mother") are not marked; social media handles are
avoided. A street address is one span, its town a place and its postcode a postcode; towns, cities, villages and districts
(in England or abroad) are places, countries and counties are not; organisations are not marked even when they hold a
town's name, but a school's or college's name is a school; a date of birth (or a birthday without the year) is dob, any
other calendar date with a day is date (a weekday before it stays outside); weekdays, months and years alone are not
marked; helpline numbers (Childline 0800 1111, NSPCC 0808 800 5000, 101, 999) are not marked.

Self-check without the detector: `python -m bench.redaction_set7` (and tests/test_redaction_set7.py) runs set 6's checker
(every document parses, no stray markup, no empty or space-wrapped span, NHS numbers and UPNs pass their check digits, NI
numbers have a valid format, a word marked as a name in a document is not left unmarked elsewhere in it) and also checks
that every phone span and record phone is a valid UK number; it prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_corpus import Doc
from bench.redaction_handwritten import Records, _docs
from bench.redaction_heldout import gold_counts, report
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Warsame family (Somali), Bristol ---------------------------------------------------------------------------

HOME_A = d.Address("38 Seymour Road", "", "Bristol", "BS5 0UN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Hodan", "Warsame"), ("Hodan", "Abdi")], dt.date(2012, 2, 19), [HOME_A],
       ids=["4013142481", "M801201414808"], schools=["Whitehall Park Academy"]),
    _p("m", "mother", [("Fadumo", "Nuur"), ("Fadumo", "Abdi Nuur")], dt.date(1983, 6, 2), [HOME_A],
       phones=["07946 218503"], ids=["JK 48 31 92 B"]),
    _p("f", "father", [("Abdirahman", "Warsame")], dt.date(1979, 11, 9),
       [d.Address("112 Melton Road", "", "Leicester", "LE4 6QS")], phones=["07402 118653"]),
    _p("s1", "sibling", [("Mahad", "Warsame")], dt.date(2010, 5, 30), [HOME_A], schools=["City of Bristol College"]),
    _p("s2", "sibling", [("Ayaan", "Warsame")], dt.date(2020, 1, 14), [HOME_A], ids=["9990252904"]),
    _p("g", "grandparent", [("Hawa", "Jama")]),
    _p("p1", "professional", [("Kirsty", "Pearce")], phones=["0117 922 4418"], emails=["kirsty.pearce@severnmouth.gov.uk"]),
    _p("p2", "professional", [("Gareth", "Hughes")], emails=["gareth.hughes@avonandsomerset.police.uk"]),
    _p("p3", "professional", [("Sarah", "Whitlock")], phones=["0117 955 0362"]),
], "c")

DOCS_A = [
    ("cse cce risk assessment", """SEVERNMOUTH COUNCIL - CHILD EXPLOITATION RISK ASSESSMENT (CERA)
Confidential: not to be shared outside the Exploitation Panel without the chair's agreement

Name of young person: [[WARSAME, Hodan|name]]            Also known as: [[Hodan Abdi|name]] (school roll until 2023)
Date of birth: [[19/02/2012|dob]]    Gender: Female    Ethnicity: Black British - Somali    Religion: Muslim
NHS no: [[4013142481|nhs]]    UPN: [[M801201414808|upn]]
Address: [[38 Seymour Road|address]], [[Easton|place]], [[Bristol|place]] [[BS5 0UN|postcode]]
Education: [[Whitehall Park Academy|school]], Year 10 (attendance 71% this term)
Lead professional: [[Kirsty Pearce|name]], Social Worker, Safer Options hub - [[0117 922 4418|phone]]
Assessment completed: [[12 November 2026|date]]    Review due: [[10 Dec 2026|date]]

Indicators (CSE)
- Older "boyfriend", named by [[Hodan|name]] only as "[[Yus|name]]". Police believe this is [[Yusuf Ali Hersi|name]] (19), known
  in [[St Pauls|place]] and [[Lawrence Hill|place]]. He has been seen collecting her from school in a black Audi A3, [[WU17 KXM|vehicle]].
- Gifts: a new iPhone 15 and Nike Tech tracksuit which [[Fadumo|name]] (mum) says she did not buy.
- Missing episodes: three since September, the longest overnight on [[26/10/26|date]], found by PC [[Hughes|name]] at a flat
  above the chicken shop on [[Stapleton Road|address]]. The man at the chicken shop told police he "did not know the girl".

Indicators (CCE)
- Her brother [[Mahad|name]] (16) was stopped on [[3rd November 2026|date]] with two phones and £340 in cash near [[Barton Hill|place]].
  [[Mahad Warsame|name]] is a student at [[City of Bristol College|school]] and is being assessed separately (Op Topaz / NRM
  referral to the Single Competent Authority under the Modern Slavery Act 2015).
- [[Hodan|name]]'s friend [[Ikraan|name]] says "[[Yus|name]] makes the younger ones run to [[Weston|place]]" (county lines).

Protective factors
Mum is warm and wants help. Mrs [[F. Nuur|name]] speaks some English; a Somali interpreter ([[Abdullahi Osman|name]], Bristol
Interpreting Service) was used. Grandmother [[Hawa Jama|name]] ("Ayeeyo [[Hawa|name]]") lives in [[Leicester|place]] near dad,
[[Abdirahman Warsame|name]], and has offered for [[Hodan|name]] to stay during half term. Mosque: Easton Jamia Masjid. Her little
sister [[Ayaan|name]] (6) is at the same nursery class as last year.

Risk level: HIGH (CSE), MEDIUM (CCE). Referred to Barnardo's BASE project and to the NWG Network resources. Transport
Police and the Missing Person Coordinator, DS [[Lorna Baptiste|name]], have been told. If [[Hodan|name]] is missing out of hours
ring Avon and Somerset Police on 101 or 999 in an emergency.
"""),
    ("snapchat messages", """Screenshots sent to the school by [[Hodan|name]]'s mum, Tuesday [[4 November|date]], typed up by
[[Sarah Whitlock|name]] (DSL)

[[yus|name]]: u comin out tonite or wat
[[hodan|name]]: cant my mum is watching me like a hawk lol
[[yus|name]]: tell her ur at [[ikraan|name]]s
[[hodan|name]]: she will ring [[ikraan|name]]s mum she always does
[[yus|name]]: bring ur bro then. [[mahad|name]] owes me anyway
[[hodan|name]]: dont do that to him pls
[[yus|name]]: ill be by the chicken shop on [[stapleton rd|address]] at 9. black audi u know it
[[hodan|name]]: ok but only till 11 i got school
[[yus|name]]: wear the nike ting i got u
[[hodan|name]]: [[ikraan|name]] said ur with [[leah|name]] from [[st pauls|place]] now is that true
[[yus|name]]: [[leah|name]] is nobody. dont listen to [[ikraan|name]] she jealous
[[hodan|name]]: ok x
[[yus|name]]: and delete this chat
[[hodan|name]]: ik ik

[later the same evening]
[[ikraan|name]]: where u at
[[hodan|name]]: with [[yus|name]] in the car going [[weston|place]]
[[ikraan|name]]: WTF [[hodan|name]] ur mum is crying ring her
[[hodan|name]]: tell her im at [[nimo|name]]s in [[fishponds|place]]
[[ikraan|name]]: i aint lying for u again
[[hodan|name]]: pls pls pls

Note from DSL: [[Ikraan|name]] is [[Ikraan Dualeh|name]], Year 10 at [[Whitehall Park Academy|school]]. "[[Nimo|name]]" is thought to be
[[Nimo Aden|name]], a cousin. Screenshots uploaded to CPOMS; shared with the Safer Options hub and PC [[Gareth Hughes|name]].
"""),
    ("police ppn", """AVON AND SOMERSET CONSTABULARY - PUBLIC PROTECTION NOTIFICATION (PPN)
Category: Child at risk / Missing     Occurrence ref: 5226-0291-A (not a personal identifier)
Reporting officer: PC 4418 [[G. HUGHES|name]]     Supervisor: PS [[Imogen Latchford|name]]
Date/time of incident: [[26.10.2026|date]] 23:40

SUBJECT: [[WARSAME Hodan|name]]   DOB: [[19.02.2012|dob]]   Age: 14
Home address: [[38 Seymour Rd|address]], [[Bristol|place]], [[BS5 0UN|postcode]]
Parent/carer: [[NUUR Fadumo|name]] (mother)   Tel: [[07946 218503|phone]]   DOB: [[02/06/1983|dob]]

Circumstances: Mother reported [[Hodan|name]] missing at 21:15 via 101. Officers attended [[Seymour Road|address]] and spoke with
the mother through Language Line (Somali). The older brother, [[Mahad|name]], gave the name "[[Yusuf|name]]" and said [[Hodan|name]]
may be at a flat on [[Stapleton Road|address]]. Officers found her at 23:40 at [[Flat 3, 214 Stapleton Road|address]], [[BS5 0NU|postcode]],
above a takeaway, with two adult males: [[Yusuf HERSI|name]] (DOB [[08/01/2007|dob]]) and a male who gave his name as
"[[Bilal|name]]" and refused further details. Vehicle [[WU17KXM|vehicle]] (Audi A3, black) registered keeper [[Sagal Hersi|name]] of
[[Southmead|place]]. [[Hodan|name]] was returned home by officers at 00:35 on [[27/10/2026|date]].

Voice of the child: "I was just chilling, nobody touched me, [[Yus|name]] is my friend."
Officer's view: Risk of CSE. Child Abduction Warning Notice to be considered for [[HERSI|name]].
Shared with: Severnmouth MASH, [[Whitehall Park Academy|school]] DSL, Barnardo's. Home Office: not applicable.
"""),
    ("advocacy referral", """NATIONAL YOUTH ADVOCACY SERVICE - REFERRAL FOR AN ADVOCATE
Referrer: [[Kirsty Pearce|name]] (Social Worker), Severnmouth Council, [[kirsty.pearce@severnmouth.gov.uk|email]], tel.
[[0117 922 4418|phone]]
Young person's first name: [[Hodan|name]]       Surname: [[Warsame|name]]
Date of birth: [[19 Feb 2012|dob]]            Preferred language: English (mum: Somali)
Address: [[38 Seymour Road|address]], [[Bristol|place]], [[BS5 0UN|postcode]]    Young person's mobile: [[07985 774 310|phone]]
Parent / carer contact: [[Fadumo Abdi Nuur|name]] on [[+44 7946 218503|phone]]
Father: [[Abdirahman Warsame|name]], [[112 Melton Road|address]], [[Leicester|place]] [[LE4 6QS|postcode]] ([[07402 118 653|phone]])

What is the referral for?
[[Hodan|name]] has an initial child protection conference on [[2 December 2026|date]] at the Bristol City Hall meeting rooms.
She has told me she "does not want to sit there while ten people talk about [[Yusuf|name]]". She would like someone
independent to help her say what she wants, ideally a woman, ideally someone who is not from the Somali community because
"everyone knows everyone". She gets on with her youth worker, [[Ebony Clarke|name]] at Creative Youth Network, and has agreed
that [[Ebony|name]] can come to the first meeting with the advocate.

Anything the advocate should know? She has a younger sister, [[Ayaan|name]], and an older brother, [[Mahad|name]]. She misses her
father and her Ayeeyo in [[Leicester|place]]. She fasts in Ramadan and prays at home. She prefers to be called "[[Hodi|name]]" by
people she likes. Please do not contact her during school hours at [[Whitehall Park|school]]. She uses WhatsApp, Snapchat and TikTok;
text rather than call. Childline (0800 1111) details were given on [[12/11/2026|date]].
"""),
]

# --- B. Baláž family (Roma, Slovak), Sheffield --------------------------------------------------------------------

HOME_B = d.Address("17 Robey Street", "", "Sheffield", "S4 8JH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Dominik", "Balaz")], dt.date(2017, 8, 21), [HOME_B], ids=["4525599006", "G373210914050"],
       schools=["Wensley Street Primary School"]),
    _p("m", "mother", [("Janka", "Balazova"), ("Janka", "Horvathova")], dt.date(1992, 4, 5), [HOME_B],
       phones=["07383 915226"], ids=["NH 73 02 18 C"]),
    _p("f", "father", [("Marek", "Balaz")], dt.date(1988, 12, 12), [HOME_B], phones=["07459 330812"]),
    _p("s1", "sibling", [("Nikola", "Balazova")], dt.date(2014, 3, 3), [HOME_B], ids=["D373223114613"],
       schools=["Ellesmere Park Academy"]),
    _p("s2", "sibling", [("Samuel", "Balaz")], dt.date(2024, 10, 1), [HOME_B]),
    _p("g", "grandparent", [("Helena", "Horvathova")]),
    _p("p1", "professional", [("Hannah", "Brightwell")], phones=["0114 273 5590"], emails=["hannah.brightwell@sheafbridge.gov.uk"]),
    _p("p2", "professional", [("Darren", "Hollis")], phones=["0114 205 3318"], emails=["darren.hollis@sheafbridge.gov.uk"]),
    _p("p3", "professional", [("Parveen", "Akhtar")]),
], "c")

DOCS_B = [
    ("education welfare note", """Education Welfare Service - attendance casework note
Pupil: [[Dominik Balaz|name]] (Y5)   DOB [[21.08.2017|dob]]   UPN [[G373210914050|upn]]
School: [[Wensley Street Primary School|school]], [[Page Hall|place]]    Attendance: 62.4% (persistent absence)
EWO: [[Darren Hollis|name]] [[0114 205 3318|phone]]

[[14/10/2026|date]] Home visit to [[17 Robey St|address]]. Door answered by Mr [[Baláž|name]] (dad). Used Language Line, Slovak
interpreter (ID 55713). Dad says [[Dominik|name]] has "bad stomach" most mornings and mum has been in [[Košice|place]] since
late September looking after her mother, [[Helena Horváthová|name]], who is ill. [[Nikola|name]] (12, at [[Ellesmere Park Academy|school]])
has been keeping [[Dominik|name]] and baby [[Samuel|name]] at home on some days to help. Explained the legal duty under s.7 Education
Act 1996 and that a penalty notice or prosecution under s.444 could follow. Left leaflet in Slovak and Romani.

[[16/10/2026|date]] Phoned Mrs [[Balážová|name]] on [[+421 905 318 447|phone]] (Slovak mobile). She will fly back from [[Bratislava|place]]
to [[Doncaster|place]] on [[2 Nov|date]]. She agreed to a meeting at school with the SENCO, Mrs [[Akhtar|name]], about [[Dominik|name]]'s
reading and toileting.

[[21/10/2026|date]] Mr [[Marek Balaz|name]] rang me from [[07459 330812|phone]]. Says his cousin [[Štefan Gaži|name]] from
[[Rotherham|place]] will drive the children to school in his van, a white Vauxhall Vivaro ([[YD66 RMX|vehicle]]).
Checked with school: [[Dominik|name]] in every day this week. Mrs [[Akhtar|name]] notes he is "much happier"
and has made a friend, [[Ali Rahimi|name]].

[[4 November 2026|date]] Attendance panel (Fir Vale Family Hub). Present: EWO, Mrs [[Parveen Akhtar|name]], Roma family support
worker [[Zuzana Pompova|name]] (Sheffield Roma Network) and Mrs [[Janka Balážová|name]]. Agreed: parenting contract for 12 weeks,
no fixed penalty for now. Next review [[27/01/2027|date]].
"""),
    ("interpreter visit note", """Home visit record (statutory visit, child in need)
Worker: [[Hannah Brightwell|name]], Social Worker, Sheafbridge Children and Families - [[hannah.brightwell@sheafbridge.gov.uk|email]]
Interpreter: [[Lucia Dudová|name]] (Slovak / Romani), booked through DA Languages; face to face
Date of visit: Friday [[13 November 2026|date]], 16:00-17:20      Venue: family home, [[17 Robey Street|address]], [[S4 8JH|postcode]]
Present: [[Janka|name]] (mum), [[Marek|name]] (dad), [[Nikola|name]], [[Dominik|name]], [[Samuel|name]];
uncle [[Štefan|name]] arrived at 16:45

Before the visit I checked with the interpreter that she did not know the family. She said she knew of the [[Horváth|name]]
family from [[Luník IX|place]] in [[Košice|place]] but not [[Janka|name]] herself; [[Janka|name]] was happy to go ahead.

Observations: The house was warm. Seven people live here including [[Štefan|name]]'s partner, [[Renáta|name]], and their baby; this
was new information. There are three bedrooms. [[Dominik|name]] showed me his Pokémon cards and read two pages of an Oxford Reading
Tree book with [[Nikola|name]]'s help. [[Samuel|name]] (2) was babbling in Romani and a little English.

[[Janka|name]] said, through the interpreter: "My mother is better now. I came back because of the school letters. [[Marek|name]]
works at the chicken factory in [[Scunthorpe|place]], nights, so he cannot take the children." She showed me a letter from DWP
about Universal Credit (to [[Janka Balážová|name]], NI [[NH730218C|ni]]) and one from Sheffield Teaching Hospitals about
[[Samuel|name]]'s hearing test on [[3 December|date]].

[[Nikola|name]] (speaking English, without the interpreter): "I'm not allowed to be late for [[Ellesmere|school]] now, Miss. I have to take
[[Domi|name]] first." She wants to be a nurse. She said nobody at home hits them; dad "shouts in Slovak when he's tired".

Analysis: No immediate safeguarding concerns. Overcrowding - referral to Sheafbridge Housing Solutions. [[Renáta|name]] and
[[Štefan Gaži|name]] to be added to the household list (no checks done yet). Next visit within 20 working days.
"""),
    ("s47 outcome letter", """Sheafbridge City Council
Children and Families Service

Mr [[Marek Baláž|name]] and Mrs [[Janka Balážová|name]]
[[17 Robey Street|address]]
[[Sheffield|place]]
[[S4 8JH|postcode]]

[[20th November 2026|date]]

Dear Mr [[Baláž|name]] and Mrs [[Balážová|name]],

Re: [[Dominik Baláž|name]] (date of birth [[21 August 2017|dob]])

Outcome of the child protection enquiry (section 47 of the Children Act 1989)

I am writing to tell you the outcome of the enquiries we made after [[Dominik|name]] came to school on [[9 November|date]] with a
mark on his cheek. As you know, I visited with PC [[Shabana Iqbal|name]] from South Yorkshire Police and with an interpreter.
[[Dominik|name]] was seen by Dr [[Okafor|name]], the paediatrician at Sheffield Children's Hospital, on [[10.11.2026|date]].

Dr [[Okafor|name]] said the mark was most likely caused by a fall from the bunk bed, as [[Dominik|name]] and his sister [[Nikola|name]]
both told us. We have decided that the concerns are not substantiated and that a child protection conference is not needed.

We will keep working with you as a child in need. I will visit every four weeks. Your family support worker will be
Mr [[Kamil Lakatoš|name]], who speaks Slovak and Romani; his number is [[0114 273 4129|phone]].

If you are unhappy with how the enquiry was done you can use the council's complaints procedure (0114 273 4567 is the
complaints line; it is a public number). You can ask for this letter in Slovak.

Yours sincerely

[[Hannah Brightwell|name]]
Social Worker, Family Intervention Team 3
Telephone [[0114 273 5590|phone]]
cc: Mrs [[P. Akhtar|name]], SENCO, [[Wensley Street Primary|school]]; [[Darren Hollis|name]], Education Welfare
"""),
    ("ehcp extract", """EDUCATION, HEALTH AND CARE PLAN - DRAFT (extract, sections A and B)
Child or young person: [[Dominik BALAZ|name]]        Date of birth: [[21/08/2017|dob]]        UPN: [[G373210914050|upn]]
NHS number: [[452 559 9006|nhs]]        Home language: Romani and Slovak        Setting: [[Wensley Street Primary School|school]]
Parents: [[Janka Balážová|name]] and [[Marek Baláž|name]]        Plan co-ordinator: [[Aisha Mahmood|name]], SEN Assessment Team
Contributors: Mrs [[Parveen Akhtar|name]] (SENCO); Dr [[Rhiannon Pugh|name]] (Educational Psychologist); [[Tom Elsworth|name]]
(Speech and Language Therapist, Sheffield Children's NHS Foundation Trust); Mr [[Lakatoš|name]] (Roma family support)

Section A - All about me (in [[Dominik|name]]'s words, helped by Mrs [[Akhtar|name]] and his sister)
My name is [[Dominik|name]] but everybody calls me [[Domi|name]]. I am 9. I live in [[Sheffield|place]] with my mum, my dad, my big
sister [[Niki|name]] and my baby brother [[Samko|name]]. I was born in [[Michalovce|place]]. I like football and Sheffield Wednesday and
Minecraft. My best friend is [[Ali|name]]. I don't like it when it is noisy in the hall. I want to be a footballer or a bus driver.

Section B - Special educational needs
Communication and interaction: [[Dominik|name]] has a speech sound disorder (assessed by Mr [[Elsworth|name]], [[06/05/2026|date]]) and
delayed English. The EP, Dr [[Pugh|name]], found that his difficulties are not explained by English as an additional language alone.
Cognition and learning: working at Year 2 in reading and phonics. Dyslexia screening not yet appropriate.
Social, emotional and mental health: anxious at transitions; has had fewer "meltdowns" since the Thrive sessions with
Miss [[Chloe Varley|name]] (ELSA). Sensory and physical: glue ear, grommets fitted at the Ryegate Children's Centre,
hearing reviewed by audiology.

Views of parents: Mrs [[Balážová|name]] said through the interpreter: "In Slovakia they put [[Domi|name]] in a special school
because he is Roma. Here I want him in the normal class with help." Mr [[Baláž|name]] agrees.
"""),
]

# --- C. Akhter / Uddin family (Bangladeshi), Tower Hamlets ---------------------------------------------------------

HOME_C = d.Address("Flat 22, Brodlove House, 9 Cable Street", "", "London", "E1 8JE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ayesha", "Rahman")], dt.date(2021, 7, 16), [HOME_C], ids=["6100721732", "B211208814946"],
       schools=["Cubitt Street Primary School"]),
    _p("m", "mother", [("Shirin", "Akhter"), ("Shirin", "Begum")], dt.date(2002, 1, 28), [HOME_C], phones=["07852 604117"],
       ids=["SC 20 71 46 D"]),
    _p("f", "father", [("Rahim", "Uddin"), ("Mohammed Rahim", "Uddin")], dt.date(1996, 9, 3),
       [d.Address("41 Ben Jonson Road", "", "London", "E1 4SA")], phones=["07723 480961"]),
    _p("s", "sibling", [("Ibrahim", "Uddin")], dt.date(2023, 3, 10), [HOME_C], ids=["6340570496"]),
    _p("g1", "grandparent", [("Nurjahan", "Bibi")]),
    _p("g2", "grandparent", [("Abdul Malik", "Uddin")]),
    _p("p1", "professional", [("Oluwaseun", "Adeyemi"), ("Seun", "Adeyemi")], phones=["020 7510 4433"],
       emails=["seun.adeyemi@limehurst.gov.uk"]),
    _p("p2", "professional", [("Rebecca", "Thornhill")], phones=["07917 448205"], emails=["rebecca.thornhill1@nhs.net"]),
    _p("p3", "professional", [("Sadia", "Chowdhury")]),
], "c")

DOCS_C = [
    ("midwife pre-birth referral", """Barts Health NHS Trust - Maternity Safeguarding - PRE-BIRTH REFERRAL TO CHILDREN'S SOCIAL CARE
To: Limehurst MASH, secure email.   From: [[Rebecca Thornhill|name]], Community Midwife (Whitechapel team)
Contact: [[rebecca.thornhill1@nhs.net|email]] / mobile [[07917 448 205|phone]]

Mother: [[AKHTER, Shirin|name]] (previously [[Shirin Begum|name]])   DOB: [[28-01-2002|dob]]   Hospital no. withheld
NHS number: [[999 402 3217|nhs]]    Address: [[Flat 22 Brodlove House, 9 Cable St|address]], [[London|place]] [[E1 8JE|postcode]]
Mobile: [[07852604117|phone]]    First language: Sylheti (Bengali for letters). Interpreter needed: yes
EDD: [[14/01/2027|date]]    Gravida 3 Para 1 (one miscarriage 2024)
Father of the unborn baby: [[Mohammed Rahim Uddin|name]], DOB [[3/9/1996|dob]], [[41 Ben Jonson Road|address]], [[Stepney|place]]
Other children: [[Ayesha Rahman|name]] (5) and [[Ibrahim Uddin|name]] (3), both living with mother

Reason for referral
At booking (16 weeks) [[Shirin|name]] disclosed, when seen alone with a Sylheti interpreter (Mrs [[Rokeya Khanom|name]]), that
[[Rahim|name]] "pushed her against the wardrobe" in June and that his father, [[Abdul Malik Uddin|name]], tells her she must not go out
without her mother-in-law. Routine enquiry about domestic abuse (DASH) scored 13. She did not want the police told.
She is taking sertraline, prescribed by Dr [[Hossain|name]] at the Jubilee Street Practice.

[[Ayesha|name]] attends Reception at [[Cubitt Street Primary School|school]]. The health visitor, [[Precious Mensah|name]], has seen
[[Ibrahim|name]] at the Bromley-by-Bow Centre for his 2-year review
and raised speech delay. The maternal grandmother, Nani [[Nurjahan|name]], lives in
[[Sylhet|place]] and [[Shirin|name]] would like her to come for the birth; a visa application is in progress.

Consent: [[Shirin|name]] consented to this referral on [[17.09.2026|date]] and asked that letters are not sent to the flat because
"[[Rahim|name]]'s cousin [[Jamal|name]] opens the post". Safe contact: text only, after 10am, to the mobile above. She knows about
Solace Women's Aid and the National Domestic Abuse Helpline (0808 2000 247). MARAC referral made.
"""),
    ("paediatric cp medical", """The Royal London Hospital - Child Protection Medical Assessment Report
Child: [[Ayesha RAHMAN|name]]   Date of birth: [[16th July 2021|dob]]   NHS No: [[610 072 1732|nhs]]
Examined by: Dr [[Sadia Chowdhury|name]], Consultant Community Paediatrician (GMC number not a personal identifier here)
Date of examination: [[6 October 2026|date]], 14:10    Requested by: [[Oluwaseun Adeyemi|name]], Limehurst Children's Social Care
Present: mother (Ms [[Akhter|name]]), Bengali interpreter Mr [[Nazrul Islam|name]], Staff Nurse [[Daisy Fairweather|name]] (chaperone)

History: On [[5 October|date]] [[Ayesha|name]]'s class teacher, Mrs [[Hasina Karim|name]], noticed bruising to the left upper arm.
[[Ayesha|name]] said "Abba squeezed me because I spilled the juice". Mother says [[Ayesha|name]]'s father, [[Rahim|name]], had the
children on Saturday at his flat in [[Stepney Green|place]]; he brought them back on the Sunday in his car (a grey Toyota Prius,
[[LK71 ZPA|vehicle]], which he drives for Uber).

Examination: Weight 17.9 kg (25th centile). Four oval bruises, 1-1.5 cm, on the inner and outer left upper arm, consistent in
pattern with fingertip grip marks. A slate-grey patch over the sacrum, consistent with congenital dermal melanocytosis
(formerly called a "Mongolian blue spot"), documented on the body map and not an injury. No other injuries. Fundi normal.
Development appropriate. [[Ayesha|name]] was chatty, spoke Sylheti and English, and drew her family: "me, [[Ibby|name]], Ammu,
Abba, and Dadi's cat".

Opinion: The bruises on the arm are consistent with the explanation [[Ayesha|name]] gave, of a forceful grip by an adult. Full blood
count and clotting screen normal (the haematologist, Dr [[Ferreira|name]], agrees). Skeletal survey not indicated at this age.

Signed: Dr [[S. Chowdhury|name]], [[06/10/2026|date]].   Copy to: GP, Dr [[Hossain|name]]; school nurse; social worker
"""),
    ("core group minutes", """CORE GROUP MEETING - MINUTES
Children: [[Ayesha Rahman|name]] (5) and [[Ibrahim Uddin|name]] (3); unborn baby of [[Shirin Akhter|name]] (due [[14 Jan 2027|date]])
Plan: child protection (category: physical abuse / emotional abuse)      Meeting date: Wednesday [[28 October 2026|date]]
Venue: Limehurst Town Hall, Mulberry Place, room 4 / Microsoft Teams
Chair: [[Seun Adeyemi|name]] (SW)    Minutes: [[Callum Rees|name]] (business support)

Present: [[Shirin|name]] (mum) with interpreter [[Nazrul Islam|name]]; [[Precious Mensah|name]] (Health Visitor); [[Rebecca Thornhill|name]]
(Midwife); Mrs [[Karim|name]] (Reception teacher, [[Cubitt Street|school]]); [[Joanne O'Driscoll|name]] (IDVA, Solace);
PC [[Amir Begum|name]] (Tower Hamlets Safeguarding Hub). Apologies: Mr [[Uddin|name]] (father) - did not attend, no reason given.

1. Actions from last meeting
- Safety plan: done. [[Shirin|name]] has a Hollie Guard app and the IDVA's number. [[Rahim|name]] has not been to the flat since
  the medical on [[6/10|date]]. Contact with the children is at the [[Mile End|place]] contact centre, supervised.
- Referral to the Caring Dads programme: [[Rahim|name]] has not replied. [[Seun|name]] to write again, letter to
  [[41 Ben Jonson Rd|address]], [[E1 4SA|postcode]], and text [[07723 480961|phone]].

2. Updates
School: [[Ayesha|name]]'s attendance 96%. She talks about her "baby coming in the winter". Mrs [[Karim|name]] has seen no new marks.
Health: [[Ibrahim|name]] (NHS [[634 057 0496|nhs]]) referred to speech and language therapy; waiting list 18 weeks. Mum's booking
bloods normal.
IDVA: [[Joanne|name]] reports that [[Rahim|name]]'s sister, [[Rukhsana|name]], has been messaging [[Shirin|name]] on WhatsApp telling her to
"drop it". [[Shirin|name]] has blocked her. The paternal grandfather, Dada [[Abdul Malik|name]], came to the school gate on [[21 Oct|date]].

3. Mum's view: "I want my children safe and I want my mum here. Nani can help me with the baby."
4. Next core group: [[25/11/2026|date]], 10:00, same place. Review conference: [[16 December 2026|date]].
"""),
    ("court statement extract", """IN THE FAMILY COURT SITTING AT EAST LONDON                              Case number: ZE26C01184
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF [[AYESHA RAHMAN|name]] (born [[16.07.2021|dob]]) AND [[IBRAHIM UDDIN|name]] (born [[10.03.2023|dob]])

SOCIAL WORK EVIDENCE TEMPLATE (SWET) - extract, section 4 (the family) and section 7 (analysis)
Applicant: Limehurst Borough Council    1st Respondent: [[Shirin Akhter|name]]    2nd Respondent: [[Mohammed Rahim Uddin|name]]
Statement of: [[Oluwaseun Adeyemi|name]], Social Worker, Limehurst Borough Council - sworn [[18 November 2026|date]]

4.1 The mother, Ms [[Akhter|name]], is 24. She was born in [[Sylhet|place]], Bangladesh, and came to the United Kingdom in 2019 on a
spouse visa. Her mother, Mrs [[Nurjahan Bibi|name]], and her brothers live in [[Beanibazar|place]]. She has no family in [[London|place]]
apart from a maternal aunt, Mrs [[Shamima Khatun|name]], of [[Poplar|place]], who has been assessed as a possible carer (a viability
assessment by my colleague [[Gemma Lorimer|name]] is exhibited as OA/3).
4.2 The father, Mr [[Uddin|name]], is 30. He grew up in [[Whitechapel|place]] and lives with his parents, [[Abdul Malik Uddin|name]] and
Mrs [[Rowshanara Uddin|name]], at [[41 Ben Jonson Road|address]]. He is self-employed (NI [[JT 62 05 93 A|ni]]) and has a caution for
common assault (2019) against a former partner, Ms [[Tanya Roberts|name]], disclosed under Clare's Law.

7.3 I have considered the Welfare Checklist in section 1(3) of the Children Act 1989. [[Ayesha|name]]'s wishes are clear: she told
me on [[12/11/26|date]], "I want to live with Ammu and [[Ibby|name]] and the new baby". She also said she misses Abba "a bit".
7.4 I recommend that the children remain with their mother under an interim supervision order, with the father's time with the
children supervised by the [[Mile End|place]] family centre, and that the unborn baby is considered at a pre-birth conference.
I believe that the facts stated in this statement are true.   Signed: [[O. Adeyemi|name]]
"""),
]

# --- D. Yonas Tesfamariam (Eritrean, unaccompanied), Kent ----------------------------------------------------------

HOME_D = d.Address("7 Cheriton Gardens", "", "Folkestone", "CT20 2AR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Yonas", "Tesfamariam"), ("Yonas", "Tesfay"), ("Yonas", "Gebremedhin")], dt.date(2010, 3, 1), [HOME_D],
       ids=["7054335961", "A886403214212", "WE 39 12 64 C"], schools=["East Kent College"], phones=["07531 660294"]),
    _p("m", "mother", [("Letebrhan", "Woldu")]),
    _p("f", "father", [("Tesfamariam", "Gebremedhin")]),
    _p("s", "sibling", [("Selam", "Tesfamariam")]),
    _p("p1", "professional", [("Tom", "Ashdown")], phones=["01622 694310"], emails=["tom.ashdown@wantsum.gov.uk"]),
    _p("p2", "professional", [("Miriam", "Osei-Bonsu")], phones=["01227 455920"], emails=["m.osei-bonsu@harbourlanelaw.co.uk"]),
    _p("p3", "professional", [("Julie", "Sayer")], None, [HOME_D], phones=["07810 552364"]),
    _p("p4", "professional", [("Mark", "Sayer")], None, [HOME_D]),
], "c")

DOCS_D = [
    ("foster carer daily log", """Foster carer's daily record - Wantsum Fostering (Independent Fostering Agency: Orchard Fostering)
Young person: [[Yonas|name]] (YT)    Carers: [[Julie|name]] and [[Mark Sayer|name]]    Supervising social worker: [[Dionne Halls|name]]

Mon [[9/11|date]] - [[Yonas|name]] up at 6 for prayers, he is Orthodox (Eritrean Orthodox Tewahedo) and fasts on Wednesdays and
Fridays, so I made shiro and injera with him from the recipe his friend [[Filmon|name]] sent. College bus to [[Folkestone|place]]
campus 8.10. Came back upset because the Home Office letter still says "[[Yonas TESFAY|name]]" and the wrong birthday ([[01/01/2009|dob]]).
He says his real birthday is [[1 March 2010|dob]] and that "[[Tesfay|name]]" is only what the man in [[Calais|place]] wrote down.

Tue [[10/11|date]] - PA [[Tom|name]] came at 4. Talked about the age assessment. [[Yonas|name]] asked if he can ring his mum; he has a
number for [[Letebrhan|name]] through a cousin in [[Kampala|place]], [[+256 772 418 903|phone]] (not tried yet). [[Mark|name]] showed him
how to top up on Lebara. Cooked spaghetti. He watched Arsenal on Sky with [[Mark|name]].

Wed [[11/11|date]] - Nightmares again. Woke shouting at 2am, something about "[[Selam|name]]" (his sister, last seen in
[[Khartoum|place]]) and the boat. Sat with him in the kitchen, gave him tea, he went back to bed at 3.30. Emailed [[Tom|name]] and
the CAMHS worker, Dr [[Priya|name]] (Refugee Wellbeing Team), she will see him on the [[19th|date]].

Thu [[12/11|date]] - [[Yonas|name]] went to the Kent Refugee Action Network youth club in [[Canterbury|place]] with
[[Filmon Berhane|name]] and another lad, [[Habtom|name]]. Back by 9 as agreed. He said an older man, "Uncle [[Dawit|name]]",
who lives in [[Leeds|place]], has been calling him on WhatsApp and asking for money to send home. I have told [[Dionne|name]];
worried it might be a debt from the journey.

Fri [[13 Nov|date]] - College: tutor Mrs [[Fagg|name]] says his English is going up fast (ESOL Entry 3). [[Yonas|name]] wants to do
the plumbing course at [[East Kent College|school]] next year. Trip to [[Hythe|place]] with [[Julie|name]] on Saturday if dry.
"""),
    ("solicitor letter", """HARBOUR LANE SOLICITORS LLP
Immigration, Asylum and Public Law - Regulated by the Solicitors Regulation Authority

Our ref: MOB/TES/26-0412          Your ref: UASC/YT
[[Tom Ashdown|name]]
Personal Adviser / Social Worker, Children in Care (UASC Team)
Wantsum County Council
By email only: [[tom.ashdown@wantsum.gov.uk|email]]

[[19th November 2026|date]]

Dear Mr [[Ashdown|name]]

Our client: [[Yonas TESFAMARIAM|name]] (also recorded by the Home Office as [[Yonas Tesfay|name]] and on his Eritrean baptismal
certificate as [[Yonas Tesfamariam Gebremedhin|name]]), Home Office reference T1190482
Date of birth: [[01.03.2010|dob]] (disputed by the Home Office as [[1 January 2009|dob]])

We write about the Merton-compliant age assessment completed by your colleagues [[Sharon Dimmock|name]] and [[Alan Okoye|name]] on
[[30 October 2026|date]]. Our client was not offered an appropriate adult independent of the authority, and the interpreter, a
Tigrinya speaker, was heard by our client to say to Ms [[Dimmock|name]] that "these boys all say sixteen". Our client also told
the assessors that his father, [[Tesfamariam Gebremedhin|name]], was taken for national service in 2017 and that his mother,
[[Letebrhan Woldu|name]], is in a camp in [[Shire|place]], Ethiopia. Neither fact appears in the assessment.

Please treat this letter as a pre-action protocol letter for judicial review. We ask you to withdraw the assessment and to
continue to treat [[Yonas|name]] as a child looked after under section 20 of the Children Act 1989, placed with Mr and Mrs
[[Sayer|name]] at [[7 Cheriton Gardens|address]], [[Folkestone|place]] [[CT20 2AR|postcode]], pending a fresh assessment.

We also enclose a letter from his teacher at [[East Kent College|school]], Mrs [[Angela Fagg|name]], and a statement from his foster
carer, Mrs [[Julie Sayer|name]] (mobile [[07810 552364|phone]]), both of whom describe him as a child.

Yours sincerely

[[Miriam Osei-Bonsu|name]]
Solicitor
Direct line: [[01227 455 920|phone]]   Email: [[m.osei-bonsu@harbourlanelaw.co.uk|email]]
"""),
    ("pathway plan review", """PATHWAY PLAN - review (age 16+)   Wantsum County Council, Care Leavers' Service
Name: [[Yonas Tesfamariam|name]]    DOB: [[2010-03-01|dob]]    NI number: [[WE 39 12 64 C|ni]]    NHS: [[705 433 5961|nhs]]
Mobile: [[07531 660 294|phone]]    Placement: foster care ([[Sayer|name]] household), [[Folkestone|place]]    UPN: [[A886403214212|upn]]
Reviewing officer: [[Graham Tuppen|name]], IRO      Personal adviser: [[Tom Ashdown|name]], [[01622 694 310|phone]]
Date of review: [[24 November 2026|date]]

1. Health - Initial health assessment done by Dr [[Leila Farouk|name]] at the William Harvey Hospital (latent TB screen
negative, scabies treated). Dentist: Sandgate Road Dental. [[Yonas|name]] has been sleeping better since starting EMDR with the
Refugee Wellbeing Team.

2. Education - [[East Kent College|school]], ESOL and Maths. 94% attendance. His friend [[Filmon|name]] is on the same course.

3. Identity and relationships - "I am Tigrinya, I am from [[Mendefera|place]]. My mum is [[Letebrhan|name]], my sister is [[Selam|name]].
My dad I don't know." He talked to his mum on Sunday [[22 November|date]] through a video call arranged by the Red Cross
family tracing service - the first time since 2023. He cried and said it was the best day in England. He goes to the St
Michael's Eritrean Orthodox church in [[Margate|place]] on Sundays with [[Filmon|name]]'s family (the [[Berhanes|name]]).

4. Safety - The man who called himself "Uncle [[Dawit|name]]" ([[Dawit Haile|name]]) has not rung again since [[Tom|name]] reported him
to Kent Police and the National Referral Mechanism (reference not a personal identifier). [[Yonas|name]] agreed to block any
number he does not know.

5. Money and housing - Weekly allowance paid to a Monzo account. Staying Put discussed with Mrs [[Sayer|name]]; she and [[Mark|name]]
would like him to stay until he is 21. Next review: [[24/05/2027|date]].
"""),
]

# --- E. Boswell family (Romany Gypsy), Cornwall -------------------------------------------------------------------

HOME_E = d.Address("Plot 4, Boscarne Travellers' Site, Carnkie Road", "", "Redruth", "TR16 6SD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ruby-Mae", "Boswell")], dt.date(2015, 5, 7), [HOME_E], ids=["9437698147", "J908203614297"],
       schools=["Penventon Primary School"]),
    _p("m", "mother", [("Caroline", "Boswell"), ("Carly", "Boswell")], dt.date(1990, 10, 19), [HOME_E], phones=["07527 119804"]),
    _p("f", "father", [("Jimmy", "Loveridge")], dt.date(1987, 2, 25), ids=["HT 55 19 83 A"]),
    _p("s1", "sibling", [("Tyson", "Boswell")], dt.date(2012, 8, 11), [HOME_E], ids=["K908221114295"]),
    _p("s2", "sibling", [("Lavender", "Boswell")], dt.date(2019, 12, 24), [HOME_E], ids=["9990874921"]),
    _p("g", "grandparent", [("Eliza", "Boswell")]),
    _p("n", "partner", [("Dean", "Penhaligon")], dt.date(1985, 7, 30)),
    _p("p1", "professional", [("Morwenna", "Trewin")], phones=["01872 322140"], emails=["morwenna.trewin@tamarside.gov.uk"]),
    _p("p2", "professional", [("Shelley", "Nance")]),
    _p("p3", "professional", [("Andrew", "Kitto")], phones=["01872 326 536"], emails=["andrew.kitto@tamarside.gov.uk"]),
], "c")

DOCS_E = [
    ("private fostering notification", """NOTIFICATION OF A PRIVATE FOSTERING ARRANGEMENT
(Children Act 1989, section 67; Children (Private Arrangements for Fostering) Regulations 2005)
To: Tamarside Council, Private Fostering Team.   Received by phone and written up by [[Morwenna Trewin|name]] on [[02/11/2026|date]]

Child's full name: [[Ruby-Mae Boswell|name]]    Known as: [[Ruby|name]] / "[[Rubes|name]]"
Date of birth: [[7th May 2015|dob]]    School: [[Penventon Primary School|school]], [[Redruth|place]]    UPN: [[J908203614297|upn]]
Child's usual home: [[Plot 4, Boscarne Travellers' Site, Carnkie Road|address]], [[Redruth|place]] [[TR16 6SD|postcode]]
Ethnicity: Gypsy/Roma (Romany Gypsy)    Religion: Christian (Light and Life church)    Language: English, some Romanes

Parent with parental responsibility: [[Caroline Boswell|name]] ("[[Carly|name]]"), same address, [[07527 119804|phone]]
Other parent: [[James Loveridge|name]] ("[[Jimmy|name]]"), currently in HMP Exeter; PR: yes (named on birth certificate)

Proposed private foster carer: Mrs [[Tina Lee|name]] (not a relative; family friend from the horse fairs), DOB [[12/03/1971|dob]]
Carer's NI number (for the DBS check): [[AB 71 44 02 D|ni]]
Carer's address: [[Chy-an-Dour, Trevu Road|address]], [[Camborne|place]] [[TR14 8SR|postcode]]   Tel: [[01209 713 552|phone]]
Others in the carer's household: her husband [[Nelson Lee|name]] (58); her grandson [[Kyle Lee|name]] (17)
Start date of arrangement: [[18 October 2026|date]]    Expected to last: "until after Christmas"

Why: [[Carly|name]] says the site is "no place for a girl right now" since her new partner, [[Dean Penhaligon|name]], moved his
trailer onto the plot, and there were arguments with her brother-in-law [[Levi Loveridge|name]]. [[Ruby-Mae|name]] asked to stay with
"Aunty [[Tina|name]]" (not a blood aunt; a term of respect). Her brother [[Tyson|name]] (14, UPN [[K908221114295|upn]]) stays with
Nanny [[Liza|name]] on the site; her little sister [[Lavender|name]] (6) stays with mum.

Action: Visit to the carer's home within 7 working days; DBS checks for [[Tina|name]], [[Nelson|name]] and [[Kyle|name]]; speak to
[[Ruby-Mae|name]] alone; tell the school's DSL, Mr [[Trembath|name]]; Gypsy Traveller Education Service informed (ask for [[Bryony|name]]).
"""),
    ("contact supervisor log", """Supervised family time - recording sheet          Tamarside Family Time Service, Pool Family Centre
Children: [[Ruby-Mae|name]], [[Tyson|name]] and [[Lavender Boswell|name]]     Visiting adult: father, [[Jimmy Loveridge|name]] (on licence)
Supervisor: [[Shelley Nance|name]]       Date: Sat. [[14.11.26|date]]       Time: 10.00-12.00

09.55 Dad arrived, dropped off by his cousin in a blue Ford Transit Custom, [[WK16 TYH|vehicle]]. Dad said the cousin is
"[[Reuben|name]]", then corrected himself: "my cousin [[Levi|name]]'s boy". I did not see the driver's face.
10.05 Children arrived with Nanny [[Eliza Boswell|name]] (paternal side? - no, she is mum's mum). [[Lavender|name]] ran straight to dad.
[[Tyson|name]] hung back, hood up, on his phone (Fortnite). [[Ruby-Mae|name]] gave dad a card she made at school.
10.20 Dad asked [[Tyson|name]] about boxing at the Camborne ABC and the trotting races. Good warm talk. Dad said "your mam's
new fella, that [[Penhaligon|name]], he's not to lay a finger on you". I reminded dad of the agreement not to discuss [[Dean|name]]
or the adults' arguments. Dad apologised.
10.45 Drawing with [[Lavender|name]]. She drew "[[Jimmy|name]]'s wagon" and the grey mare called Duchess, and a
big red heart with "MAM" in it.
11.15 Dad gave the children £20 each. [[Ruby|name]] asked whether she could visit him "at the prison in [[Exeter|place]]". Dad said "not
there, bab, I'll be out by Easter". [[Ruby|name]] said she likes living with Aunty [[Tina|name]] in [[Camborne|place]].
11.55 Goodbyes. [[Tyson|name]] hugged dad. Nan took the children home to [[Carnkie|place]].
Supervisor's comment: warm, child-focused; dad needed two reminders. Report to SW [[M. Trewin|name]] by [[16/11/2026|date]].
"""),
    ("lado referral", """REFERRAL TO THE LOCAL AUTHORITY DESIGNATED OFFICER (LADO) - allegation against a person who works with children
To: [[Andrew Kitto|name]], LADO, Tamarside Council - [[andrew.kitto@tamarside.gov.uk|email]], tel. [[01872 326 536|phone]]
From: Mr [[Paul Trembath|name]], Headteacher and Designated Safeguarding Lead, [[Penventon Primary School|school]]
Date of referral: [[19 November 2026|date]]

Person the allegation is about: Mr [[Jason Pascoe|name]], Teaching Assistant (Year 6), DOB [[04/09/1994|dob]]
NI no. (from payroll): [[PW 61 94 27 A|ni]]
Address: [[22 Agar Road|address]], [[Illogan|place]], [[Redruth|place]] [[TR15 2JT|postcode]]
Vehicle: silver VW Golf [[WF15 OYR|vehicle]]
Other roles with children: volunteer coach at Redruth RFC juniors; St John Ambulance Badgers leader

Child: [[Ruby-Mae Boswell|name]] (11), [[07/05/2015|dob]], Year 6, looked-after status: none (private fostering arrangement)

What happened: On Tuesday [[17 November|date]] [[Ruby-Mae|name]] told her class teacher, Miss [[Kerenza Rowe|name]], that "Mr P"
had been messaging her on Instagram since half term, calling her "gorgeous" and asking if she had "a boyfriend on the site".
She showed Miss [[Rowe|name]] the messages on the phone her Aunty [[Tina|name]] bought her. The account uses his first name and a photo of
him (screenshots attached, not reproduced). One message says "don't tell [[Trembath|name]] or your nan lol".

Immediate action: Mr [[Pascoe|name]] has not been told. His line manager, Mrs [[Demelza Angove|name]] (Deputy Head), has been told.
[[Ruby-Mae|name]]'s mother ([[Carly Boswell|name]], [[07527 119 804|phone]]) and her private foster carer (Mrs [[T. Lee|name]]) informed.
Police: Devon and Cornwall Police informed via 101 (log 0413 of [[19/11/26|date]]); PC [[Hosking|name]] to attend.
"""),
]

# --- F. Sutcliffe family (white British), Grimsby -----------------------------------------------------------------

HOME_F = d.Address("63 Rutland Street", "", "Grimsby", "DN32 7NA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kai", "Sutcliffe")], dt.date(2013, 4, 27), [HOME_F], ids=["4887269978", "J812200514986"],
       schools=["Freeman Street Academy"]),
    _p("m", "mother", [("Leanne", "Sutcliffe"), ("Leanne", "Marshall")], dt.date(1989, 9, 14), [HOME_F], phones=["07864 205377"],
       ids=["RM 08 52 37 B"]),
    _p("f", "father", [("Craig", "Sutcliffe")], dt.date(1986, 6, 8), [d.Address("Flat 2, 41 Welholme Road", "", "Grimsby", "DN32 0DS")],
       phones=["01472 358204"], emails=["craigsutty86@gmail.com"]),
    _p("n", "partner", [("Wayne", "Fenwick")], dt.date(1984, 1, 31), [HOME_F]),
    _p("s1", "sibling", [("Brooke-Lily", "Sutcliffe")], dt.date(2017, 2, 2), [HOME_F], ids=["B812404014724"]),
    _p("s2", "sibling", [("Archie", "Fenwick")], dt.date(2024, 6, 19), [HOME_F], ids=["6558490765"]),
    _p("g", "grandparent", [("Pauline", "Marshall")]),
    _p("p1", "professional", [("Jodie", "Ellerby")], phones=["01472 326298"], emails=["jodie.ellerby@freshney.gov.uk"]),
    _p("p2", "professional", [("Samantha", "Kershaw")]),
    _p("p3", "professional", [("Mark", "Whitfield")]),
], "c")

DOCS_F = [
    ("mash contact record", """FRESHNEY COUNCIL - INTEGRATED FRONT DOOR - CONTACT RECORD
Contact type: Telephone (member of the public)    Received: [[09/09/2026|date]] 16:42    Call handler: [[Natalie Cherry|name]]
Caller: neighbour - wishes to stay anonymous to the family. Caller's details (not to be shared): Mrs [[Gail Thompson|name]],
[[61 Rutland Street|address]], [[Grimsby|place]], tel. [[07716 843 902|phone]]

Child(ren) the call is about: baby (boy, about 2, "[[Archie|name]]"), a girl about 9 ("[[Brooke|name]]",
[[Brooke-Lily Sutcliffe|name]] on our system, UPN [[B812404014724|upn]]) and a lad of 13 ("[[Kai|name]]")
Address: [[63 Rutland St|address]], [[DN32 7NA|postcode]]   Parent: "[[Leanne|name]]", surname not known to caller -
[[Sutcliffe|name]] on our system

What the caller said: "Every night there's shouting through the wall. Last night about 11 I heard [[Leanne|name]]'s fella, the one
they call [[Fenny|name]], screaming at the baby to shut up and then a bang, and the baby went quiet. The big lad, [[Kai|name]], is out
till all hours round Freshney Place and the [[Nunsthorpe|place]] with older lads. Their real dad, [[Craig|name]], used to be all right
but he's not allowed round now. [[Fenny|name]] drives a white Transit, [[FN19|vehicle]] something, parks it on the pavement."

Checks: [[Leanne Sutcliffe|name]] (née [[Marshall|name]]), DOB [[14/09/1989|dob]], NI [[RM 08 52 37 B|ni]];
partner [[Wayne Fenwick|name]], DOB [[31.01.1984|dob]], known to Humberside Police for domestic abuse against a previous partner,
[[Stacey Bell|name]] ([[Scartho|place]], 2021). Vehicle on PNC:
[[FN19 OXD|vehicle]] (Ford Transit, white), keeper [[W. Fenwick|name]]. [[Archie Fenwick|name]], DOB [[19 June 2024|dob]], NHS
[[655 849 0765|nhs]]; GP: Roxton Practice (Pilgrim Primary Care). Health visitor [[Sam Kershaw|name]] last saw [[Archie|name]] on
[[2 July 2026|date]] (weight fine).
[[Kai|name]]: NHS [[4887269978|nhs]], UPN [[J812200514986|upn]], [[Freeman Street Academy|school]], Year 9, two fixed-term suspensions.

Decision (Team Manager, [[Lisa Hewson|name]]): Threshold met for a strategy discussion. Police (DS [[Mark Whitfield|name]], Public
Protection Unit) to be invited. Social worker allocated: [[Jodie Ellerby|name]].
"""),
    ("learning review extract", """NORTH EAST LINCOLNSHIRE SAFEGUARDING CHILDREN PARTNERSHIP
Local Child Safeguarding Practice Review: "Baby A" - DRAFT FOR PUBLICATION (v0.4, redaction check in progress)

1. Introduction
1.1 This review concerns Baby A, a boy of two, who was admitted to the Diana, Princess of Wales Hospital in [[Grimsby|place]] on
[[11 September 2026|date]] with a skull fracture and was transferred to Hull Royal Infirmary. He has made a good recovery.
1.2 Baby A lived with his mother, his half-siblings (Child K, 13, and Child B, 9) and his father, referred to here as Mr F.
1.3 The review was commissioned by the partnership on [[2 October 2026|date]] following a rapid review on [[25/09/2026|date]],
and was led by an independent reviewer, Dr [[Helen Aspinall|name]], with a panel drawn from Freshney Council, Humberside Police,
Northern Lincolnshire and Goole NHS Foundation Trust and the Humber and North Yorkshire ICB.

2. Key practice episodes
2.1 A neighbour rang the front door on [[9 September|date]] and described shouting and "a bang". The call was correctly
screened as meeting the threshold, but the strategy discussion was booked for [[12/09/2026|date]], three days later.
2.2 The health visitor had seen Baby A in July and noted a small bruise on his ear, which the mother said came from a
stair gate. The health visitor followed the NICE guideline but did not know that Mr F had a history of domestic abuse.
[Drafting note, DELETE BEFORE PUBLICATION: para 2.2 still names "[[Wayne|name]]" in the health visitor's quoted record, and
the chronology at appendix 2 lists "[[63 Rutland St|address]]" - both to be removed. Reviewer: [[H. Aspinall|name]]; comms lead
[[Ryan Clixby|name]].]
2.3 Child K told the review: "Nobody asked me what it was like at home. I would have told them." Child K's school, in
[[Grimsby|place]], had recorded nineteen safeguarding concerns in a year on CPOMS but had not made a referral.

3. Learning
3.1 Professionals should ask about every adult in a household, including a new partner, and use Clare's Law.
3.2 Fathers and male carers must be seen and assessed (see the national panel's "The Myth of Invisible Men", 2021).
3.3 The partnership will publish this report on its website on Monday [[1 February 2027|date]], subject to the criminal trial.
Contact: the partnership's business unit (details on its website).
"""),
    ("father's complaint email", """From: [[Craig Sutcliffe|name]] <[[craigsutty86@gmail.com|email]]>
Sent: Sunday, [[15 November 2026|date]] 23:58
To: Complaints Team; [[jodie.ellerby@freshney.gov.uk|email]]
Subject: complaint about social worker [[Jodie Ellerbie|name]] and my son [[KAI SUTCLIFFE|name]] dob [[27/4/13|dob]]

To whoever reads this,

I am [[Kai|name]] and [[Brooke-Lily|name]]'s dad and I am making a formal complaint. Nobody from the social has rung me back since
the [[20th October|date]]. I have left 5 messages on [[01472 326 298|phone]] for miss [[Ellerby|name]]. I have PR for both my kids, my name
is on both birth certificates. [[Leanne|name]]s new bloke [[Wayne
Fenwick|name]] is the one who hurt [[Archie|name]] and everyone in [[Grimsby|place]] knows it, but its me that gets told I cant see my
own kids without a supervisor at the family centre on [[Chelmsford Avenue|address]].

[[Kai|name]] rang me on friday night from a lads phone at [[Cleethorpes|place]] front at 1am. He said him and [[Tyler|name]] and some
older lad called "[[Dex|name]]" had been in a car. I picked him up and took him back to my flat ([[Flat 2, 41 Welholme Rd|address]],
[[DN32 0DS|postcode]]) and my mam [[Sheila|name]] came round. Then [[Leanne|name]] reported me to the police for not bringing him back! PC
[[Danby|name]] came at 3am. [[Kai|name]] told him he wants to live with me.

[[Brooke|name]] is 9 and she is scared of [[Fenny|name]]. Her nan, [[Pauline Marshall|name]], will tell you the same. [[Pauline|name]]
has her every Tuesday. I want a new social worker and I want a meeting with the manager. My number is [[01472 358204|phone]] or mobile
[[07599 301448|phone]].

[[Craig|name]]
(sent from my Samsung Galaxy)
"""),
    ("facebook messenger", """Facebook Messenger - exported by SW for the case file (with mum's consent), [[17 Nov 2026|date]]

[[Leanne Sutcliffe|name]]: hiya is that the social
[[Jodie Ellerby|name]]: Hi [[Leanne|name]], yes it's [[Jodie|name]] from Freshney children's services. Is now OK to talk?
[[Leanne Sutcliffe|name]]: cant ring [[fenny|name]] is here. [[kai|name]] didnt come home again last nite
[[Jodie Ellerby|name]]: OK. Have you reported him missing to the police on 101?
[[Leanne Sutcliffe|name]]: yeh at 2. he was at his dads. [[craig|name]] never tells me owt
[[Leanne Sutcliffe|name]]: and [[brooke|name]] has nits again lol i cant cope
[[Jodie Ellerby|name]]: Is [[Archie|name]] OK? Is [[Wayne|name]] staying at the house? The agreement was that he wouldn't.
[[Leanne Sutcliffe|name]]: hes only there in the day. [[archie|name]] loves him
[[Leanne Sutcliffe|name]]: my mum said shel have the kids at hers in [[cleethorpes|place]] tues to thurs
[[Jodie Ellerby|name]]: That's kind of her. I'll come to [[Pauline|name]]'s on Tuesday at 4 if that's OK, to see all three.
[[Leanne Sutcliffe|name]]: ok. dont tell [[fenny|name]] i messaged u
[[Leanne Sutcliffe|name]]: oh and [[kai|name]] said a lad called [[deacon|name]] from [[nunsthorpe|place]] keeps giving him vapes

Worker's note: "[[fenny|name]]" is [[Wayne Fenwick|name]]. "[[Deacon|name]]" not known; checked with police - a
[[Deacon Harrup|name]], 17, of [[Nunsthorpe|place]] is known to the youth justice service. Strategy discussion to be reconvened.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 7 (written 2026-11-22 evening without reading the detector; held out until scored at 21:31 UTC, read since)"


def sets() -> dict[str, list[Doc]]:
    return {NAME: _docs(_PAIRS)}


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "ds", "nurse", "aunty", "uncle", "nanny", "nan", "nani", "dada", "ayeeyo",
           "abba", "ammu", "dadi", "mam", "mum", "dad"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "fri",
             "sat", "sun"}
_NOT_PLACES = {"england", "somalia", "slovakia", "bangladesh", "eritrea", "ethiopia", "uganda", "sudan", "kent", "cornwall",
               "lincolnshire", "united kingdom"}


def _valid_phone(number: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, "GB"))
    except phonenumbers.NumberParseException:
        return False


def problems(pairs=_PAIRS, record_ids=None, record_phones=None) -> list[str]:
    """Checks of the marking itself (no detector involved); an empty list when all is well.

    Set 6's checker (bench.redaction_heldout.problems) does the parsing, stray-markup, span, check-digit, NI-format and
    name-left-unmarked checks; this adds that every phone span and record phone is a valid number.
    """
    from bench.redaction_handwritten import _parse
    from bench.redaction_heldout import problems as set6_problems

    out = set6_problems(pairs, _RECORD_IDS if record_ids is None else record_ids)
    for number in _RECORD_PHONES if record_phones is None else record_phones:
        if not _valid_phone(number):
            out.append(f"record phone is not a valid number: {number}")
    for _record, docs in pairs:
        for style, marked in docs:
            text, gold = _parse(marked)
            for start, end, kind in gold:
                words = text[start:end]
                if kind == "phone" and not _valid_phone(words):
                    out.append(f"{style}: phone is not a valid number: {words}")
                if kind == "name" and words.split()[0].rstrip(".").lower() in _TITLES:
                    out.append(f"{style}: a title or kinship word inside a name span: {words!r}")
                if kind in ("date", "dob") and words.split()[0].rstrip(",.").lower() in _WEEKDAYS:
                    out.append(f"{style}: a weekday inside a date span: {words!r}")
                if kind == "place" and words.lower() in _NOT_PLACES:
                    out.append(f"{style}: a country or county marked as a place: {words!r}")
    return out


def counts() -> tuple[int, dict[str, int]]:
    return gold_counts(sets())


if __name__ == "__main__":
    raise SystemExit(report(sets()[NAME], problems()))
