"""Set 202: a held-out hand-written set for the redaction detector, six invented families in the Norfolk Broads.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set203.py to bench/redaction_set205.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its docstring, its first family's record and first two documents' opening, and its last
document and closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, the HandSet lines) and tests/test_redaction_set181.py
in full (the layout followed here); of bench/redaction_set21.py only the first 15 lines of its docstring (its conventions were
followed as set 181 restates them); of the docstrings of bench/redaction_set7.py to bench/redaction_set201.py nothing was
printed, they were only searched by a script (ast.get_docstring and a word match) for the towns, villages and communities this
set uses, which printed set numbers only (Aylsham, Wroxham, Stalham, Hoveton, Horning, Ludham, Catfield, Hickling, Millgate and
Tiv appear in none; Norfolk, Sutton, Ingham, Cawston and Buxton appear in some, and none of them is a family's home here); a
grep of bench/redaction_handwritten.py for the `_party`, `Records` and `HandSet` lines (it also showed a few lines of its
example record); and no part of pyproject.toml (ruff was run with the project's settings). Phone numbers were checked with
the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in the Norfolk Broads, each in a town, district or village the earlier docstrings did not show as a family's home:
a white British mother and her partner in Millgate, Aylsham, with a nan in Marsham (Sadler / Gotts; heroin use by both
adults, neglect of a girl of 10 and a boy of 6, a child protection plan); a Tiv family (from Benue State, Nigeria; the Tiv
community was not named in any earlier docstring) in Hoveton, across the bridge from Wroxham (Iorhemen; economic and
physical domestic abuse, a passport withheld, a girl of 14 walking her brother to school, a family chat in Tiv and English);
a white British young carer of 13 in Stalham with a father who has paranoid schizophrenia (Kemp; a nan in Sutton, a mother in
Great Yarmouth); a white British boy of 15 in Horning going missing and drawn into county lines (Thurston; a father in
Bowthorpe, Norwich, a flat in Mile Cross, adults of concern from Lowestoft); a white British disabled girl of 7 with autism and
epilepsy in Ludham (Cubitt; short breaks, a mother's 3 a.m. email, grandparents in Catfield); and a young mother of 22 in
Catfield with post-natal depression and an abusive ex-partner, living between her flat and her own mother's in Hickling
(Nobbs / Larkin; a baby and a boy of 6, an uncle in Dublin).
24 documents, each with its own style label: a primary school safeguarding log, a nan's voice notes typed up, initial child
protection conference minutes, a child's own writing in class, a police DASH risk assessment, a family WhatsApp chat in Tiv
with translation, a MARAC referral, a girl's email to her head of year (with the reply), a young carers' assessment, a CPN's
phone call notes, a school letter scanned by OCR with misreadings, a child's diary, a police missing person report, a return
home interview, a mother's texts to the social worker, contextual safeguarding panel minutes, a short breaks application, a
mother's 3 a.m. email, an OT home visit note, short breaks panel minutes, a health visitor's notes, a Snapchat thread printed by
a nan, a GP's referral letter to perinatal mental health, and a boy's words written down by his teacher.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (some
street names are invented too). Phones are valid (phonenumbers), UK and foreign (Nigeria, Ireland); NHS numbers and UPNs
(LA 926) pass their check digits. The Tiv lines in the chat are short greetings and a prayer, given with a translation; they
are the writer's best attempt and may not be idiomatic. The council ("Broadside"), its children's services, the IDVA service's
email domain, the surgeries and the youth hub are invented or unmarked organisations; towns, villages, districts and estates
are real and marked as places. Schools are named as real Broads schools are believed to be named, but no real pupil or staff
member is meant.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 restates them. Titles and kinship words stay
outside a name (Mr, Mrs, Miss, Dr, PC, PS, DI, Pastor, Auntie, Uncle, Nan, Nanny, Grandad, Grandma, Sister, and the chat
contacts "Papa" and "Mama", which are not names); "SURNAME, First" and "First SURNAME" are one span ("SADLER, Lacey", "Doosuur
IORHEMEN"); initials alone are not marked; chat usernames ("tl_boi01", "chlo_xx04") are not marked; a family name in a group
chat's title ("Iorhemen Family") marks the name only; a family name in the plural ("the Boultons") is a name; a neighbour's
bare house number ("no. 11", "no 24", "Flat 4") is an address; organisations holding a town's or village's name stay
unmarked ("Aylsham Medical Practice", "Ludham & Stalham Green Surgery", "North Norfolk District Council", "Great Yarmouth
Borough", "Broads Authority", "Norfolk Young Carers", "Broadside Children's Services"), while a shop or venue named by its town
in lower-case words ("Boots, Aylsham", "the stalham hub", "McDonald's, Wroxham") marks the town; Norfolk, Benue and Nigeria,
Ireland and the Broads (a region) are not places; a river ("the river path") and a pub ("the Swan") are not marked; an OCR
misreading keeps its kind ("StaIham" a place, "l8 November 2O26" a date, "NRl2 9DG" a postcode, "G. Kernp" a name); a
weekday stays outside a date ("Thursday [26th November]"); a bare month and year ("August 2026", "May 2027") is not marked; a
birthday without a year in a child's writing ("11th march") is marked as a date of birth.

Choices this set had to make: the hospitals ("Jenny Lind") and the Broads hotel are organisations; "Wroxham bridge" and
"Ludham bridge" mark the village; "catfield common" marks the village; a mooring or staithe is a landmark and not marked.

Self-check without the detector: `python -m bench.redaction_set202` (and tests/test_redaction_set202.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 527 of them names (places 129, dates 117, addresses 26, phones 26, schools 22,
dobs 21, postcodes 9, NHS numbers 8, emails 7, vehicles 7, UPNs 6, NI numbers 2)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sadler / Gotts family (white British), Millgate, Aylsham; nan in Marsham -------------------------------------------

HOME_A = d.Address("9 Mill Row", "Millgate", "Aylsham", "NR11 6HQ")
NAN_A = d.Address("3 Fengate Close", "Marsham", "Norwich", "NR10 5PT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Sadler")], dt.date(2016, 3, 11), addresses=[HOME_A], ids=["6763360673", "P926551395018"],
       schools=["Bure Valley School"]),
    _p("s", "sibling", [("Mason", "Gotts")], dt.date(2020, 8, 27), addresses=[HOME_A], ids=["7085337982"]),
    _p("m", "mother", [("Kerry", "Sadler")], dt.date(1993, 12, 4), addresses=[HOME_A], phones=["07734 519 260"]),
    _p("f", "father", [("Dean", "Gotts")], dt.date(1989, 5, 19), addresses=[HOME_A], phones=["07825 361 947"]),
    _p("g", "grandparent", [("Brenda", "Sadler")], dt.date(1967, 10, 2), addresses=[NAN_A], phones=["01263 733 418"]),
], "c")

DOCS_A = [
    ("primary school's safeguarding log", """[[BURE VALLEY SCHOOL|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[SADLER, Lacey|name]]  DOB [[11/03/2016|dob]]  UPN [[P926551395018|upn]]  Year 6, Otters
Mum [[Kerry Sadler|name]] [[07734 519 260|phone]]; mum's partner [[Dean Gotts|name]] [[07825 361 947|phone]]
Home: [[9 Mill Row|address]], [[Millgate|place]], [[Aylsham|place]] [[NR11 6HQ|postcode]]

[[07/09/2026|date]] [[Lacey|name]] no PE kit, hair matted, hungry at break. Class teacher Mr [[Kettle|name]] gave toast.
[[14/09/2026|date]] Brother [[Mason|name]] (Reception at [[John of Gaunt|school]]) collected late by nan, Mrs [[Brenda Sadler|name]], who
came on the bus from [[Marsham|place]]. Said "[[Kerry|name]]'s back on it".
[[21.9.26|date]] [[Lacey|name]] told TA Mrs [[Jodie Crane|name]] that [[Dean|name]] "sleeps in the day and has needles in the
bathroom cupboard". DSL Mrs [[Helen Twiddy|name]] informed 09:40. MASH referral same day.
[[23 Sept|date]] Strategy. SW [[Owen Barrett|name]] allocated ([[owen.barrett@broadsidecs.gov.uk|email]]).
[[1 Oct 2026|date]] [[Lacey|name]] says she walks [[Mason|name]] to school along the river path by the mill. Friend
[[Poppy Dyball|name]]'s mum ([[Sam Dyball|name]], [[Cromer Road|address]]) sometimes gives them breakfast.
[[8/10/26|date]] Absent. Home visit [[Helen|name]] + Mr [[Kettle|name]]: curtains shut; neighbour Mr [[Ray Pegg|name]] at [[no. 11|address]]
said a silver car, [[AY17 KXN|vehicle]], comes "all hours". Passed to PC [[Howlett|name]].
[[9th October|date]] [[Lacey|name]] back. Said they stayed at "Uncle [[Shane|name]]'s" in [[North
Walsham|place]].
[[15/10|date]] Nan rang from [[01263 733 418|phone]]: she can take both kids Fridays. Told [[Owen|name]].
[[22/10/2026|date]] [[Lacey|name]] drew her family: [[Mason|name]], nan, the dog, no mum. Said "mummy [[kerry|name]] is
poorly". Copy to [[Owen Barrett|name]].
[[29/10/2026|date]] Conference at the Town Hall. [[Helen Twiddy|name]] attended; [[Lacey|name]] told Mrs [[Crane|name]] beforehand
that she wants to "live at nanny's in [[Marsham|place]] but visit mum". Friends [[Isla-Rose Blyth|name]] and [[Poppy|name]] kept close.
[[4/11/26|date]] [[Mason|name]]'s teacher at [[John of Gaunt|school]], Mrs [[Tink Harrold|name]], rang: [[Mason|name]] said "[[Jonno|name]]
took mummy's telly". Passed to [[Owen|name]] at 14:05 and to PC [[Howlett|name]].
[[5.11.26|date]] [[Kerry|name]] came to parents' evening with her sister [[Danielle Sadler|name]] from [[Reepham|place]]. Looked well.
"""),
    ("nan's voice notes typed up", """Voice notes from [[Brenda Sadler|name]] (nan) to SW [[Owen Barrett|name]], typed by admin
[[Lou Howes|name]],
[[19/10/2026|date]]

Thurs [[15 Oct|date]] 18:02 - hello [[owen|name]] its [[brenda|name]], [[lacey|name]]s nan. i've been round [[millgate|place]] and there's
no food in, [[kerry|name]] is asleep on the settee and [[dean|name]] has gone off with that [[jonno|name]] in the car again. i've took
[[mason|name]] home with me to [[marsham|place]], [[lacey|name]] wouldnt leave her mum.
Fri [[16 Oct|date]] 07:45 - me again. [[kerry|name]] rang at 3 in the morning crying, says [[dean|name]] had a go at her. i said
come to mine at [[3 fengate close|address]]. she wont. my neighbour [[maureen|name]] says i should ring the police.
Fri [[16 Oct|date]] 16:20 - [[lacey|name]] is with me now, her friend [[poppy|name]]s mum dropped her. can you ring me on the house
phone, [[01263 733 418|phone]], the mobile's broke.
Sat [[17th|date]] 10:11 - [[dean|name]]'s brother [[shane gotts|name]] turned up wanting [[mason|name]]. i said no. he went off
towards [[buxton|place]]. my [[keith|name]] would of sorted him if he was still here.
Sun [[18.10|date]] 21:30 - [[kerry|name]] says shell go to the drug place in [[norwich|place]] monday. her worker is [[gemma|name]]? i
dont know the surname. the kids are asleep. night [[owen|name]].
Mon [[19 Oct|date]] 08:15 - [[owen|name]] its [[brenda|name]]. [[dean|name]]s mum [[carol gotts|name]] rang me from [[north walsham|place]],
says [[shane|name]] is staying with her now and has a new van. [[lacey|name]] and [[mason|name]] got the bus with me to [[aylsham|place]],
i dropped them at school and [[mason|name]] at the infants. mrs [[twiddy|name]] saw me. [[kerry|name]] has got her appointment with
[[gemma|name]] at 11. i'll be at my sisters [[pat|name]]s in [[cawston|place]] after if you need me, [[01263 733 418|phone]] wont work
there.
"""),
]

DOCS_A += [
    ("child protection conference minutes", """BROADSIDE CHILDREN'S SERVICES - INITIAL CHILD PROTECTION CONFERENCE
Date: [[29 October 2026|date]], the Town Hall, [[Aylsham|place]]
Chair: [[Margaret Loades|name]] (IRO)   Minutes: [[Tina Rix|name]]
Children: [[Lacey SADLER|name]] (dob [[11.03.2016|dob]], NHS [[676 336 0673|nhs]]) and [[Mason GOTTS|name]] (dob [[27.08.2020|dob]],
NHS [[708 533 7982|nhs]])
Present: [[Kerry Sadler|name]] (mother), [[Brenda Sadler|name]] (maternal grandmother), [[Owen Barrett|name]] (SW),
[[Helen Twiddy|name]] (DSL, [[Bure Valley|school]]), [[Claire Pointer|name]] (HV), [[Gemma Thrower|name]] (Change Grow Live),
PC [[Lee Howlett|name]]. Apologies: [[Dean Gotts|name]] (father of [[Mason|name]]), Dr [[Anand|name]] (GP, report sent).
1. [[Owen|name]] summarised: neglect, heroin use by both adults since spring, [[Dean|name]]'s arrest on [[2 Oct|date]] at [[Cawston|place]].
2. [[Gemma|name]]: [[Kerry|name]] has attended twice in [[Norwich|place]]; script started [[26/10|date]].
3. [[Claire|name]]: [[Mason|name]] missed his 4-year check; weight low.
4. [[Brenda|name]] offered Fridays and holidays. Her lodger [[Pete Bussey|name]] would need a DBS.
5. PC [[Howlett|name]]: car [[AY17 KXN|vehicle]] registered to [[Jonathan Kerrison|name]] of [[Hevingham|place]], known for supply.
Decision: both children subject to a plan under neglect. Core group [[12 November|date]]; review conference [[28 January 2027|date]].
Plan: [[Owen Barrett|name]] lead professional. [[Kerry|name]] to attend every script pick-up at Boots, [[Aylsham|place]]; [[Brenda|name]] to
have the children from Friday 3pm to Sunday 5pm; school ([[Helen|name]]) to give [[Lacey|name]] breakfast club free; [[Claire Pointer|name]]
to weigh [[Mason|name]] on [[5/11|date]] and [[19/11|date]]. Dad [[Dean Gotts|name]] to be offered a separate meeting
([[07825 361 947|phone]]).
Parents' views: [[Kerry|name]] said "I know I've let [[Lacey|name]] down". [[Brenda|name]] said [[Dean|name]]'s brother [[Shane|name]] is
not to
be left with the children. Dissent: none. Distribution: all present, and Dr [[Anand|name]], Aylsham Medical Practice.
"""),
    ("Lacey's own writing in class", """my famly by [[Lacey S|name]] 6O

i live in [[aylsham|place]] by the mill with mum and [[mase|name]] and [[dean|name]]. i like going to nanny [[brenda|name]]s in
[[marsham|place]] becos she does chips and we watch the chase. my best frends are [[poppy|name]] and [[isla-rose|name]]. [[poppy|name]]s
mum is [[sam|name]] she is nice. sometimes mum is to tired to get up so i do [[mason|name]]s coco pops. [[dean|name]] shouts at mum.
uncle [[shane|name]] has a big dog. i want to go to [[aylsham high|school]] with [[poppy|name]] next year. my
birthday is [[11th march|dob]] i will be 11. my teacher is mr [[kettle|name]] and mrs [[crane|name]]. when i grow up i want to
work at [[blickling|place]] with the horses.
my nans nieghbour is [[maureen|name]] she has a cat. at chrismas we are going to aunty [[danielle|name]]s in [[reepham|place]]
and [[poppy|name]] is going to [[cromer|place]]. i hope [[dean|name]] dosent come. [[owen|name]] my social worker is kind and he
drives a red car.
"""),
]


# --- B. Iorhemen family (Tiv, from Benue State, Nigeria), Hoveton (across the bridge from Wroxham) ---------------------------

HOME_B = d.Address("22 Stalham Road", "Hoveton", "Norwich", "NR12 8DG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mwuese", "Iorhemen")], dt.date(2012, 7, 30), addresses=[HOME_B], ids=["3657267085", "Q926695142497"],
       schools=["Broadland High Ormiston Academy"]),
    _p("s", "sibling", [("Aondona", "Iorhemen")], dt.date(2017, 1, 14), addresses=[HOME_B], ids=["3477740211"]),
    _p("m", "mother", [("Doosuur", "Iorhemen")], dt.date(1988, 4, 9), addresses=[HOME_B], phones=["07917 244 083"]),
    _p("f", "father", [("Terkura", "Iorhemen")], dt.date(1983, 11, 21), addresses=[HOME_B], phones=["07562 908 731"]),
], "c")

DOCS_B = [
    ("police domestic abuse risk assessment form", """NORFOLK CONSTABULARY - DASH RISK ASSESSMENT (summary)
Victim: [[IORHEMEN, Doosuur|name]]  DOB [[09/04/1988|dob]]  Tel [[07917 244 083|phone]]
Suspect: [[IORHEMEN, Terkura|name]]  DOB [[21/11/1983|dob]]  Tel [[07562 908 731|phone]]  NI [[JT 48 21 93 C|ni]]
Address: [[22 Stalham Road|address]], [[Hoveton|place]], [[NR12 8DG|postcode]]
Children in house: [[Mwuese|name]] (14), [[Aondona|name]] (9)
Attending: PC [[Rachel Gedge|name]] 4471, PC [[Tom Amis|name]] 2290. Incident [[03/10/2026|date]] 23:40.
Account: [[Doosuur|name]] says [[Terkura|name]] took her passport and her bank card in August 2026 (she said "after the
wedding in [[Makurdi|place]]"), checks her phone, and tonight pushed her against the fridge when she would not hand over her
wages from the hotel in [[Wroxham|place]]. [[Mwuese|name]] rang 999 from her room. Neighbour Mrs [[Valerie Sutton|name]] ([[no 24|address]])
heard shouting.
Q: Has he ever tried to strangle? "No." Q: Threats to kill? "He says he will send the children to his mother in [[Gboko|place]]."
Score 14 - MEDIUM/HIGH. Referral to MARAC and to the IDVA, [[Fiona Rudd|name]]. [[Terkura|name]] arrested, released on bail to
his friend [[Msughter Akaa|name]], [[Flat 2, 7 Norwich Road|address]], [[Wroxham|place]] [[NR12 8RX|postcode]].
Interpreter not needed (all speak English; the family are Tiv, from Benue State, Nigeria). Pastor [[Samuel Orshi|name]] of the church in
[[Norwich|place]] came to the house at 01:10.
Children seen by PC [[Amis|name]]: [[Mwuese Iorhemen|name]] (dob [[30/07/2012|dob]]) calm, looked after [[Aondona|name]]. Mrs
[[Sutton|name]]
([[24 Stalham Road|address]]) took both children for the night. [[Doosuur|name]]'s friend [[Blessing Ayatse|name]] from [[Wroxham|place]]
arrived 01:40 ([[07812 563 904|phone]]). Passport later found at [[Msughter Akaa|name]]'s flat on [[05/10/2026|date]].
"""),
    ("family chat in Tiv with translation", """WhatsApp chat "[[Iorhemen|name]] Family" - extract given by [[Mwuese|name]] to her SW
[[Abigail Frost|name]] on
[[06/10/2026|date]]; Tiv translated by interpreter [[Comfort Ugba|name]]

[[03/10/2026|date]] 21:12 - Papa: M sugh u. [[Mwuese|name]] where is your mother
  (translation: Greetings. [[Mwuese|name]], where is your mother?)
[[03/10/2026|date]] 21:14 - [[Mwuese|name]]: shes at work papa. [[aondo|name]] is asleep
[[03/10/2026|date]] 21:20 - Papa: tell her I am coming from [[Msughter|name]] house now
[[04/10/2026|date]] 08:31 - Auntie [[Ngodoo|name]] ([[+234 803 412 6690|phone]]): Aôndo a wase se. [[Doosuur|name]] call me
  (translation: God help us. [[Doosuur|name]], call me.)
[[04/10/2026|date]] 08:40 - [[Mwuese|name]]: auntie [[ngodoo|name]] police took papa. mama is ok. we are at mrs [[sutton|name]]s
[[04/10/2026|date]] 09:02 - Auntie [[Ngodoo|name]]: i will tell grandma in [[gboko|place]]. dont tell [[terkura|name]]s brother
[[iorwuese|name]]
[[05/10/2026|date]] 19:15 - Mama: [[mwuese|name]] come home by 7. sister [[comfort|name]] is coming
[[05/10/2026|date]] 19:20 - [[Mwuese|name]]: ok mama. im at [[blessing|name]]s with [[aondo|name]] in [[wroxham|place]]
[[06/10/2026|date]] 07:02 - Auntie [[Ngodoo|name]]: Pastor [[Orshi|name]] says he will pray. [[Aondofa|name]] will drive from
[[peterborough|place]]
[[06/10/2026|date]] 07:05 - Mama: thank you [[ngodoo|name]]. [[terkura|name]] is not to come to [[hoveton|place]]. the police said
[[06/10/2026|date]] 07:30 - [[Mwuese|name]]: mama mrs [[sutton|name]] says [[aondona|name]] can stay again tonight. [[valerie|name]] is so
kind
[[06/10/2026|date]] 07:41 - Auntie [[Ngodoo|name]]: greet mrs [[valerie|name]] for me. call grandma [[Mbakuuv|name]] in [[gboko|place]] on
sunday
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - Norfolk
Date of referral: [[07.10.2026|date]]   Referrer: [[Fiona Rudd|name]], IDVA ([[fiona.rudd@leewaynorfolk.org.uk|email]])
Victim: [[Doosuur IORHEMEN|name]], [[22 Stalham Rd|address]], [[Hoveton|place]]   DOB [[9.4.88|dob]]
Perpetrator: [[Terkura IORHEMEN|name]]   DOB [[21.11.83|dob]]   Vehicle [[AK63 RWU|vehicle]] (blue Passat)
Children: [[Mwuese Iorhemen|name]] dob [[30/07/2012|dob]] NHS [[365 726 7085|nhs]] UPN [[Q926695142497|upn]];
[[Aondona Iorhemen|name]] dob [[14/01/2017|dob]] NHS [[347 774 0211|nhs]]
Schools: [[Broadland High|school]] and [[Hoveton St John|school]]
Summary: economic abuse, isolation, passport withheld, assault [[3 October|date]]. [[Doosuur|name]]'s sister [[Ngodoo Tyav|name]] lives in
[[Abuja|place]] and her brother [[Aondofa|name]] in [[Peterborough|place]]. [[Terkura|name]] breached bail on [[6 Oct|date]] by
waiting at the [[Wroxham|place]] bridge. Safe contact: [[Doosuur|name]] at work (Broads hotel, ask for [[Kelly|name]] on
reception) or [[07917 244 083|phone]] after 2pm.
Actions requested: police to flag [[22 Stalham Road|address]]; schools ([[Harriet Sayer|name]] at [[Broadland High|school]], Mrs
[[Ruth Bailey|name]] at [[Hoveton St John|school]]) to be told of bail conditions; SW [[Abigail Frost|name]] to complete a child and family
assessment by [[30 Oct|date]]; housing officer [[Neil Crowe|name]] to look at a move to [[Norwich|place]] if [[Doosuur|name]] wants it.
"""),
    ("Mwuese's email to her head of year", """From: [[mwuese.iorhemen@broadland.norfolk.sch.uk|email]]
To: Mrs [[Harriet Sayer|name]]
Sent: [[12 October 2026|date]] 22:47
Subject: sorry about today

hi miss [[sayer|name]]
sorry i walked out of maths. [[Tyler Bird|name]] said my dad is in prison and [[Jessica Platten|name]] laughed. hes not in prison hes
at his friends in [[wroxham|place]]. i dont want people to know. my mum says i can talk to you and to [[Abigail|name]] (social
worker). my brother [[aondona|name]] keeps asking for papa. i have to take him to school in the mornings now because mum
starts at 7 at the hotel so i will be late on tuesdays and thursdays. please dont tell mr [[Leeder|name]].
also can i do the trip to [[Cambridge|place]] on the [[23rd|date]], mum can pay on friday.
thanks
[[Mwuese|name]] (9H)

Reply from Mrs [[Sayer|name]], [[13/10/2026|date]] 08:10: Hi [[Mwuese|name]], thank you for telling me. I have spoken to [[Tyler|name]] and
[[Jessica|name]]. Mr [[Leeder|name]] knows only that you have to walk [[Aondona|name]] to [[Hoveton St John|school]]. Come and see me at
break. Mrs [[H. Sayer|name]], Head of Year 9
"""),
]


# --- C. Kemp family (white British), Stalham; a young carer with a father who has psychosis ---------------------------------

HOME_C = d.Address("5 Brumstead Road", "", "Stalham", "NR12 9DG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Kemp")], dt.date(2013, 2, 6), addresses=[HOME_C], ids=["K926428287270"],
       schools=["Stalham High School"]),
    _p("f", "father", [("Gary", "Kemp")], dt.date(1978, 9, 15), addresses=[HOME_C], phones=["07448 127 605"],
       ids=["0640233155"]),
    _p("s", "sibling", [("Riley", "Kemp")], dt.date(2018, 6, 1), addresses=[HOME_C]),
], "c")

DOCS_C = [
    ("young carers' assessment", """NORFOLK YOUNG CARERS - ASSESSMENT
Young carer: [[Ellie-Mae Kemp|name]] ("[[Ellie|name]]")   DOB [[06/02/2013|dob]]   School: [[Stalham High|school]], Year 9
Address: [[5 Brumstead Road|address]], [[Stalham|place]], Norfolk [[NR12 9DG|postcode]]
Cared for: dad, [[Gary Kemp|name]] (dob [[15.9.1978|dob]], NHS [[064 023 3155|nhs]]) - paranoid schizophrenia, two hospital
admissions; and brother [[Riley|name]] (8).
Mum: [[Stacey Kemp|name]], left in 2022, lives in [[Great Yarmouth|place]] with new partner [[Wayne Bly|name]].
Assessor: [[Jade Cushion|name]] ([[07391 650 284|phone]]). Seen at school [[2 November 2026|date]] with Miss [[Farrow|name]] (pastoral).
What [[Ellie|name]] does: gets [[Riley|name]] up and to [[Stalham Academy|school]], cooks tea, sorts dad's tablets ("the white ones at
night"), hides the kitchen knives when dad is "hearing them". Shops at the Tesco in [[Stalham|place]] with dad's card.
Who helps: Nan [[Jean Kemp|name]] in [[Sutton|place]] (but she is 81), dad's CPN [[Mark Sands|name]], next door Mrs [[Doreen
Loveday|name]] ([[no. 7|address]]). Best friend [[Kacey Thain|name]] from [[Ingham|place]].
What [[Ellie|name]] wants: "to go to youth club on Wednesdays", "for someone to check dad when I'm at school".
Plan: carer's break on Wednesdays; school to allow phone at lunch; review [[1/2/2027|date]].
Siblings and family: [[Riley Kemp|name]] (dob [[01/06/2018|dob]]); dad's partner until 2025, [[Nicola Hammond|name]], now in
[[Catfield|place]]? (no contact). Uncle [[Steve Kemp|name]] in [[Happisburgh|place]].
Signed: [[J. Cushion|name]] and [[Ellie-Mae|name]] ("[[Ellie|name]] K"), [[2/11/26|date]]. Copy: [[Daniel Reeve|name]] (SW),
[[Mark Sands|name]] (CPN).
"""),
    ("CPN's phone call notes", """Phone notes - [[Mark Sands|name]], CPN, North Norfolk community mental health team
[[10/11/2026|date]] 09:15 Rang [[Gary Kemp|name]] on [[07448 127 605|phone]] - no answer. Rang landline, [[Ellie|name]] answered (she
should be in school). Said dad has not slept since Sunday [[8th|date]] and thinks the neighbours at [[no 3|address]] are filming him.
[[10/11/2026|date]] 09:25 Rang [[Stalham High School|school]], spoke to Miss [[Kate Farrow|name]]. [[Ellie-Mae|name]] absent.
[[10/11/2026|date]] 10:40 Home visit with Dr [[Okonkwo|name]]. [[Gary|name]] thin, not taking olanzapine since about [[1 November|date]].
[[Riley|name]] at home too. [[Ellie|name]] said "please don't take him to [[Norwich|place]] again".
[[10/11/2026|date]] 11:30 Rang SW [[Daniel Reeve|name]] (children's services, [[01603 783 129|phone]]) - agreed [[Ellie|name]]
and [[Riley|name]] go to Nan [[Jean|name]]'s in [[Sutton|place]] tonight; [[Jean|name]]'s neighbour [[Alan Rudd|name]] will drive.
[[11/11/2026|date]] 08:50 [[Gary|name]] agreed to crisis team visits. Mum [[Stacey|name]] rang from [[Yarmouth|place]] and wants the
kids - [[Daniel|name]] to assess. [[Ellie|name]] texted me "thank u [[mark|name]]" from her own phone.
[[12/11/2026|date]] 14:00 Crisis team (nurse [[Paula Dack|name]]) saw [[Gary|name]]: restarted olanzapine. Nan [[Jean Kemp|name]] rang
from [[Sutton|place]]: children fine, [[Riley|name]] to [[Stalham Academy|school]] by [[Alan Rudd|name]]'s car. [[Gary|name]]'s brother
[[Steve Kemp|name]] ([[Happisburgh|place]]) will stay at [[Brumstead Road|address]] for a week.
"""),
]

DOCS_C += [
    ("scanned letter read by OCR with misreadings", """[[STALHAM HlGH SCH00L|school]]
[[Brumstead Rd|address]], [[StaIham|place]], [[NRl2 9DG|postcode]]
[[l8 November 2O26|date]]

Mr [[G. Kernp|name]]
[[5 Brumstead Road|address]]
[[Stalharn|place]]

Dear Mr [[Kemp|name]],
Re: [[EIlie-Mae Kemp|name]], Year 9, UPN [[K926428287270|upn]]
[[Ellie-Mae|name]]'s attendance is 78% since [[3 Septernber|date]]. We know from Miss [[Jade Cushion|name]] (Young Carers) and
Mr [[Daniel Reeve|name]] (Children's Services) that [[EIIie|name]] has caring duties at home. We would like to meet on
Thursday [[26th November|date]] at 3.30pm. Please bring [[Ellie|name]] and, if you wish, her nan Mrs [[J. Kemp|name]].
Yours sincerely
[[S. Lubbock|name]]
Attendance Officer   Tel [[01692 580 317|phone]]
cc: [[D. Reeve|name]], Broadside Children's Services; [[J Cushi0n|name]], Norfolk Young Carers
Absences: [[8 Sept|date]], [[9 Sept|date]], [[6/1O|date]], [[l0/11|date]], [[11/1l|date]]
"""),
    ("a child's diary page", """[[ellie|name]]s diary DO NOT READ [[riley|name]]

sunday [[15th|date]]
dad was ok today we went to [[sea palling|place]] and he bought chips. [[riley|name]] got sand in his shoes and cried. dad said
mum ([[stacey|name]]) might come at xmas from [[yarmouth|place]] with [[wayne|name]] but i dont want [[wayne|name]] to come.
[[kacey|name]] messaged me, shes going to [[hickling|place]] with her cousin [[lola|name]] on saturday. i cant go bc dad.
monday [[16th|date]]
dad didnt take the white tablet. i put it in his tea like [[mark|name]] said NOT to do. i feel bad. nan [[jean|name]] rang at
6. miss [[farrow|name]] says i can go to youth club at the [[stalham|place]] hub on weds and [[jade|name]] will sit with dad.
tuesday [[17th|date]]
[[riley|name]] had a nose bleed at [[stalham academy|school]], mrs [[pegg|name]] rang dad but dad didnt answer so they rang me
in french!!! so embarrasing. [[tyler|name]] and [[josh w|name]] laughed.
wednesday [[18th|date]]
youth club!!! [[jade|name]] sat with dad and they watched darts. [[kacey|name]] came and [[ruby t|name]] and [[lily-mae|name]] from
[[ingham|place]]. we made pizza. the leader is called [[dom|name]]. uncle [[steve|name]] picked me up from [[stalham|place]] in his truck.
"""),
]


# --- D. Thurston family (white British), Horning; a boy of 15 going missing, criminal exploitation ---------------------------

HOME_D = d.Address("Riverbank, 41 Lower Street", "", "Horning", "NR12 8PF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jack", "Thurston")], dt.date(2011, 5, 23), addresses=[HOME_D], ids=["4573509364", "D926025779207"],
       schools=["Broadland High Ormiston Academy"]),
    _p("m", "mother", [("Lisa", "Thurston")], dt.date(1984, 2, 28), addresses=[HOME_D], phones=["07702 836 149"]),
    _p("f", "father", [("Craig", "Thurston")], dt.date(1981, 7, 7), phones=["07516 293 478"],
       addresses=[d.Address("18 Beecheno Road", "", "Norwich", "NR5 0AZ")]),
], "c")

DOCS_D = [
    ("missing person report by police", """NORFOLK POLICE - MISSING PERSON (MEDIUM RISK)
Name: [[THURSTON, Jack|name]]   DOB [[23/05/2011|dob]]   Age 15
Home: [[Riverbank, 41 Lower Street|address]], [[Horning|place]] [[NR12 8PF|postcode]]
Reported by: mother [[Lisa Thurston|name]] [[07702 836 149|phone]] at 23:05 on [[14/11/2026|date]]
Last seen: 16:30 at the bus stop by the Swan, [[Horning|place]], with [[Kyle Grint|name]] (17) and a male known as "[[Spider|name]]".
Description: white, 5'9", grey Nike tracksuit, black puffer. Phone [[07869 205 713|phone]] off since 17:10.
Previous: missing 3 times since September 2026; found in [[Great Yarmouth|place]] and [[Lowestoft|place]].
Enquiries: dad [[Craig Thurston|name]] ([[18 Beecheno Rd|address]], [[Bowthorpe|place]]) not seen him. Girlfriend [[Maisie Cator|name]]
of [[Hoveton|place]] says [[Jack|name]] "has to do a run to [[Yarmouth|place]] for [[Spider|name]]". Vehicle seen collecting
youths in [[Horning|place]]: black Audi A3 [[EY69 TGO|vehicle]].
Found: 04:20 [[15/11/2026|date]] by PC [[Kirsty Moy|name]] at [[Norwich|place]] station, with £340 and two phones. Return home
interview offered via [[Nina Pearce|name]] (Missing Children's Service).
Officer: PS [[Dan Beales|name]] 1187. Supervisor review [[15/11/2026|date]] 09:00 - DI [[Marcus Bale|name]]. [[Jack|name]] NHS
[[457 350 9364|nhs]], UPN [[D926025779207|upn]]. Mum's partner [[Darren Wiggins|name]] (same address) had searched the staithe.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Jack Thurston|name]] - completed [[17.11.2026|date]] by [[Nina Pearce|name]]
Place: McDonald's, [[Wroxham|place]] (his choice). Mum [[Lisa|name]] not present.

[[Jack|name]] said he went with [[Kyle|name]] on the bus to [[Norwich|place]] then to a flat in [[Mile Cross|place]] ("[[Spider|name]]'s
cousin's, [[Tanya|name]]'s"). He would not give [[Spider|name]]'s real name. Later he said "[[Spider|name]] is [[Reece|name]], from
[[Lowestoft|place]]". He owes "a bit" after a phone was "robbed off" him. He said [[Kyle Grint|name]] brought him into it in
the summer at the staithe in [[Horning|place]].
Home: gets on with mum; argues with her partner [[Darren Wiggins|name]] who "moved in in July". Sees dad in [[Bowthorpe|place]]
some weekends; dad's partner [[Kerry-Ann|name]] is "alright".
School: [[Broadland High|school]], excluded for 5 days on [[2/11|date]]. Likes Mr [[Gunton|name]] (DT). Friends: [[Maisie|name]], [[Ollie
Burton|name]] from [[Neatishead|place]].
Worries: [[Jack|name]] asked that [[Kyle|name]] not know he talked. Shared with SW [[Priya Nair|name]] and PC [[Moy|name]] the
same day; NRM referral to be considered. Next session [[24 Nov|date]].
Signed: [[N. Pearce|name]]. Copy: [[Lisa Thurston|name]] (with [[Jack|name]]'s agreement), [[Craig Thurston|name]], [[Priya Nair|name]].
"""),
]

DOCS_D += [
    ("mother's messages to the social worker", """texts [[Lisa Thurston|name]] -> SW [[Priya Nair|name]] (saved [[25/11/2026|date]])

[[20/11|date]] 19:44 hi [[priya|name]] its [[lisa|name]] [[jack|name]]s mum. hes not back again. [[darren|name]] drove round
[[hoveton|place]] and
[[wroxham|place]] nothing
[[20/11|date]] 19:52 [[maisie|name]]s mum [[deb|name]] says he was at the co op in [[hoveton|place]] at 6 with [[kyle|name]]
[[20/11|date]] 22:30 hes home. stinks of weed. says he was at [[ollie|name]]s in [[neatishead|place]] but [[ollie|name]]s dad says no
[[21/11|date]] 08:10 found another phone in his room, number on the back [[07980 417 352|phone]]. not his
[[21/11|date]] 08:12 also a text on it from "S" saying [[ludham|place]] bridge 9pm
[[22/11|date]] 11:01 [[craig|name]] says he'll have him at his in [[norwich|place]] for a bit but [[craig|name]] works nights
[[23/11|date]] 16:40 that car was outside again, [[EY69 TGO|vehicle]] i think. i took a pic
[[24/11|date]] 09:30 [[priya|name]] he went to [[nina|name]]s session. hes talking about going to live with his nan [[val|name]] in
[[acle|place]]. i said ask her. her number is in my old phone, will find it
[[24/11|date]] 21:05 [[jack|name]] says [[kyle|name]] is in [[great yarmouth|place]] now. good riddance
[[25/11|date]] 07:50 [[darren|name]] is taking him to school in [[hoveton|place]]. mr [[gunton|name]] is meeting him at the gate.
[[maisie|name]] is banned from coming round by her mum [[deb|name]]
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL (Broads area) - [[26 November 2026|date]]
Chair: DI [[Marcus Bale|name]]. Present: [[Priya Nair|name]] (SW), [[Nina Pearce|name]] (MCS), PC [[Kirsty Moy|name]],
Mr [[Chris Gunton|name]] ([[Broadland High|school]]), [[Sian Tooke|name]] (youth worker, [[Wroxham|place]]), [[Gemma Platten|name]] (Broads
Authority ranger).
Young people discussed: [[Jack Thurston|name]] (15, [[Horning|place]]), [[Kyle Grint|name]] (17, [[Hoveton|place]]), [[Ollie Burton|name]]
(15, [[Neatishead|place]]).
Locations: the staithe at [[Horning|place]]; the car park by the bridge in [[Wroxham|place]]; the bus shelter at
[[Ludham|place]] bridge; a flat in [[Mile Cross|place]], [[Norwich|place]].
Adults of concern: "[[Spider|name]]" believed [[Reece Doughty|name]], dob [[04/12/2001|dob]], of [[Lowestoft|place]]; the Audi
[[EY69 TGO|vehicle]]
is registered to [[Tanya Doughty|name]].
Actions: [[Sian|name]] to run detached sessions at the staithe on Fridays; [[Priya|name]] to visit [[Kyle|name]]'s mother
[[Michelle Grint|name]]; PC [[Moy|name]] to speak to the ranger about boats moored overnight. Next panel [[17 December|date]].
Minutes: [[Jo Shreeve|name]]. Circulation restricted. [[Gemma Platten|name]] to email [[priya.nair@broadsidecs.gov.uk|email]] with
mooring records for [[13/11|date]] to [[15/11|date]].
"""),
]


# --- E. Cubitt family (white British), Ludham; a disabled girl of 7 (autism and epilepsy), short breaks -------------------------

HOME_E = d.Address("2 Staithe Road", "", "Ludham", "NR29 5AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Freya", "Cubitt")], dt.date(2019, 10, 18), addresses=[HOME_E], ids=["6895562389", "B926139200176"],
       schools=["Fred Nicholson School"]),
    _p("m", "mother", [("Natalie", "Cubitt")], dt.date(1990, 3, 3), addresses=[HOME_E], phones=["01692 630 452"],
       emails=["nat.cubitt90@gmail.com"]),
    _p("f", "father", [("Rob", "Cubitt"), ("Robert", "Cubitt")], dt.date(1987, 12, 12), addresses=[HOME_E], phones=["07459 318 726"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION
Child's name: [[Freya Rose CUBITT|name]]   Date of birth: [[18 / 10 / 2019|dob]]   NHS no: [[689 556 2389|nhs]]
Address: [[2 Staithe Road|address]], [[Ludham|place]], [[Great Yarmouth|place]], [[NR29 5AB|postcode]]
School: [[Fred Nicholson|school]] (taxi daily, escort [[Wendy Allard|name]])   UPN [[B926139200176|upn]]
Parent/carer 1: [[Natalie Cubitt|name]]  Tel [[01692 630 452|phone]]  Email [[nat.cubitt90@gmail.com|email]]
Parent/carer 2: [[Robert Cubitt|name]] ("[[Rob|name]]"), boatyard fitter at [[Potter Heigham|place]], works away Mon-Thu
Diagnoses: autism (dx [[12/05/2023|date]], Dr [[Ramsey|name]], Jenny Lind), epilepsy with tonic-clonic seizures, buccal
midazolam. Sleeps 3-4 hours; up from 2am.
Who else helps: maternal grandparents [[Alan|name]] and [[Sue Hewitt|name]] in [[Catfield|place]] ([[Sue|name]] has had a hip done);
friend [[Leanne Bishop|name]] from [[Ludham|place]] playgroup days.
In your own words: "We love [[Freya|name]] to bits but I have not slept a night through since she was born. [[Rob|name]] is away
and I am on my own with her and our [[Archie|name]] (4). Please help." - [[N. Cubitt|name]], [[3rd November 2026|date]]
Referrer: [[Hannah Larwood|name]], SW, [[01603 782 540|phone]]. Paediatrician: Dr [[Ramsey|name]]. Epilepsy nurse: [[Claire
Moll|name]]. GP: Dr [[Nwachukwu|name]], [[Ludham|place]].
"""),
    ("mother's 3 a.m. email", """From: [[Natalie Cubitt|name]] <[[nat.cubitt90@gmail.com|email]]>
To: [[Hannah Larwood|name]] <[[hannah.larwood@broadsidecs.gov.uk|email]]>
Date: Mon [[16 Nov 2026|date]] 03:12
Subject: [[freya|name]] - tonight

[[Hannah|name]] sorry for the time. [[Freya|name]] had 2 seizures tonight, one at 11 and one at 1.40, gave midazolam, ambulance
came from [[North Walsham|place]], paramedic [[Gary|name]] was lovely. shes asleep now on my bed. [[rob|name]] is in [[lowestoft|place]]
till thurs. [[archie|name]] woke up screaming. mum ([[sue|name]]) cant drive at the moment. i honestly cant do this on my own.
the panel is on the [[26th|date]]? is there anything before then. [[freya|name]]s teacher mrs [[Yallop|name]] said there's
a respite place at [[Sheringham|place]] but we'd need a referral.
[[Nat|name]]
sent from my iPhone

> From [[Hannah Larwood|name]], [[16/11/2026|date]] 08:47: [[Nat|name]], I'm so sorry. I'll ring you at 10. I've asked
[[Steve Kerrison|name]]
> to bring [[Freya|name]] forward and I'll speak to [[Bethany|name]] about the bed. Is your mum in [[Catfield|place]] able to have
[[Archie|name]]?
"""),
]

DOCS_E += [
    ("occupational therapist's home visit note", """OT HOME VISIT - [[Freya Cubitt|name]] ([[18.10.19|dob]]) - [[20/11/2026|date]]
OT: [[Bethany Grief|name]]. Present: mum [[Natalie|name]], nan [[Sue Hewitt|name]], [[Archie|name]] (4).
House: [[2 Staithe Rd|address]], [[Ludham|place]]; 1930s semi, steep stairs, bathroom upstairs. Landlord Mr [[Futter|name]] (lives
[[Ludham|place]], [[07459 318 726|phone]]? - mum to check, that may be [[Rob|name]]'s). Neighbours the [[Boultons|name]] at
[[no. 4|address]] have
complained of night noise.
Observations: [[Freya|name]] climbs the stair gate; banged head twice this week. Needs a safe space bed and a wet room.
[[Natalie|name]] carries her down each morning. Dad [[Rob|name]] home Fri-Sun.
Recommendations: Safespace bed (urgent); stair lift not suitable; DFG to North Norfolk District Council? - no, this is
Great Yarmouth Borough - grant form given. Liaise with [[Hannah Larwood|name]] (SW) and Dr [[Ramsey|name]].
Next visit: [[8 Jan|date]].
Copy: [[Natalie Cubitt|name]], [[Hannah Larwood|name]], Mrs [[Yallop|name]]. Signed [[B Grief|name]], [[20.11.2026|date]].
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[26th November 2026|date]]
Chair: [[Steve Kerrison|name]]. Members: [[Hannah Larwood|name]] (SW), [[Bethany Grief|name]] (OT), [[Lorraine Yallop|name]]
([[Fred Nicholson|school]]), [[Ade Ogunleye|name]] (finance).
Case 3: [[CUBITT, Freya|name]], 7, [[Ludham|place]]. Presented by [[Hannah|name]]. Mother [[Natalie|name]] is exhausted; father
[[Robert|name]] works away in [[Lowestoft|place]]; brother [[Archie|name]] 4; grandparents in [[Catfield|place]] limited.
[[Lorraine|name]]: [[Freya|name]] settled at school, 1:1 with Mrs [[Allard|name]] on the taxi. Seizure on [[19/11|date]] in class.
Decided: one overnight a fortnight at the short breaks unit in [[Sheringham|place]]; 6 hours a week PA support (agency to
find; mum suggested her friend [[Leanne Bishop|name]]); direct payment to be set up with [[Natalie|name]] by [[11 Dec|date]].
Transport: [[Wendy|name]] (escort) to accompany. Review May 2027? - agreed [[27 May 2027|date]].
Also noted: [[Archie Cubitt|name]] (4) to be offered a sibling group; [[Sue Hewitt|name]] and [[Alan Hewitt|name]] ([[Catfield|place]]) to
be
told of carers' support; [[Rob|name]]'s employer in [[Potter Heigham|place]] contacted by [[Natalie|name]] about flexible hours.
Minuted by [[Olivia Cook|name]]. Next panel [[17/12/2026|date]]. Parent informed by [[Hannah|name]] by phone [[26/11|date]] 15:10.
"""),
]


# --- F. Nobbs / Larkin family (white British), Catfield; nan in Hickling; a young mother's depression, domestic abuse ----------

HOME_F = d.Address("Flat 3, The Maltings, Market Lane", "", "Catfield", "NR29 5DQ")
NAN_F = d.Address("11 Ouse Lane", "Hickling", "Norwich", "NR12 0YJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby-Lou", "Nobbs")], dt.date(2026, 6, 9), addresses=[HOME_F], ids=["5208416638"]),
    _p("s", "sibling", [("Kai", "Nobbs")], dt.date(2020, 4, 2), addresses=[HOME_F], ids=["H926053813670"],
       schools=["Catfield Primary School"]),
    _p("m", "mother", [("Chloe", "Nobbs")], dt.date(2004, 1, 17), addresses=[HOME_F], phones=["07825 470 193"]),
    _p("f", "father", [("Tyler", "Larkin")], dt.date(2001, 8, 30), phones=["07946 602 318"]),
    _p("g", "grandparent", [("Tracey", "Nobbs")], dt.date(1979, 6, 25), addresses=[NAN_F], phones=["01692 598 244"]),
], "c")

DOCS_F = [
    ("health visitor's new birth and 8-week notes", """HEALTH VISITING - [[Ruby-Lou NOBBS|name]]  dob [[09/06/2026|dob]]  NHS
[[520 841 6638|nhs]]
Mother [[Chloe Nobbs|name]] ([[17/01/2004|dob]]) [[07825 470 193|phone]]; father [[Tyler Larkin|name]] (not at address)
[[Flat 3, The Maltings, Market Lane|address]], [[Catfield|place]] [[NR29 5DQ|postcode]]

[[24/06/2026|date]] New birth visit, HV [[Rosie Blyth|name]]. [[Chloe|name]] tearful. Older child [[Kai|name]] (6) at home, off school.
Nan [[Tracey Nobbs|name]] from [[Hickling|place]] present, helpful. [[Tyler|name]] arrived 11.20, took [[Chloe|name]]'s phone to "check
it", left after 10 minutes in a white van, [[AO21 BZT|vehicle]].
[[5/8/26|date]] 8-week check. EPDS 19. [[Chloe|name]] says she cries all day, smokes cannabis "to sleep", [[Tyler|name]] "turns up when
he wants". Bruise on her wrist; said she caught it on the cot. Discussed with GP Dr [[Nwachukwu|name]] (the surgery in [[Ludham|place]]).
[[6 August|date]] Referred to perinatal mental health; DA disclosure form offered - declined. Told safeguarding lead [[Sarah
Mack|name]].
[[2/9/26|date]] No access. Neighbour [[Kelsey|name]] in [[Flat 4|address]] said [[Chloe|name]] has gone to her mum's at
[[11 Ouse Lane|address]].
[[16 Sept 2026|date]] Seen at nan's, [[Hickling|place]]. [[Ruby-Lou|name]] gaining well. [[Chloe|name]] said [[Tyler|name]] "strangled
me a bit" in August; agreed to referral to children's services. Passed to MASH 14:40.
[[30/9/26|date]] Joint visit with SW [[Jordan Eke|name]] at [[Hickling|place]]. [[Tracey|name]]'s partner [[Mick Delf|name]] present.
[[Kai|name]] back at [[Catfield Primary|school]]. [[Ruby-Lou|name]] 5.9 kg.
"""),
    ("Snapchat messages printed by a nan", """snapchat between [[chloe|name]] and [[tyler|name]] - printed by [[Tracey Nobbs|name]] and
handed to SW [[Jordan Eke|name]]
[[01/10/2026|date]]

tl_boi01: where r u
chlo_xx04: at mums in [[hickling|place]] leave me alone
tl_boi01: ur not keeping [[ruby|name]] from me
tl_boi01: ill come to [[ouse lane|address]] and put ur mums windows thru
chlo_xx04: [[kai|name]] is scared of u. [[tracey|name]] says shes ringing the police
tl_boi01: tell that old slag i no where she works
tl_boi01: [[jake|name]] seen u in [[stalham|place]] wiv [[ash|name]] yday
chlo_xx04: [[ash|name]] is my cousin ffs. hes driving me to [[north walsham|place]] for the dr
tl_boi01: meet me at [[catfield|place]] common 8pm or i come and get her
chlo_xx04: no. my sw is [[jordan|name]] hes got ur number [[07946 602 318|phone]]
tl_boi01: tell [[jordan|name]] to do one
chlo_xx04: blocked
"""),
]

DOCS_F += [
    ("GP's referral letter to perinatal mental health", """Ludham & Stalham Green Surgery
[[7 October 2026|date]]
Dear colleague,
Re: Ms [[Chloe NOBBS|name]], dob [[17.01.2004|dob]], [[Flat 3, The Maltings|address]], [[Catfield|place]], [[NR29 5DQ|postcode]]
NI [[SX 61 47 02 D|ni]]   Tel [[07825 470 193|phone]]
I would be grateful if you could see this 22-year-old mother of [[Ruby-Lou|name]] (4 months) and [[Kai|name]] (6). Since the birth on
[[9 June|date]] her mood has been low with EPDS 19 and now 22 (seen with her mother, Mrs [[Tracey Nobbs|name]], on [[6.10.26|date]]). She
describes passive suicidal thoughts, no plan. She is living between her flat in [[Catfield|place]] and her mother's home in
[[Hickling|place]]. There is domestic abuse by the children's father, Mr [[Tyler Larkin|name]], known to police (PC [[Lambert|name]]).
Social worker: [[Jordan Eke|name]], [[01603 782 540|phone]]. Health visitor: [[Rosie Blyth|name]].
Her older brother [[Ashley Nobbs|name]] lives in [[Dublin|place]] ([[+353 87 214 5638|phone]]) and has offered to come over.
Yours sincerely
Dr [[Ifeoma Nwachukwu|name]]
cc: [[Jordan Eke|name]] (SW); [[Rosie Blyth|name]] (HV); [[Sarah Mack|name]] (safeguarding)
"""),
    ("Kai's words written down by his teacher", """[[Catfield Primary|school]] - child's voice sheet
Name: [[Kai Nobbs|name]]  Year 2  UPN [[H926053813670|upn]]  Date: [[13/10/2026|date]]  Written by Miss [[Amy Neave|name]] (class teacher)

I asked [[Kai|name]] to tell me about home.
"Me and mummy and [[Ruby|name]] live at nanny [[Tracey|name]]'s now. Nanny's house is in [[Hickling|place]] by the water. I like
it. Grandad [[Mick|name]] has a boat. [[Tyler|name]] shouted at the window and nanny rang the police and a police lady came, her
name was [[Becca|name]]. [[Ruby|name]] cries a lot. Mummy cries a lot. Uncle [[Ash|name]] is going to come on a aeroplane. My
best friend is [[Freddie|name]] and [[Alfie P|name]]. I don't want to go back to the flat."
Shared with [[Jordan Eke|name]] (SW) and [[Sarah Mack|name]] (DSL) the same day.
[[Kai|name]]'s picture: a boat with "GRANDAD [[MICK|name]]" and "[[KAI|name]]" and "[[RUBY|name]]" written on it.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 202 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:54 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "ps", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "papa", "mama", "sister", "pastor", "brother", "my"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "norfolk", "the broads",
               "broads", "nigeria", "benue", "benue state", "ireland", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Auntie Ngodoo", "Pastor Samuel Orshi", "Nanny Tracey")
# and states, counties and countries ("Norfolk", "Benue", "Nigeria").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
