"""Set 189: a held-out hand-written set for the redaction detector, six more invented families in south-east Cornwall.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set186.py to bench/redaction_set188.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py in part (its docstring, its first family's record and documents up to the start of its second
family, and its last two documents and closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, the HandSet lines) and
tests/test_redaction_set181.py in full (the layout followed here); the first 40 lines of bench/redaction_set21.py (its docstring's
opening; no document of set 21 was printed, and tests/test_redaction_set21.py was not read); the `_party`, `Records` and
`HandSet` lines of bench/redaction_handwritten.py (with the first lines of HandSet's docstring and __init__). The docstrings of
bench/redaction_set7.py to bench/redaction_set185.py were searched by script (ast.get_docstring, whole-word matches, printing
only set numbers) for the towns, districts, villages and communities used here; only short passages of the docstrings of sets
50, 123 and 173 were printed, where "Cornwall", "Tamar" and "Filipino" matched (set 123 has a Filipino family in London and
names Pampanga, so the community here is Ilocano, not Filipino in general). Saltash, Liskeard, Callington and every home here
matched no docstring; "Ilocano" and "Ilokano" matched none. Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set:
it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Saltash, Liskeard and Callington (south-east Cornwall), each in a district or village the earlier docstrings
did not show as a family's home: a young white British mother and her two children in Latchbrook, Saltash, with a nan in
Burraton (Hocking / Pengelly; neglect, a father's domestic abuse and cocaine, a baby losing weight); an Ilocano family (from
Laoag and Batac in Ilocos Norte, the Philippines) in Pillmere, Saltash (Agbayani / Ramos; a father's depression after losing
his job, a mother on night shifts, a girl of 14 who cuts herself and minds her brother, a family chat in Ilocano); a white
British boy of 15 in Dobwalls near Liskeard (Coad / Spry; missing to Devonport, criminal exploitation, a debt, threats to his
sister); a young carer of 12 in Pensilva (Dingle; a mother with bipolar disorder and drink, a nan in St Cleer); a disabled boy
of 8 in Kelly Bray, Callington (Jago; autism and epilepsy, a sister of 11 hurt, a mother's 3 a.m. email asking for short
breaks); and a young mother in Harrowbarrow near Callington (Spear / Kneebone; cannabis, ketamine and methadone, a toddler and
a baby due, a pre-birth plan). The community, Ilocano, did not appear in any earlier docstring searched.

24 documents, each with its own style label: a social worker's running chronology, a nan's WhatsApp messages typed up,
strategy discussion minutes, a police domestic abuse notice, a school wellbeing lead's email, a family chat in Ilocano and
English with a translation, a GP's letter, child in need minutes, a police missing person log, a return home interview, a
Snapchat extract, a boy's own writing, a young carers referral, a scanned school letter read by OCR (with its misreadings), a
social worker's phone log, a young carer's diary, a short breaks application, a mother's email, an EHCP annual review extract,
an out-of-hours call transcript, a midwife's pre-birth referral, a drug service letter, a mother's lower-case texts and
pre-birth conference minutes.

Invented: every person, house number, street in a family's address, phone number, NHS number, UPN, NI number, email address
and vehicle registration. Phones are valid (phonenumbers), UK and foreign (the Philippines); NHS numbers and UPNs (LA 908) pass
their check digits; NI numbers have a valid format. The towns, villages and districts are real and marked as places; the
teams, the care agency, the taxi firm and the schools' email domain are invented or unmarked organisations.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 shows them. Titles and kinship words stay outside a
name (Mr, Mrs, Dr, PC, Sgt, Nanna, Nan, Grandad, Coach, and the Ilocano and Tagalog Lola, Tita, Tito and Ate); a chat contact
saved as a kinship word ("Mama", "Papa") is not a name; "SURNAME, First" and "SURNAME First" are one span ("PENGELLY, Tyler",
"HOCKING Kerry"); usernames ("jd.madge99", "kai_c0ad", "rubyh.x") are not marked; a one-letter nickname ("J") is an initial and
not marked; a family name in a group chat's title ("Agbayani Fam") is a name; a neighbour's bare house number ("no. 20", "no 5")
is an address; organisations holding a town's name stay unmarked ("Saltash Community School" is a school, but "Saltash One Stop
Shop", "Saltash Foodbank", "Saltash United juniors", "Callington Town Hall", "Callington Health Centre team", "Liskeard Team"
are not marked), and so do counties, regions and countries ("Cornwall", "Devon", "Scotland", "Ilocos Norte"); an OCR
misreading keeps its kind ("l6 November 2O26" a date, "Pensi1va" a place, "Ding1e" a name); a railway station named by its town
marks the town; a chain's shop named by its town ("Saltash Tesco car park") marks the town.

Choices this set had to make: "Derriford" (the hospital) is an organisation and not marked; "Kit Hill" (a named hill and country
park by Callington) is marked as a place; "lisky" (slang for Liskeard) is a place; a partial registration ("WP68"), a police
collar number ("PC 4471"), a hospital number ("RK41207") and reference codes are not marked (no kind fits them); a date of birth
said aloud ("Fourteenth of the second, 2018") is a dob; "Easter Sunday" (no year) is a date but "at Easter" is not; a dog is not
named. Every kind is present.

Self-check without the detector: `python -m bench.redaction_set189` (and tests/test_redaction_set189.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 911 gold spans, 537 of them names (116 places, 22 addresses, 10 postcodes, 21 schools, 130 dates, 24 dates
of birth, 30 phones, 3 emails, 6 NHS numbers, 4 UPNs, 2 NI numbers, 6 vehicles)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hocking / Pengelly family (white British), Latchbrook, Saltash, nan in Burraton ---------------------------------

HOME_A = d.Address("22 Tregony Close", "Latchbrook", "Saltash", "PL12 4SD")
NAN_A = d.Address("9 Warfelton Crescent", "Burraton", "Saltash", "PL12 6HN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Pengelly")], dt.date(2017, 3, 11), addresses=[HOME_A], ids=["7429816088", "X908213413220"],
       schools=["Burraton Community Primary School"]),
    _p("s", "sibling", [("Ellie-May", "Hocking")], dt.date(2023, 8, 29), addresses=[HOME_A], ids=["0092344062"]),
    _p("m", "mother", [("Kerry", "Hocking")], dt.date(1996, 12, 4), addresses=[HOME_A], phones=["07712 448 391"]),
    _p("f", "father", [("Jason", "Pengelly")], dt.date(1993, 5, 17), phones=["07864 209 517"]),
    _p("g", "grandparent", [("Lorraine", "Hocking")], dt.date(1969, 2, 20), addresses=[NAN_A], phones=["01752 841 662"]),
], "c")

DOCS_A = [
    ("social worker's running case note chronology", """CASE NOTES - [[PENGELLY, Tyler|name]] (DOB [[11/03/2017|dob]]) and
[[HOCKING, Ellie-May|name]]
(DOB [[29/08/2023|dob]])   Address: [[22 Tregony Close|address]], [[Latchbrook|place]], [[Saltash|place]] [[PL12 4SD|postcode]]
Worker: [[Becca Trethewey|name]], Saltash and Tamar Valley Family Safeguarding Team

[[02/11/2026|date]] Referral from [[Burraton|school]] DSL Mrs [[Hannaford|name]]: [[Tyler|name]] came in hungry, took food from
[[Alfie|name]]'s lunchbox; hair nits, same jumper all week. Mum [[Kerry Hocking|name]] ([[07712 448 391|phone]]) not answering.
[[03/11/2026|date]] HV to [[Tregony Close|address]] with HV [[Sian Kitto|name]]. [[Kerry|name]] at home with [[Ellie-May|name]],
no nappies in, dog mess in the kitchen. [[Kerry|name]] says [[Jason|name]] ("[[Jase|name]]") moved out in Sept and stopped
paying. Nan [[Lorraine Hocking|name]] helps when she can but works nights at the care home in [[Torpoint|place]].
[[05/11/2026|date]] Phoned [[Lorraine|name]] on [[01752 841 662|phone]]. She said [[Jase|name]] came round on [[31st|date]] and
"kicked the door in". Police attended (PC [[Rundle|name]], ref given). [[Tyler|name]] was at a friend's, [[Mason Bray|name]]'s,
in [[Pillmere|place]] that night.
[[06.11.26|date]] Spoke to [[Tyler|name]] at school with Mrs [[Hannaford|name]] present. He said "dad breaks stuff when
he's had the white stuff" and that he looks after [[Ellie|name]] "when mum sleeps in the day". Said his best mates are
[[Mason|name]] and [[Leo Sweet|name]].
[[9 Nov|date]] Strategy discussion (see minutes). DS [[Carla Hext|name]], HV [[Kitto|name]], school, me. s47 agreed.
[[10/11/2026|date]] [[Jason Pengelly|name]] rang from [[07864 209 517|phone]], angry; says he is living with his new partner
[[Stacey Wills|name]] in [[St Budeaux|place]], [[Plymouth|place]], and wants the kids every weekend.
[[12/11/2026|date]] Joint visit with [[Sian|name]]. [[Ellie-May|name]] weighed: dropped a centile. Food bank voucher given
(Saltash Foodbank). Neighbour Mrs [[Dawn Skinner|name]] at [[no. 20|address]] says [[Kerry|name]]'s new friend "[[Gaz|name]]"
comes late in a silver Astra, reg [[WK16 HFE|vehicle]].
[[16/11/2026|date]] [[Kerry|name]] at [[Lorraine|name]]'s in [[Burraton|place]] for the week while the boiler is fixed
([[9 Warfelton Crescent|address]], [[PL12 6HN|postcode]]).
[[19th November|date]] ICPC booked for [[3 December 2026|date]] at Saltash One Stop Shop. Manager [[Neil Opie|name]] informed.
[[20/11/2026|date]] [[Tyler|name]]'s football coach [[Ross Grigg|name]] (Saltash United juniors) rang: [[Tyler|name]] turned up at
training on Sunday [[15th|date]] with no boots; coach's wife [[Nicky Grigg|name]] gave him tea. Dad's mum, [[Carol Pengelly|name]]
([[Carkeel|place]]), says she has not seen the kids since [[Easter Sunday|date]].
"""),
    ("nan's WhatsApp messages typed up", """WhatsApp - [[Lorraine Hocking|name]] ("Nanna [[Lorr|name]]") to SW [[Becca|name]],
copied [[17/11/26|date]]

[[14/11/2026|date]], 22:03 - Nanna [[Lorr|name]]: hiya [[becca|name]] its [[lorraine|name]]. [[kerry|name]] says can u come tues not mon
[[14/11/2026|date]], 22:04 - Nanna [[Lorr|name]]: [[tyler|name]] is stopping at mine in [[burraton|place]], hes fine, had his tea
[[14/11/2026|date]], 22:10 - Nanna [[Lorr|name]]: [[jase|name]] been sending her msgs all night off a new number [[07943 615 288|phone]]
[[15/11/2026|date]], 08:12 - Nanna [[Lorr|name]]: [[ellie|name]] got a cough, taking her to the docs in [[saltash|place]] at 10
[[15/11/2026|date]], 08:15 - Nanna [[Lorr|name]]: dr [[mitchell|name]] i think. or the nurse [[Jo|name]]
[[15/11/2026|date]], 13:47 - Nanna [[Lorr|name]]: that [[gary|name]] was outside [[tregony close|address]] again in the car, [[dawn|name]]
from next door saw him
[[15/11/2026|date]], 13:48 - Nanna [[Lorr|name]]: [[Gary Roseveare|name]] his name is, from [[torpoint|place]]. hes no good
[[16/11/2026|date]], 19:30 - Nanna [[Lorr|name]]: my sister [[Wendy|name]] from [[St Germans|place]] will have [[tyler|name]] wed after
school if i'm on a shift
[[16/11/2026|date]], 19:31 - Nanna [[Lorr|name]]: her number [[07811 903 246|phone]]
[[16/11/2026|date]], 19:40 - Nanna [[Lorr|name]]: and [[jase|name]]s mum [[carol|name]] rang me, says [[stacey|name]] is
pregnant. [[kerry|name]]
dont know yet
[[16/11/2026|date]], 19:41 - Nanna [[Lorr|name]]: ps [[tyler|name]] wants his mate [[mason|name]] round sat, his mum is
[[Jodie Bray|name]] x
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES
Children: [[Tyler Pengelly|name]] ([[11.03.2017|dob]], UPN [[X908213413220|upn]], NHS [[742 981 6088|nhs]]); [[Ellie-May Hocking|name]]
([[29.08.2023|dob]], NHS [[009 234 4062|nhs]])
Date: [[9 November 2026|date]], 14:00, Teams   Chair: [[Marie Lobb|name]] (Practice Manager)
Attendees: [[Becca Trethewey|name]] (SW); DS [[Carla Hext|name]] (Devon and Cornwall Police, MASH); HV [[Sian Kitto|name]];
Mrs [[Jenna Hannaford|name]] (DSL, [[Burraton Community Primary School|school]]); Dr [[Amir Qureshi|name]] (GP, by email)
Information: Police - 3 DA incidents at [[Tregony Close|address]] since [[4 July|date]]; [[Jason Pengelly|name]] (DOB
[[17/05/1993|dob]]) known for possession and assault on a previous partner, [[Chloe
Nance|name]], in [[Plymouth|place]] (2021). Health - [[Ellie-May|name]] missed her 2-year review twice. School - [[Tyler|name]] 84%
attendance, often late; brought in by a neighbour, [[Dawn Skinner|name]].
Decision: s47 enquiry, both children. Police to check [[Gary Roseveare|name]] and the vehicle [[WK16 HFE|vehicle]].
Actions: [[Becca|name]] to see both children by [[11/11|date]]; [[Sian|name]] to weigh [[Ellie-May|name]] weekly; Mrs
[[Hannaford|name]] to give [[Tyler|name]] breakfast club. Next: ICPC within 15 days.
Also known: paternal grandmother [[Carol Pengelly|name]] ([[Carkeel|place]]); maternal great-aunt [[Wendy Rowe|name]] ([[St
Germans|place]]). Minutes: [[Shelley Vosper|name]]. Circulated [[10/11/2026|date]] by [[M. Lobb|name]].
"""),
    ("police domestic abuse notification (PPN)", """DEVON & CORNWALL POLICE - PUBLIC PROTECTION NOTICE - DOMESTIC ABUSE
Occurrence: [[31/10/2026|date]] 23:40   Location: [[22 Tregony Close|address]], [[SALTASH|place]]
Victim: [[HOCKING Kerry|name]] DOB [[04/12/1996|dob]]  Tel [[07712 448 391|phone]]
Suspect: [[PENGELLY Jason|name]] DOB [[17/05/1993|dob]]  NI [[JT 48 21 93 C|ni]]  Tel [[07864 209 517|phone]]
Children present: [[Ellie-May HOCKING|name]] (3). [[Tyler PENGELLY|name]] (9) stayed at [[Bray|name]] address, [[Pillmere|place]].
Officer: PC 4471 [[Sam Rundle|name]]. Second officer PCSO [[Dan Hawke|name]].
Summary: Suspect attended, forced door, shouted at victim re money. Victim's mother [[Lorraine Hocking|name]] arrived from
[[Burraton|place]] at 23:55. Suspect left in a black Corsa, reg [[WF18 OKX|vehicle]], driven by [[Liam Pengelly|name]] (brother).
DASH: medium. Victim declined statement. Referred to First Light. IDVA: [[Trudy Bolt|name]].
Previous: [[12/07/2026|date]] verbal argument, [[Latchbrook|place]]; [[23/08/2026|date]] suspect in breach at [[Saltash|place]] Tesco
car park, witness [[Karen Symons|name]]. Supervisor: Sgt [[Paul Menhinick|name]]. Copied to [[Becca Trethewey|name]].
"""),
]


# --- B. Agbayani / Ramos family (Ilocano, from Ilocos Norte in the Philippines), Pillmere, Saltash ----------------------

HOME_B = d.Address("7 Kernow Way", "Pillmere", "Saltash", "PL12 6GZ")
LOLA_B = d.Address("Brgy. 15 Nalbo", "", "Laoag City", "2900")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kristine Joy", "Agbayani")], dt.date(2012, 4, 23), addresses=[HOME_B], ids=["1917830629", "Y908659293054"],
       schools=["Saltash Community School"]),
    _p("s", "sibling", [("Jomar", "Agbayani")], dt.date(2019, 1, 9), addresses=[HOME_B], ids=["3326608845"]),
    _p("m", "mother", [("Marites", "Ramos")], dt.date(1985, 10, 2), addresses=[HOME_B], phones=["07538 726 104"]),
    _p("f", "father", [("Rommel", "Agbayani")], dt.date(1982, 6, 30), addresses=[HOME_B], phones=["07428 160 935"]),
    _p("g", "grandparent", [("Pacita", "Ramos")], addresses=[LOLA_B], phones=["+63 917 845 2301"]),
], "c")

DOCS_B = [
    ("school wellbeing lead's email to the front door", """From: [[Hayley Jory|name]] <[[h.jory@saltashschool.example.org|email]]>
To: Cornwall MARU
Sent: Tuesday [[10 November 2026|date]] 12:41
Subject: Concern - [[Kristine Joy AGBAYANI|name]], Y9, DOB [[23/04/2012|dob]], UPN [[Y908659293054|upn]]

Hi,
I am the wellbeing lead at [[Saltash Community School|school]]. [[Kristine|name]] ("[[Tin-tin|name]]" to her friends) showed her
friend [[Amelia Dunstan|name]] fresh cuts on her forearm in tutor time today. When I spoke to her she said her dad, [[Rommel
Agbayani|name]], "just lies in bed" since he lost his job at the boatyard in [[Torpoint|place]] in the summer, and her mum
[[Marites|name]] works nights at Derriford so [[Kristine|name]] gets her brother [[Jomar|name]] (7) up for [[Brunel|school]] every day.
She said she has not told her Lola ([[Pacita Ramos|name]], in [[Laoag|place]], Ilocos Norte) because "she would cry on the video call".
She also mentioned a Tita [[Lorna|name]] in [[Plymouth|place]] (mum's cousin, [[Lorna Bautista|name]]) and a youth leader at
church, [[Joel Pascua|name]], as people she trusts.
Address: [[7 Kernow Way|address]], [[Pillmere|place]], [[PL12 6GZ|postcode]]. Mum's mobile [[07538 726 104|phone]]; dad
[[07428 160 935|phone]]. School nurse [[Gemma Tonkin|name]] has seen the cuts (superficial, cleaned). I have spoken to mum, who
is coming in at 3.30 with her friend [[Rowena Dela Cruz|name]] to interpret if needed, though mum's English is good.
Thanks, [[Hayley|name]]
[[Hayley Jory|name]] | Wellbeing Lead | [[01752 842 119|phone]]
PS [[Kristine|name]]'s form tutor Mr [[Darren Luscombe|name]] and her head of year Mrs [[Abigail Northey|name]] are aware. Her
other close friend is [[Grace Holman|name]]; both girls walk home via [[Pillmere|place]] with [[Kristine|name]].
"""),
    ("family group chat in Ilocano and English with a translation", """Messenger group "[[Agbayani|name]] Fam 🇵🇭" - screenshots shown to SW
[[Pete Hosken|name]] by [[Kristine|name]] on [[13/11/2026|date]]; Ilocano translated by [[Rowena Dela Cruz|name]] (family friend)

[[11 Nov|date]] 06:02 Mama: Naimbag a bigat anak. Awan ti gatas, gumatang ka idiay Co-op sakbay ti eskuela. Ni [[Jomar|name]] ket
agbisin.
   (Good morning child. There is no milk, buy some at the Co-op before school. [[Jomar|name]] is hungry.)
[[11 Nov|date]] 06:15 [[Tin|name]]: ok ma. is papa up
[[11 Nov|date]] 06:16 Mama: Saan pay. Baybay-am ni papam. Nabannog isuna.
   (Not yet. Leave your papa alone. He is tired.)
[[11 Nov|date]] 19:40 Lola [[Pacita|name]]: Kasano kayo apo? Ay-ayatenkayo. Kaano ti video call?
   (How are you, grandchildren? I love you all. When is the video call?)
[[11 Nov|date]] 19:52 [[Tin|name]]: ok lang lola. sat pls
[[12 Nov|date]] 22:30 [[Jomar|name]] (on [[Kristine|name]]'s phone): ate [[tin|name]] is crying in the bathroom
[[12 Nov|date]] 22:34 Mama: [[Kristine|name]]! Apay? Tawagam ni Tita [[Lorna|name]].
   ([[Kristine|name]]! Why? Call Tita [[Lorna|name]].)
[[12 Nov|date]] 22:50 Tita [[Lorna|name]]: on my way from [[St Budeaux|place]] anak
[[13 Nov|date]] 07:05 Papa: sorry anak. Dios ti agngina ken [[Lorna|name]].
   (Sorry child. Thank you to [[Lorna|name]].)
Lola's number shown in the group: [[+63 917 845 2301|phone]]. Tito [[Ferdie|name]] ([[Ferdinand Ramos|name]], in [[Batac|place]]):
[[+63 928 514 6673|phone]].
[[13 Nov|date]] 07:20 Tita [[Lorna|name]]: ok na siya. natur-og. ([[Kristine|name]] is ok now. She slept.)
[[13 Nov|date]] 07:22 Mama: Dios ti agngina, [[Lorna|name]]. Ni [[Rowena|name]] ti mangala ken [[Jomar|name]].
   (Thank God, [[Lorna|name]]. [[Rowena|name]] will fetch [[Jomar|name]].)
"""),
    ("GP letter to the social worker", """Tamar Valley Health, [[Fore Street|address]], [[Saltash|place]]
[[20 November 2026|date]]
Private and confidential - Mr [[P. Hosken|name]], Social Worker
Re: [[Rommel AGBAYANI|name]], DOB [[30/06/1982|dob]], [[7 Kernow Way|address]], [[Saltash|place]] [[PL12 6GZ|postcode]]
Re: [[Kristine Joy Agbayani|name]], DOB [[23/04/2012|dob]], NHS [[1917830629|nhs]]

Dear Mr [[Hosken|name]],
Thank you for your letter of [[16th November|date]]. With consent from Mr [[Agbayani|name]] and from [[Kristine|name]] and her mother,
Mrs [[Marites Ramos|name]], I can share the following.
Mr [[Agbayani|name]] was seen on [[17/11/2026|date]] with low mood since July, early waking and thoughts that the family would be
better off without him; no plan. He was referred to the Community Mental Health Team (Dr [[Okafor|name]]) and started sertraline.
His wife came with him. He has a friend from the Filipino community, [[Arnel Galang|name]], who is driving him to appointments.
[[Kristine|name]] was seen on [[18/11/2026|date]] with her mother and the school nurse's letter (Nurse [[G. Tonkin|name]]). Three
superficial cuts, healing. She was referred to CAMHS (Kernow CAMHS, [[Bodmin|place]] hub) and given the Kooth details.
[[Jomar|name]] (NHS [[3326608845|nhs]]) is well and up to date with his immunisations.
Yours sincerely,
Dr [[Helen Mitchell|name]], GP
cc: [[Rachel Polglase|name]], CMHT; Nurse [[Gemma Tonkin|name]]; practice safeguarding lead Dr [[Nigel Carne|name]].
Letter typed by [[Sally Trebilcock|name]] on [[20/11/2026|date]].
"""),
    ("child in need meeting minutes", """CHILD IN NEED MEETING - [[Kristine|name]] and [[Jomar Agbayani|name]]
Held [[1 December 2026|date]] at [[Saltash Community School|school]], [[Wearde Road|address]], [[Saltash|place]]
Present: [[Pete Hosken|name]] (SW, chair); [[Marites Ramos|name]] (mum); [[Rommel Agbayani|name]] (dad); [[Hayley Jory|name]]
(school); [[Gemma Tonkin|name]] (school nurse); [[Lorna Bautista|name]] (maternal relative, [[St Budeaux|place]]); [[Lauren
Piper|name]] (Family Worker). Apologies: [[Brunel|school]] (Miss [[Angove|name]], [[Jomar|name]]'s teacher).
[[Kristine|name]]'s views (read by [[Pete|name]]): "I want papa to get better. I don't mind helping with [[Jomar|name]] but not every
morning. I want to go to [[Plymouth|place]] with [[Amelia|name]] and [[Grace|name]] on Saturdays like before."
Update: Dad has started with the CMHT (worker [[Rachel Polglase|name]], [[01579 342 817|phone]]). Mum has asked Derriford for day shifts
from [[4 January|date]]. Tita [[Lorna|name]] will do two school runs a week. Church friends ([[Joel Pascua|name]] and his wife
[[Liza|name]]) will take [[Jomar|name]] to Beavers in [[Pillmere|place]]. Lola [[Pacita|name]] in [[Laoag City|place]] not told yet (mum's
wish).
Actions: [[Lauren|name]] to start weekly sessions with [[Kristine|name]] from [[8/12|date]]; CAMHS appointment [[15.12.2026|date]]
09:30, [[Bodmin|place]]. Next meeting: [[26 January 2027|date]].
Also said: [[Rommel|name]]'s brother Tito [[Ferdie|name]] in [[Batac|place]] may visit at Easter; dad's friend [[Arnel Galang|name]]
(from [[Plympton|place]]) is a support. Minutes by [[Tracey Cundy|name]], circulated [[3/12/2026|date]].
"""),
]


# --- C. Coad / Spry family (white British), Dobwalls, near Liskeard; a boy of 15 missing and exploited ---------------------

HOME_C = d.Address("4 Duloe Road", "Dobwalls", "Liskeard", "PL14 6JX")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kai", "Coad")], dt.date(2011, 7, 2), addresses=[HOME_C], ids=["5110785155", "Z908522171348"],
       schools=["Liskeard School and Community College"]),
    _p("m", "mother", [("Nicola", "Coad")], dt.date(1988, 1, 14), addresses=[HOME_C], phones=["07957 318 442"]),
    _p("p", "stepfather", [("Darren", "Spry")], dt.date(1984, 9, 8), addresses=[HOME_C], phones=["07496 273 815"]),
    _p("f", "father", [("Shaun", "Coad")], dt.date(1987, 3, 26), phones=["07305 618 924"]),
], "c")

DOCS_C = [
    ("police missing person log extract", """MISSING PERSON - LOG EXTRACT (Devon & Cornwall Police) - [[Liskeard|place]]
MISPER: [[COAD, Kai|name]]   DOB [[02/07/2011|dob]]   Age 15   Risk: HIGH (3rd episode in 28 days)
Home: [[4 Duloe Road|address]], [[Dobwalls|place]], [[PL14 6JX|postcode]]   Reported by mother [[Nicola Coad|name]] [[07957 318 442|phone]]
[[21/11/2026|date]] 01:15 Reported. Last seen 18:30 [[20/11|date]] at the [[Liskeard|place]] railway station with [[Brandon
Oke|name]] (17) and an unknown male in a grey Golf, part reg "WP68". Phone off since 19:02.
01:40 PC [[Eddy|name]] checked [[Liskeard|place]] town, Parade, skate park. Neg.
02:30 Stepfather [[Darren Spry|name]] ([[07496 273 815|phone]]) states [[Kai|name]] has a second phone, number unknown, and new
Nike trainers "he never paid for". Bio dad [[Shaun Coad|name]] in [[Looe|place]] rung: not seen him.
06:50 Info from BTP: male matching [[Kai|name]] seen on [[Plymouth|place]] station CCTV at 19:41 [[20th|date]].
09:20 [[Kai|name]]'s friend [[Ruby Hawken|name]] (15) told her mum [[Tracey|name]] that [[Kai|name]] was "in [[Devonport|place]]
at [[Jordan|name]]'s".
Intel: [[Jordan Madge|name]] ("[[J-Dog|name]]"), known to [[Stonehouse|place]] op, DOB [[14/02/2004|dob]].
13:05 FOUND: [[Kai|name]] located by PC [[Lisa Stephens|name]] and PC [[Mark Hocken|name]] at [[Flat 6, 41 Granby Street|address]],
[[Devonport|place]], [[PL1 4BE|postcode]]. £340 cash and 11 wraps. Vehicle outside [[WP68 UZL|vehicle]] (reg keeper
[[Kayleigh Madge|name]]). Returned home 16:40. NRM referral considered. RHI to [[Dobwalls|place]] via Hub.
17:10 Debrief by PC [[Lisa Stephens|name]] with [[Kai|name]] and mum. He named "[[Big Mick|name]]" ([[Michael Rendle|name]]) and
[[Shannon Pyle|name]] (16, from [[Torpoint|place]]). Log closed by Sgt [[Ian Colwill|name]] [[21/11/2026|date]] 18:00.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - Cornwall Missing and Exploitation Hub
Young person: [[Kai Coad|name]] ([[2 July 2011|dob]])   School: [[Liskeard School and Community College|school]] (Y11)
Interviewer: [[Ellen Pascoe|name]]   Date: [[23 November 2026|date]], 16:00, at [[Dobwalls|place]] library, with his consent
Where he went: got the train from [[Liskeard|place]] to [[Plymouth|place]] with [[Brandon|name]]. Stayed at a flat in
[[Devonport|place]]. Said "J" (he means [[Jordan|name]]) gave him £50 "for holding stuff". Slept on the sofa. A girl called
[[Shannon|name]] and an older man called "[[Big Mick|name]]" were there.
Why: "[[Darren|name]] is always on at me. Mum takes his side." Owes "J" £200 for a phone he lost in [[Saltash|place]] on
the [[14th|date]].
Who he trusts: his nan [[Maureen Coad|name]] in [[Menheniot|place]], his PE teacher Mr [[Geach|name]], his mate [[Ruby|name]].
Worries: "If I stop they'll come to [[Dobwalls|place]]." He has had Snapchats from "[[Jordz|name]]" saying he knows where his
sister [[Lily-Rose|name]] goes to school ([[Dobwalls Primary|school]]).
Agreed: [[Kai|name]] to see Mr [[Geach|name]] at lunchtimes; [[Ellen|name]] to share with the exploitation panel and SW [[Tom Bunney|name]].
Mum ([[Nicola|name]]) present for the last 10 minutes; she asked for [[Darren|name]] not to be told details.
Copy: [[Tom Bunney|name]] (SW); Mr [[Andrew Geach|name]] ([[Liskeard School|school]]); DC [[Hayley Rowse|name]]. Nan [[Maureen|name]]
rang [[Ellen|name]] on [[24/11|date]] to say [[Kai|name]] can stay with her in [[Menheniot|place]] "any time".
"""),
    ("Snapchat messages copied by the social worker", """Snapchat screenshots - from [[Kai|name]]'s phone, shown by [[Nicola Coad|name]] to
SW [[Tom Bunney|name]] on [[25/11/26|date]]. Usernames kept as they are.

jd.madge99: u back in [[lisky|place]] yet
kai_c0ad: ye
jd.madge99: u owe 200 [[kai|name]]. [[brandon|name]] payin his. dont make me come [[dobwalls|place]]
kai_c0ad: i got nothin m8 my stepdad took my card
jd.madge99: [[shannon|name]] says ur nan lives [[menheniot|place]] by the church lol
jd.madge99: sat. [[liskeard|place]] station 2pm. bring ur lil bro bag
kai_c0ad: i aint got a bro
jd.madge99: [[lily rose|name]] then 😂 [[dobwalls|school]] school innit
kai_c0ad: leave her out of it
jd.madge99: new numba [[07451 820 376|phone]] dont save it
(saved in [[Kai|name]]'s phone as "[[Jord|name]]". [[Kai|name]] says "bag" means a package.)
Note: Passed to DC [[Hayley Rowse|name]] (exploitation team) [[25/11/2026|date]] 15:10. Nan [[Maureen|name]] told to ring 999 if anyone
comes to [[Menheniot|place]].
kai_c0ad (to [[ruby|name]], same day): [[jordz|name]] knows where nan lives
rubyh.x: tell [[tom|name]] or i will. my mum [[tracey|name]] says come to ours in [[st keyne|place]]
"""),
    ("boy's own writing for his keyworker", """what i want people to no - by [[kai|name]]   ([[26.11.26|date]])
(written on a sheet for [[Ellen|name]], copied as it is)

i aint a grass. i no [[ruby|name]] told her mum but shes my mate so its ok.
when i go [[plymouth|place]] its cos i feel like sumone. at home [[darren|name]] just shouts and mum just cries
i want to live with nan [[maureen|name]] in [[menheniot|place]] or my dad in [[looe|place]] but dad [[shaun|name]] got a new girlfreind
([[Tash|name]]) and a baby
i liked year 9 when mr [[geach|name]] put me in the rugby at [[liskeard|place]]. i was good. coach [[steve|name]] said
i want [[lily-rose|name]] to be safe. she didnt do nothin
if j comes i will go with him so he dont hurt her
i dont no what NRM is. [[tom|name]] said he would explane
- [[kai coad|name]] year 11
ps [[ruby|name]] and her mum [[tracey|name]] are sound. [[ellen|name]] is ok too
ps mum if ur reading this i love u and [[lily|name]]
"""),
]


# --- D. Dingle family (white British), Pensilva, near Liskeard; a young carer of 12 -------------------------------------

HOME_D = d.Address("15 Bodmin Hill Terrace", "Pensilva", "Liskeard", "PL14 5NQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harvey", "Dingle")], dt.date(2014, 5, 19), addresses=[HOME_D], ids=["8278106401", "B908388114592"],
       schools=["Liskeard School and Community College"]),
    _p("s", "sibling", [("Poppy", "Dingle")], dt.date(2020, 10, 7), addresses=[HOME_D], ids=["5959196956", "C908370797520"],
       schools=["Pensilva Primary School"]),
    _p("m", "mother", [("Tamsin", "Dingle")], dt.date(1989, 4, 11), addresses=[HOME_D], phones=["07880 417 362"]),
], "c")

DOCS_D = [
    ("young carers referral form", """CORNWALL YOUNG CARERS - REFERRAL
Name of young carer: [[Harvey DINGLE|name]]   Known as: [[Harv|name]]   DOB: [[19-05-2014|dob]]   Year 8
School: [[Liskeard School and Community College|school]]   UPN: [[B908388114592|upn]]
Address: [[15 Bodmin Hill Terrace|address]], [[Pensilva|place]], [[Liskeard|place]], [[PL14 5NQ|postcode]]
Person cared for: mother, [[Tamsin Dingle|name]] ([[11/04/1989|dob]]), bipolar disorder, alcohol. Tel [[07880 417 362|phone]]
Sibling: [[Poppy Dingle|name]], 6, at [[Pensilva Primary|school]]
Referrer: [[Claire Tamblyn|name]], Pastoral Lead, [[01579 342 817|phone]]   Date of referral: [[05/11/2026|date]]
Caring tasks: gets [[Poppy|name]] ready and walks her to school, cooks tea, hides mum's drink, rings nan [[Pat|name]] ([[Patricia
Dingle|name]], [[St Cleer|place]]) when mum is "high". Collects mum's lithium from the chemist in [[Callington Road|address]].
Impact: late most days (catches the 7.50 bus from [[Pensilva|place]]); fell asleep in maths (Mr [[Polkinghorne|name]]); friends
[[Charlie Reed|name]] and [[Noah Lean|name]] say he never comes out.
Other professionals: CMHT care coordinator [[Mandy Nute|name]]; GP Dr [[Fiona Clemo|name]], Oak Tree Surgery; [[Poppy|name]]'s
teacher Mrs [[Jewell|name]].
Consent: [[Tamsin|name]] signed on [[4 Nov 2026|date]]. [[Harvey|name]] agreed ("as long as mum don't get in trouble").
Nan's number: [[01579 383 540|phone]]. Family friend [[Kelly Lean|name]] also helps. [[Harvey|name]]'s dad [[Lee Burt|name]] lives
in [[Bodmin|place]], little contact since [[25 December 2023|date]].
"""),
    ("scanned school letter read by OCR with its misreadings", """[OCR text of a scanned letter, kept with its errors]
[[PENSlLVA PRlMARY SCHOOL|school]]
[[Church Road|address]], [[Pensi1va|place]], [[Liskeard|place]] [[PL14 5PB|postcode]]
[[l6 November 2O26|date]]
Dear Ms [[Ding1e|name]],
Re: [[P0ppy Dingle|name]] - Reception / Year 2
We are worried that [[Poppy|name]] has been co11ected late six times since [[2 Sept|date]]. 0n Thursday [[l2th|date]] she was
still here at 4.l5 pm and we could not reach you on [[07880 417 362|phone]] or her grandmother Mrs [[Patricia Ding1e|name]] on
[[01579 383 540|phone]]. Her brother [[Harvey|name]] came for her at 4.40 on the bus from [[Liskeard|place]] and said you were
"poorly". Mrs [[Jewe1l|name]] and Miss [[Soper|name]] stayed with [[Poppy|name]] unti1 then.
We would like to meet on Monday [[23rd November|date]] at 9am. Our family support worker Mrs [[Kate Rickard|name]] can help.
Yours sincere1y,
[[J. Mutton|name]]
Headteacher, [[Pensi1va Primary|school]]
cc: SW [[Owen Rosevear|name]] (Liskeard Team)
[page 2 - hand-written note at the bottom, OCR: "rang nan [[Pat|name]] [[l9/11|date]], she wi1l co1lect Fridays - [[K. Rickard|name]]"]
Governor: Mr [[R0ger Hancock|name]], [[Tremar|place]].
"""),
    ("social worker's phone call notes", """Phone log - [[Owen Rosevear|name]], SW - re [[Dingle|name]] children, [[Pensilva|place]]

[[17/11/2026|date]] 08:40 OUT to mum [[Tamsin|name]] [[07880 417 362|phone]] - no answer. Left msg.
[[17/11/2026|date]] 08:55 OUT to nan [[Patricia Dingle|name]] ([[01579 383 540|phone]]), [[14 Tremar Lane|address]], [[St Cleer|place]]:
says [[Tamsin|name]] stopped her meds "about a fortnight ago", has a new man, "[[Rob|name]]" from [[Callington|place]]. [[Pat|name]]
can have both kids Fri to Mon but not school days, she has a bad hip and no car.
[[17/11/2026|date]] 10:20 IN from CMHT [[Mandy Nute|name]]: [[Tamsin|name]] missed depot on [[10/11|date]]. Crisis team asked to visit.
[[17/11/2026|date]] 14:05 OUT to [[Claire Tamblyn|name]] at the college: [[Harvey|name]] in today, tired; told [[Claire|name]] he was up
till 2am because mum was "talking to the telly". He asked if [[Poppy|name]] could stay at [[Noah|name]]'s ([[Noah Lean|name]], mum
[[Kelly Lean|name]], [[Pensilva|place]]).
[[17/11/2026|date]] 16:30 Home visit with crisis nurse [[Jack Oates|name]]. [[Tamsin|name]] agreed to restart meds. [[Rob|name]]
([[Robert Sandercock|name]]) present, drove off in a red Berlingo [[WA19 KRT|vehicle]]. Kids to nan's in [[St Cleer|place]] for the
weekend; [[Kelly Lean|name]] to do Mon school run. Manager [[Anna Pill|name]] agreed.
[[18/11|date]] 09:00 [[Harvey|name]] rang me himself (from [[Charlie|name]]'s phone): "is mum going to hospital". Reassured.
[[18/11|date]] 11:15 OUT to Mrs [[Jewell|name]] at [[Pensilva Primary|school]]: [[Poppy|name]] fine, with her friend [[Evie-Rose|name]].
[[18/11|date]] 12:00 Told [[Anna Pill|name]] and CMHT [[Mandy|name]]. Plan: YC worker [[Jess Hoskin|name]] to see [[Harvey|name]] weds.
"""),
    ("young carer's diary pages", """My Young Carers Diary - [[Harvey|name]] (week of [[23 Nov|date]])
(typed up by his support worker [[Jess Hoskin|name]] with his OK)

Mon [[23rd|date]] - got [[pops|name]] up, no bread so she had crackers. mum slept. went on bus, late again. mr
[[polkinghorne|name]] was ok about it
Tues - nan [[pat|name]] rang. shes coming on the bus from [[st cleer|place]] on thurs. yay
Weds [[25/11|date]] - young carers club in [[Liskeard|place]] with [[Jess|name]]. we did pizza. theres a boy [[Ollie|name]] from
[[Dobwalls|place]]
his dad is in a wheelchair. [[Ollie|name]] is funny
Thurs - [[rob|name]] came and him and mum went to [[plymouth|place]]. nan made shepards pie. [[poppy|name]] cried at night for mum
Fri [[27th|date]] - no school for me (inset). took [[Poppy|name]] to the park at [[Pensilva|place]] with [[Charlie|name]] and his dog
Sat - mum back. she was nice, we watched a film. i still hid the bottle under the sink in the shed
Sun [[29 November|date]] - I wish [[owen|name]] would come more. I want a tablet for xmas
[[jess|name]] says i can go to the young carers trip to [[Looe|place]] in the summer. [[charlie|name]] wants to come but hes not a carer
nan [[pat|name]] says [[owen|name]] is a good one. and [[Kelly|name]] ([[noah|name]]s mum) gave us a lift to [[Liskeard|place]]
"""),
]


# --- E. Jago family (white British), Kelly Bray, Callington; a disabled boy of 8 ----------------------------------------

HOME_E = d.Address("3 Florence Villas", "Kelly Bray", "Callington", "PL17 8EY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Jago")], dt.date(2018, 2, 14), addresses=[HOME_E], ids=["7589940917", "B908778129487"],
       schools=["Doubletrees School"]),
    _p("s", "sibling", [("Isla", "Jago")], dt.date(2015, 6, 21), addresses=[HOME_E], ids=["5173486503"],
       schools=["Callington Primary School"]),
    _p("m", "mother", [("Laura", "Jago")], dt.date(1986, 11, 3), addresses=[HOME_E], phones=["07522 309 871"],
       emails=["laurajago86@example.com"]),
    _p("f", "father", [("Craig", "Jago")], dt.date(1984, 8, 15), addresses=[HOME_E], phones=["07403 881 296"]),
], "c")

DOCS_E = [
    ("short breaks application form", """SHORT BREAKS FOR DISABLED CHILDREN - APPLICATION (Cornwall Council)
Child: [[JAGO, Oscar|name]]   DOB: [[14.02.2018|dob]]   NHS No: [[758 994 0917|nhs]]   UPN: [[B908778129487|upn]]
Diagnoses: autism, epilepsy (Lennox-Gastaut), learning disability; non-verbal, uses PECS and Makaton
School: [[Doubletrees|school]], [[St Blazey|place]] (taxi daily, escort [[Brenda|name]])
Address: [[3 Florence Villas|address]], [[Kelly Bray|place]], [[Callington|place]] [[PL17 8EY|postcode]]
Parents: [[Laura Jago|name]] (mum) [[07522 309 871|phone]], [[laurajago86@example.com|email]]; [[Craig Jago|name]] (dad)
[[07403 881 296|phone]], works away (wind farms) 2 weeks in 3
Sister: [[Isla|name]], 11, [[Callington Primary|school]] (Y6)
Support now: grandad [[Keith Jago|name]] ([[Stoke Climsland|place]]) sits one evening a week; aunt [[Becky Harvey|name]] in
[[Gunnislake|place]]; overnight respite at Merlin House none since [[12/08/2026|date]] (closed for staff). Paediatrician Dr
[[Sarah Ferris|name]] (Derriford); epilepsy nurse [[Tom Yelland|name]]; OT [[Ruth Doidge|name]].
What the family asks for: two overnights a month and a PA for Saturdays. Mum says [[Isla|name]] "hasn't had a birthday party in
two years". Application made on [[20 November 2026|date]] by SW [[Kirsty Penhaligon|name]], Disabled Children's Team.
Manager's note: agreed for panel on [[10/12/2026|date]]. [[Kirsty|name]] to ask Dr [[Ferris|name]] for a letter and [[Ruth Doidge|name]]
for the OT report. Signed [[Graham Uren|name]], Team Manager, [[20.11.2026|date]].
"""),
    ("mother's email to the disabled children's team", """From: [[Laura Jago|name]] <[[laurajago86@example.com|email]]>
To: [[Kirsty Penhaligon|name]]
Date: Thu, [[26 Nov 2026|date]] 03:12
Subject: [[oscar|name]] - last night

[[Kirsty|name]], sorry for the time. [[Oscar|name]] had 3 seizures between 11 and 2, the last one 6 mins so I gave the buccal and rang
111. Paramedics ([[Dean|name]] and [[Hollie|name]] from [[Liskeard|place]]) came at 1.40 and stayed an hour. [[Craig|name]] is in
Scotland till the [[4th|date]]. [[Isla|name]] was up with me the whole time and held his head, she's 11. I don't want that for her.
My dad [[Keith|name]] can't drive at night any more. My neighbour [[Sue Bolitho|name]] at [[no 5|address]] came round at 2.
[[Oscar|name]] won't be going to [[Doubletrees|school]] today. Can you ring [[Angie|name]] at the school ([[Angela Kitto|name]], class
teacher) please.
We need the overnights. Please tell the panel. I'm not coping.
[[Laura|name]]
Sent from my iPhone
PS [[Isla|name]]'s teacher at [[Callington Primary|school]], Mr [[Trewin|name]], says she has been falling asleep. Her best friend
is [[Maisie Cole|name]] from [[Kelly Bray|place]]; [[Maisie|name]]'s mum [[Jo Cole|name]] had her for tea on Tuesday.
"""),
    ("EHCP annual review record extract", """EHCP ANNUAL REVIEW - SECTION A AND OUTCOMES (extract)
Child: [[Oscar Jago|name]]  DOB [[14 February 2018|dob]]  Setting: [[Doubletrees School|school]]  Review date: [[18/11/2026|date]]
Present: [[Angela Kitto|name]] (teacher); [[Laura Jago|name]] (mum); [[Ruth Doidge|name]] (OT); [[Nikki Bone|name]] (SaLT);
[[Kirsty Penhaligon|name]] (SW); SENCO Mrs [[P. Oliver|name]]; [[Craig Jago|name]] by phone from [[Aberdeen|place]].
About me (from Mum and [[Isla|name]]): "[[Oscar|name]] loves the swings at [[Kit Hill|place]], Hey Duggee, and the bath. He hates
hand dryers and the noise at Tesco in [[Callington|place]]. His best person at school is [[Tyrone|name]] (TA, [[Tyrone Bennetts|name]]).
At home it's [[Isla|name]] and Grandad [[Keith|name]]."
Progress: walks with a hand-hold; 14 PECS symbols; toileting plan started [[7 September|date]].
Health: 9 seizures in October (log from Mum); Dr [[Ferris|name]] changed meds [[30/10/2026|date]].
Next review: November 2027. Transport: escort [[Brenda Walke|name]], driver [[Mick|name]] (Tamar Taxis).
Actions: SaLT [[Nikki Bone|name]] to train [[Brenda Walke|name]] in PECS by [[18/12/2026|date]]; [[Laura|name]] to share the seizure
log with nurse [[Tom Yelland|name]]. Case officer: [[Jenny Chapple|name]], SEN Team.
"""),
    ("transcript of a call to the out-of-hours service", """OUT OF HOURS - CALL RECORDING TRANSCRIPT (auto-transcribed, checked
by [[A. Retallick|name]])
Date: Saturday [[28 November 2026|date]]  Time: 21:47  Caller number: [[07522 309 871|phone]]
CALL HANDLER ([[Andy Retallick|name]]): Out of hours social care, you're speaking to [[Andy|name]].
CALLER: Hi, it's [[Laura|name]], [[Laura Jago|name]], from [[Kelly Bray|place]], by [[Callington|place]]. [[Oscar|name]]'s mum.
HANDLER: Hi [[Laura|name]]. Can you confirm his date of birth?
CALLER: [[Fourteenth of the second, 2018|dob]] - [[14/2/18|dob]].
HANDLER: Thanks. What's happened?
CALLER: He's gone for [[Isla|name]], he bit her arm, it's bleeding. He's not himself, I think another seizure's coming. My husband
[[Craig|name]]'s away. I've got [[Isla|name]] at my neighbour's, [[Sue|name]]'s, at [[5 Florence Villas|address]].
HANDLER: Is anyone with [[Oscar|name]] now?
CALLER: Me. My brother [[Darren Harvey|name]]'s on his way from [[Gunnislake|place]]. [[Becky|name]]'s husband, I mean - sorry - my
sister's husband.
HANDLER: OK. I'll note this for [[Kirsty|name]] on Monday and I'll ring you back at ten. Is [[Isla|name]]'s arm...
CALLER: [[Sue|name]]'s cleaned it. It's not deep. I just need someone to know.
[call ends 21:58; callback made 22:03 by [[A. Retallick|name]], family settled; [[Darren|name]] staying the night]
[note added [[30/11/2026|date]] by [[Kirsty Penhaligon|name]]: rang [[Laura|name]]; [[Isla|name]] seen at [[Callington Primary|school]]
by school nurse [[Bethany Lyle|name]]; bite healing. Emergency respite asked for; [[Graham Uren|name]] told.]
"""),
]


# --- F. Spear / Kneebone family (white British), Harrowbarrow, near Callington; drugs and a baby due -----------------------

HOME_F = d.Address("Flat 2, 11 Prince's Row", "Harrowbarrow", "Callington", "PL17 8BQ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ava", "Spear")], dt.date(2024, 9, 12), addresses=[HOME_F], ids=["4721935692"]),
    _p("m", "mother", [("Chelsea", "Spear")], dt.date(2003, 7, 25), addresses=[HOME_F], phones=["07769 541 023"]),
    _p("f", "father", [("Ryan", "Kneebone")], dt.date(2001, 2, 9), addresses=[HOME_F], phones=["01579 370 624"]),
    _p("g", "grandparent", [("Michelle", "Spear")], dt.date(1978, 5, 1), phones=["01822 832 467"]),
], "c")

DOCS_F = [
    ("midwife's pre-birth referral", """MATERNITY SAFEGUARDING - PRE-BIRTH REFERRAL
Mother: [[Chelsea SPEAR|name]]   DOB [[25/07/2003|dob]]   Hosp no. RK41207   EDD [[02/02/2027|date]]
Address: [[Flat 2, 11 Prince's Row|address]], [[Harrowbarrow|place]], [[Callington|place]] [[PL17 8BQ|postcode]]
Mob: [[07769 541 023|phone]]   Partner: [[Ryan Kneebone|name]] ([[09/02/2001|dob]])
Other child: [[Ava Spear|name]], DOB [[12/09/2024|dob]], NHS [[4721935692|nhs]]
Referrer: community midwife [[Jodie Ball|name]], Tamar Team, [[01752 851 390|phone]], [[15 October 2026|date]]
Concerns: [[Chelsea|name]] disclosed at booking (late, 22 weeks) daily cannabis and "some ket at weekends"; [[Ryan|name]] on a
methadone script from With You (worker [[Dom Vague|name]]). Smell of cannabis at the flat. [[Ava|name]] (2) seen in a cot with no
mattress cover. [[Chelsea|name]]'s mum [[Michelle Spear|name]] in [[Gunnislake|place]] ([[01822 832 467|phone]]) had [[Ava|name]] for 3
weeks in the summer. Friend [[Jade Cory|name]] from [[St Ann's Chapel|place]] "helps out".
History: [[Chelsea|name]] was a looked-after child herself (placed in [[Launceston|place]] 2017-2019).
Seen by: [[Jodie Ball|name]] and student midwife [[Megan Ivey|name]]. Discussed with the named midwife [[Rosie Couch|name]] on
[[16/10/2026|date]]. HV for [[Ava|name]]: [[Caroline Smale|name]] (Callington Health Centre team).
"""),
    ("drug and alcohol service letter", """With You - Cornwall (Caradon hub, [[Liskeard|place]])
[[23rd November 2026|date]]
To: [[Laura Mennear|name]], Social Worker, Tamar Valley Team
Re: Mr [[Ryan KNEEBONE|name]], DOB [[9.2.2001|dob]], NI No. [[NY 63 70 15 D|ni]]
Dear Ms [[Mennear|name]],
Mr [[Kneebone|name]] has been with us since [[3 March 2025|date]]. He collects 60 mg methadone daily from the pharmacy in
[[Callington|place]] (supervised). His tests since [[1 Sept|date]] show methadone and cannabis, with one positive for cocaine on
[[29/10/2026|date]]. He attends groups with [[Dom|name]] on Tuesdays and says his cousin [[Liam Kneebone|name]] brings him from
[[Harrowbarrow|place]] in a white Transit ([[WN21 YHP|vehicle]]).
Ms [[Spear|name]] has been offered an appointment with our young persons' and parents worker [[Abby Treloar|name]] on [[7 December|date]];
she did not attend on [[16/11|date]].
Yours sincerely,
[[Dom Vague|name]], Recovery Coordinator, With You
cc: Dr [[Rachel Hext|name]], GP; [[Jodie Ball|name]], midwife. Pharmacy contact: [[Sunita Patel|name]]
(pharmacist). Keyworker cover while [[Dom|name]] is on leave from [[14 December|date]]: [[Gareth Sleeman|name]].
"""),
    ("mother's text messages in lower case", """texts from [[chelsea|name]] to SW [[Laura|name]] (copied [[30/11/26|date]])

[[27/11|date]] 09:14 hi [[laura|name]] its [[chels|name]]. cant do monday [[ava|name]] got the doctors in [[callington|place]]
[[27/11|date]] 09:15 dr [[hext|name]] 10.20
[[27/11|date]] 18:02 [[ryan|name]] aint using honest hes only on the meth script. [[liam|name]] is the one
[[28/11|date]] 11:40 my mum [[michelle|name]] says she can have [[ava|name]] wed. shes in [[gunnislake|place]] by the station
[[28/11|date]] 11:41 dont ring [[ryan|name]] on his mobile hes lost it, ring the flat [[01579 370 624|phone]]
[[29/11|date]] 22:58 sorry for last nite. [[jade|name]] came round with her bf [[kyle|name]] and it got loud. i told them to go
[[29/11|date]] 23:01 baby is kicking loads. midwife [[jodie|name]] says hes big
[[30/11|date]] 08:30 can u help with a cot for the baby. [[ava|name]] has the one from [[michelles|name]]
[[30/11|date]] 08:33 and [[ryan|name]] says thanks for the food bank thing. nan [[joyce|name]] in [[calstock|place]] is knitting
for the baby lol
[[30/11|date]] 08:34 hes going to be called [[alfie-jay|name]] if its a boy. or [[ruby|name]]
"""),
    ("pre-birth child protection conference minutes", """PRE-BIRTH INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Unborn baby of [[Chelsea Spear|name]] (EDD [[2 February 2027|date]]) and [[Ava Spear|name]] ([[12 September 2024|dob]])
Held: [[4 December 2026|date]], Callington Town Hall meeting room, [[New Road|address]], [[Callington|place]]
Chair: [[Philippa Grose|name]] (IRO)   Minutes: [[Sandra Wherry|name]]
Present: [[Chelsea Spear|name]]; [[Ryan Kneebone|name]]; [[Michelle Spear|name]] (maternal grandmother); [[Laura Mennear|name]] (SW);
[[Jodie Ball|name]] (midwife); HV [[Caroline Smale|name]]; [[Dom Vague|name]] (With You); PC [[Nathan Burley|name]].
Apologies: Dr [[Rachel Hext|name]] (GP, report sent).
Summary: [[Ava|name]] is a happy toddler, seen by HV on [[2/12|date]], meeting milestones. Concerns: both parents' drug use, the
flat (damp, cot), visitors at night ([[Jade Cory|name]] and [[Kyle Rickard|name]]; police attended [[29th November|date]]).
[[Ryan|name]]'s cocaine test on [[29 October|date]]. Strengths: [[Michelle|name]]'s support in [[Gunnislake|place]]; [[Chelsea|name]]
is honest and attends antenatal care; great-nan [[Joyce Spear|name]] in [[Calstock|place]] offers Sundays.
Decision: both children subject to a child protection plan (neglect). Parenting assessment before birth; hair strand tests for
[[Chelsea|name]] and [[Ryan|name]]. Review conference: [[4 March 2027|date]].
[[Chelsea|name]]'s view: "I want to prove I can do this. I done it with [[Ava|name]]."
Core group: [[18/12/2026|date]] at the flat in [[Harrowbarrow|place]]. Members: [[Laura Mennear|name]], [[Jodie Ball|name]],
[[Caroline Smale|name]], [[Dom Vague|name]], [[Michelle Spear|name]]. Circulated by [[S. Wherry|name]] [[7/12/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 189 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "coach", "mama", "papa", "lola", "lolo", "tita", "tito", "ate", "kuya",
           "manang", "manong", "great-nan", "senco"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cornwall", "devon",
               "philippines", "the philippines", "ilocos norte", "ilocos", "luzon", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Lola Pacita", "Tita Lorna", "Nanna Lorr") and counties,
# countries and provinces ("Cornwall", "Scotland", "Ilocos Norte").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
