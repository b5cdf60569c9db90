"""Set 256: a held-out hand-written set for the redaction detector, six invented families in Bawtry, Tickhill and Finningley
(south Yorkshire, near Doncaster), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set254.py,
bench/redaction_set255.py, bench/redaction_set257.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party
in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set253.py were
searched by script for the towns and communities considered, printing only lists of set numbers: Bawtry, Tickhill,
Finningley, Rossington and Auckley appear in none; Karachay and Balkar appear in none (Ossetian, Abkhaz, Chechen, Ingush,
Circassian and others were found and not used). Phone numbers were checked with the phonenumbers library, and NHS numbers
and UPNs (LA 371, Doncaster) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother on Station Road, Bawtry (Walsh / Hardcastle; neglect, a baby's missed checks,
a boyfriend selling cannabis); a Karachay family (Karachay-Balkar and Russian speakers, from Karachayevsk and Uchkulan in
the North Caucasus) in Finningley (Bayramukov / Laipanova; domestic abuse, a mother's message translated); a young carer of
13 in Tickhill (Bramall; a mother with multiple sclerosis); a white British girl of 15 in New Rossington (Dobson / Kerr;
missing to Doncaster, criminal exploitation); a white British and Black Caribbean boy of 11 in Auckley (Campbell / Hirst;
ADHD, a suspension, a father in prison); and a mother in Austerfield misusing alcohol (Pearson; a boy of 10, a nan in
Harworth). The community named here, Karachay (North Caucasus, Russia), did not appear in any earlier docstring searched.
24 documents, each with its own style label: a school DSL chronology, a nan's texts typed up, a health visitor's home visit
note, a neighbour's complaint email, a police domestic abuse log, a mother's WhatsApp message in Russian translated, a
MARAC referral, a child's own words written with a teacher, a young carer's diary, a GP's letter, a young carers' assessment
note, a phone note, a return home interview, a Snapchat chat typed up, a strategy discussion minute, a child protection
conference minute, an OCR'd scanned school letter (with its misreadings), a youth worker's notes, a mother's complaint email,
a family support worker's notes, a probation officer's email, a nan's phone note, a boy's WhatsApp chat typed up, and an
alcohol service letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Russia +7); NHS numbers and UPNs pass their check digits. The council
("Doncaster Council"), the surgeries, the hospital and the charities are organisations and stay unmarked; towns, villages,
districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
("Tyson", "Bella") is NOT marked; a month with its year ("March 2025"), a season or feast with its year ("Christmas 2025",
"summer 2025") and a year alone ("in 2022") are NOT marked as dates; a named day of the year without a date written
("Christmas Day", "Bonfire Night") is not marked. A day with its month ("14 March", "14/03", "the 3rd") and dates of birth
are marked as before. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, DC, Nan, Apa, Anam, Atam, Appa);
"SURNAME, First" is one span; initials alone are not marked; usernames are not marked; organisations holding a town's name
stay unmarked ("Doncaster Royal Infirmary", "Tickhill Surgery", "South Yorkshire Police", "Doncaster Young Carers");
countries and regions ("Russia", "South Yorkshire", "Karachay-Cherkessia") are not places; an OCR misreading keeps its kind;
"the A1(M)" and "the castle" are landmarks and not marked.

Choices this set had to make: chat speaker labels are names ("kayz:", "jj:"), usernames are not; "Apa", "Anam", "Atam",
"Appa" and "Amma" are kinship words (grandmother, my mother, my father, grandfather, grandmother); a shop or pub named by its
town in lower case ("the bawtry co op") marks the town; "Lindrick" (a Tickhill district) is a place; in "Doncaster
Interchange" (the bus station) the town is marked; a prison ("HMP Doncaster") is an organisation and stays unmarked; a school's
name in a letter heading stays unmarked, as in set 213, and is marked as a school elsewhere; a mother's pet name for her son
("Alimchik") and a misspelling by a parent or a cousin ("Oskar", "jaydn") are names.

Size: the brief gave about half an hour; the documents were written short and lengthened in rounds, to 890 gold spans (509
names), a little under the 900 asked for.

Self-check without the detector: `python -m bench.redaction_set256` (and tests/test_redaction_set256.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 890 gold spans, 509 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Walsh / Hardcastle family (white British), Station Road, Bawtry --------------------------------------------------

HOME_A = d.Address("27 Station Road", "", "Bawtry", "DN10 6PU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hardcastle")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["7465607639", "W371559184824"],
       schools=["Bawtry Mayflower Primary School"]),
    _p("s", "sibling", [("Ava-Rose", "Hardcastle")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["7128446834"]),
    _p("m", "mother", [("Kayleigh", "Walsh")], dt.date(2002, 1, 24), addresses=[HOME_A], phones=["07723 415 908"]),
], "c")

DOCS_A = [
    ("school designated safeguarding lead's log", """MAYFLOWER PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[HARDCASTLE, Tyler|name]]   DOB [[11/06/2019|dob]]   UPN [[W371559184824|upn]]   NHS [[746 560 7639|nhs]]
Mum: [[Kayleigh Walsh|name]] ([[07723 415 908|phone]]), [[27 Station Road|address]], [[Bawtry|place]] [[DN10 6PU|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, no coat, said he had crisps for breakfast. Miss [[Ackroyd|name]] (class teacher) gave toast.
[[15/09/2026|date]]  Head lice again. Mum said her friend [[Shannon Fox|name]] from [[Harworth|place]] will sort it.
[[22.9.26|date]]  [[Tyler|name]] told TA [[Lorraine Beevers|name]] "[[Ava|name]] cries and mummy stays in bed".
[[1 Oct|date]]  HV [[Joanne Sedgwick|name]] rang: baby [[Ava-Rose|name]] missed her 1 year review. Dog mess in the kitchen (dog Tyson).
[[8th October 2026|date]]  Referral to Doncaster front door by DSL [[Martin\nGreaves|name]]. SW [[Farah Qureshi|name]] allocated
[[13/10|date]].
[[20/10/2026|date]]  Mum's boyfriend "[[Robbo|name]]" ([[Lee Robinson|name]]) collecting, smelt of cannabis. Car [[YD18 KWT|vehicle]].
[[3/11/26|date]]  [[Tyler|name]] said he slept at grandad's in [[Misson|place]]. Grandad [[Keith Walsh|name]], [[4 Top Road|address]],
[[Misson|place]], [[DN10 6EB|postcode]].
[[17/11/2026|date]]  [[Tyler|name]] and his friend [[Alfie Booth|name]] fell out; [[Tyler|name]] kicked [[Alfie|name]]. Mr
[[Skelton|name]] spoke to both.
[[1/12/2026|date]]  Mum rang from [[07723 415 908|phone]]: [[Tyler|name]] poorly. Home visit by [[Martin Greaves|name]]: no answer at
[[Station Road|address]]; neighbour Mrs [[Pauline Drury|name]] at [[no. 29|address]] said mum went to [[Doncaster|place]] with
"[[Robbo|name]]".
[[2/12/26|date]]  [[Tyler|name]] back; said he stayed at "Auntie [[Shan|name]]'s". Mum: that is [[Shannon|name]], not family.
[[3/12/2026|date]]  Strategy meeting. [[Farah|name]] said [[Robbo|name]]'s sister [[Stacey Robinson|name]] lives in [[Harworth|place]] too.
[[4.12.26|date]]  [[Tyler|name]] said [[Alfie|name]]'s mum Mrs [[Booth|name]] gave him a sandwich. He called Mr [[Skelton|name]] "Mr
[[Skelly|name]]".
[[8/12/2026|date]]  Mum came in with [[Lee|name]]. [[Tyler|name]] ran to Miss [[Ackroyd|name]]. Dad [[Ryan Hardcastle|name]] (in
[[Gainsborough|place]])
has no contact; Mum said [[Ryan|name]] has not seen [[Ty|name]] since [[23 August|date]].
[[7/12/2026|date]]  Grandad [[Keith|name]] collected [[Ty|name]]; said [[Kayleigh|name]] is at [[Shannon Fox|name]]'s in [[Bircotes|place]].
[[9/12/2026|date]]  Attendance: 81% since [[7 September|date]]. Late on [[2/12|date]], [[3/12|date]], [[4/12|date]]. Letter to
[[27 Station Road|address]].
"""),
    ("nan's text messages typed up by the social worker", """Texts from [[Sandra Walsh|name]] (nan) to SW [[Farah Qureshi|name]], copied
[[26/11/26|date]]

Sun [[22 Nov|date]] 18:40  hiya its [[sandra|name]] [[tylers|name]] nan. been to [[kayleighs|name]] in [[bawtry|place]] its a tip again
Sun [[22 Nov|date]] 18:42  [[ava|name]] in a dirty nappy, [[robbo|name]] asleep on the settee
Sun [[22 Nov|date]] 18:51  ive took [[ty|name]] back to mine in [[misson|place]] tonight, will drop him at school tmrw
Mon [[23 Nov|date]] 08:20  dropped him at [[mayflower|school]]. he said ta nanna
Mon [[23 Nov|date]] 17:05  [[shannon|name]] says [[robbo|name]] is selling from the flat over the [[bawtry|place]] co op. not my business
but
Tue [[24 Nov|date]] 09:12  landline is [[01302 710 482|phone]] if u want it. my neighbour [[jean|name]] at [[no 6|address]] knows me
Wed [[25 Nov|date]] 12:30  [[kayleigh|name]] wont answer. [[ty|name]] says [[robbo|name]] been back in a new car not the
[[YD18 KWT|vehicle]]
Thu [[26 Nov|date]] 10:02  [[jean|name]] says [[robbos|name]] brother [[dean robinson|name]] was there too. from [[rossington|place]]
Thu [[26 Nov|date]] 10:04  also [[shannons|name]] fella [[gaz|name]] is ok he fixed the door. [[ty|name]] likes him
Fri [[27 Nov|date]] 07:55  [[kayleigh|name]] rang me crying. shes at her mate [[chloes|name]] in [[austerfield|place]]. [[ava|name]] with
her
Fri [[27 Nov|date]] 08:10  sorry [[farah|name]] i mean [[chloe parkin|name]]. she lives by the church in [[austerfield|place]]
Sat [[28 Nov|date]] 14:30  [[keith|name]] says he can have [[ty|name]] sat nights. hes at [[misson|place]] not [[bawtry|place]]
Sun [[29 Nov|date]] 11:00  [[farah|name]] can u ring me. [[robbo|name]] and [[dean|name]] had a row at [[kayleighs|name]], [[jean|name]]
heard it
"""),
    ("health visitor's home visit note", """Health visiting - home visit [[27/11/2026|date]] - [[Joanne Sedgwick|name]] HV
Child: [[Ava-Rose Hardcastle|name]], DOB [[03/09/2025|dob]], NHS [[7128446834|nhs]]. Address [[27 Station Road|address]],
[[Bawtry|place]]. Mother [[Kayleigh|name]] present; partner [[Lee|name]] left as I arrived.
[[Ava|name]] weighed 8.6 kg; nappy rash, bottle propped. Kitchen floor dirty; dog Tyson shut in the yard. [[Kayleigh|name]]
says she is "just tired" since [[Tyler|name]] started year 2. Discussed Home-Start; she knows [[Kerry Lunn|name]] there.
GP: Dr [[Amani|name]] at Bawtry and Blyth Medical. Next visit [[4th December|date]]. Copy to SW [[Farah Qureshi|name]].
Seen also: grandad [[Keith Walsh|name]] (visiting from [[Misson|place]]), who says he will help with the [[Tyler|name]] school run.
Mother's friend [[Shannon|name]] came in at 11.20 and took [[Ava-Rose|name]] for a walk to [[Bawtry|place]] market place.
Plan: weekly visits; [[Kayleigh|name]] to attend the [[Bawtry|place]] baby group with [[Kerry Lunn|name]] on the [[3rd|date]]; weigh
[[Ava|name]]
at the clinic on [[11 December|date]]. Signed [[J. Sedgwick|name]].
Safeguarding supervision: discussed with [[Anne-Marie Cusworth|name]] on [[30/11|date]]; she agrees with referral to [[Farah|name]].
"""),
    ("neighbour's complaint email", """From: [[pauline.drury54@btinternet.com|email]]
To: Doncaster Council Children's Services
Date: [[29 November 2026|date]]
Subject: no. 27 Station Road

Dear sir, I live at [[29 Station Road|address]], [[Bawtry|place]]. The young lass next door ([[Kayleigh|name]]) has men coming
and going all hours. One of them, [[Lee Robinson|name]] I think, parks a silver car on the pavement. The little lad [[Tyler|name]]
was out on his own at 9pm on [[24th November|date]]. I rang her dad [[Keith|name]] in [[Misson|place]] but no answer.
I am not being nosy, I brought up four of my own. My number is [[01302 742 615|phone]].
PS the other man is called [[Dean|name]], he is [[Lee|name]]'s brother. My son [[Mark Drury|name]] saw him at [[Bawtry|place]] Crown on the
[[27th|date]]. [[Kayleigh|name]]'s mum [[Sandra|name]] knows.
I have also seen a white van [[YE17 HNV|vehicle]] there on [[20/11|date]] and [[23/11|date]] after dark, parked by [[no. 31|address]].
[[Pauline Drury|name]] (Mrs)
"""),
]


# --- B. Bayramukov / Laipanova family (Karachay, from Karachayevsk), Finningley -----------------------------------------

HOME_B = d.Address("9 Hayfield Lane", "", "Finningley", "DN9 3NB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Alim", "Bayramukov")], dt.date(2017, 4, 19), addresses=[HOME_B], ids=["3637938561", "G371707897809"],
       schools=["Finningley CE Primary School"]),
    _p("m", "mother", [("Madina", "Laipanova")], dt.date(1991, 8, 2), addresses=[HOME_B], phones=["07856 302 147"]),
    _p("f", "father", [("Rasul", "Bayramukov")], dt.date(1986, 12, 30), ids=["SJ 62 47 19 C"], phones=["07931 566 280"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """SOUTH YORKSHIRE POLICE - DA INCIDENT LOG 14/2211 - [[14/11/2026|date]] 23:05
Location: [[9 Hayfield Lane|address]], [[Finningley|place]], [[DN9 3NB|postcode]]
Victim: [[LAIPANOVA, Madina|name]] DOB [[02/08/1991|dob]] tel [[07856 302 147|phone]]
Suspect: [[BAYRAMUKOV, Rasul|name]] DOB [[30/12/1986|dob]] NI [[SJ 62 47 19 C|ni]] tel [[07931 566 280|phone]]
Child present: [[Alim BAYRAMUKOV|name]] (9). PC [[Hannah Coldwell|name]] and PC [[Josh\nMerrill|name]] attended.
[[Madina|name]] said [[Rasul|name]] pushed her into the door after a call from his mother in [[Karachayevsk|place]]. [[Alim|name]] rang
his aunt [[Zalina|name]] in [[Blaxton|place]], who rang 999. Suspect left in van [[FY20 RZK|vehicle]], found at [[Auckley|place]]
00:20. DASH high. Interpreter (Russian) by phone: [[Irina Volkova|name]]. Referred to MARAC.
Witness: neighbour [[Gary Lumb|name]], [[11 Hayfield Lane|address]], heard shouting. [[Zalina Laipanova|name]] gave her number
[[07912 334 581|phone]]. Bodycam PC [[Coldwell|name]]. [[Alim|name]] taken to [[Blaxton|place]] by aunt [[Zalina|name]].
Officer: PC [[H. Coldwell|name]] 2231. Supervisor: Sgt [[Rob Cutts|name]]. Next of kin for victim: sister [[Zalina|name]].
"""),
    ("mother's WhatsApp message in Russian, translated", """Message from [[Madina Laipanova|name]] to her sister [[Zalina Laipanova|name]],
[[16 November|date]], in Russian; translated for the SW by [[Irina Volkova|name]], [[18/11/2026|date]]

"[[Zalina|name]], do not tell Anam in [[Uchkulan|place]] anything. [[Rasul|name]] rang from his cousin [[Kazbek|name]]'s in
[[Cherkessk|place]]
on [[+7 928 365 41 27|phone]] and says he will come back for [[Alim|name]]. [[Alim|name]] asks for Atam every night. The police
lady [[Hannah|name]] gave me a number. I stay with you in [[Blaxton|place]] until Friday? Apa [[Fatima|name]] says
I must go home to [[Karachayevsk|place]] in Karachay-Cherkessia but my life is here now, in [[Finningley|place]]. Kiss [[Aminat|name]] for
me."
Second message, [[17 November|date]]: "[[Zalina|name]], [[Murat|name]] from [[Bessacarr|place]] says [[Rasul|name]] sleeps at his flat.
Tell [[Irina|name]] the police lady must know. Uncle [[Ruslan|name]] in [[Teberda|place]] rang Apa. I am scared for [[Alim|name]]."
Translator's note: "Apa" is grandmother, "Anam" my mother, "Atam" my father (Karachay words in a Russian message).
Third message, [[18 November|date]], to Apa [[Fatima Laipanova|name]] in [[Uchkulan|place]] ([[+7 928 140 62 03|phone]]): "Apa, I am well.
[[Alim|name]]
goes to school with [[Aminat|name]]. Do not listen to [[Rasul|name]]'s mother [[Halimat|name]]. [[Kazbek|name]] is lying. Salam to
[[Aslan|name]]
and [[Leyla|name]] in [[Karachayevsk|place]]. [[Madina|name]]"
"""),
    ("MARAC referral", """MARAC REFERRAL - [[19/11/2026|date]]
Victim: [[Madina LAIPANOVA|name]], [[9 Hayfield Lane|address]], [[Finningley|place]] [[DN9 3NB|postcode]]; safe number
[[07856 302 147|phone]]
Perpetrator: [[Rasul BAYRAMUKOV|name]], of no fixed abode, staying with [[Murat Urusov|name]], [[Flat 3, 41 Bawtry Road|address]],
[[Bessacarr|place]]. Also uses [[+7 938 021 77 54|phone]] (Russia).
Child: [[Alim|name]], DOB [[19/04/2017|dob]], NHS [[363 793 8561|nhs]], [[Finningley CE Primary|school]].
History: two earlier calls ([[3 March|date]], [[30/07|date]]); threats to take [[Alim|name]] to [[Teberda|place]] where his uncle
[[Ruslan Bayramukov|name]] lives. IDVA [[Claire Hepworth|name]]. Referrer: SW [[Dominic Oyelaran|name]].
Support network: sister [[Zalina Laipanova|name]], [[14 Church Lane|address]], [[Blaxton|place]] [[DN9 3AT|postcode]]; her daughter
[[Aminat|name]] (10); friend [[Olga Sheridan|name]] in [[Auckley|place]]. School DSL Mrs [[Beardsley|name]] knows the family.
Other family: paternal grandmother [[Halimat Bayramukova|name]] ([[Karachayevsk|place]]); cousin [[Kazbek Urusov|name]]
([[Cherkessk|place]]);
the father's employer, [[Dmitri Kovalenko|name]] (car wash, [[Rossington|place]]). Interpreter booked: [[Irina Volkova|name]] (Russian).
Safety plan: [[Alim|name]] collected only by [[Madina|name]], [[Zalina|name]] or [[Zalina|name]]'s husband [[Timur Baichorov|name]].
Passports
held by solicitor [[Jane Ostler|name]] of [[Doncaster|place]].
Next MARAC: [[3 December|date]]; [[Madina|name]] may move to [[Blaxton|place]] or to a refuge in [[Scunthorpe|place]].
Agencies told: [[Finningley CE Primary|school]] (Mrs [[Beardsley|name]]), health visitor [[Anna Kowal|name]], GP Dr [[Idris Mensah|name]].
"""),
    ("child's own words, written with his teacher", """[[Alim|name]]'s words - with Mrs [[Beardsley|name]], [[24/11/2026|date]]

i like [[finningley|place]] school and my friend [[oliver|name]]. in the holidays we go to appa and amma in [[uchkulan|place]] it
has mountains and sheep. dad shouts at mum in our language. aunty [[zalina|name]] lets me play on the xbox with [[aminat|name]]
she is my cousin. i want dad to say sorry. my cat is called Bella and she is scared when dad shouts.
Mrs [[Beardsley|name]] wrote: [[Alim|name]] drew his house in [[Finningley|place]] and the mountains of [[Karachayevsk|place]].
He said "Atam is nice sometimes. [[Oliver|name]]'s dad takes us fishing at [[Bawtry|place]]." His friend is [[Oliver Tindall|name]].
[[Alim|name]] asked if "[[Alimchik|name]]" (mum's name for him) can be on his badge. He wrote his name in Russian letters too.
Class teacher Mrs [[Jo Beardsley|name]] and TA Mr [[Ben Hurworth|name]] will check in with [[Alim|name]] each morning.
"""),
]


# --- C. Bramall family (white British, young carer), Tickhill -----------------------------------------------------------

HOME_C = d.Address("12 Castlegate", "", "Tickhill", "DN11 9QU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Holly", "Bramall")], dt.date(2013, 2, 7), addresses=[HOME_C], ids=["5770061634", "U371801214448"],
       schools=["Hall Cross Academy"]),
    _p("s", "sibling", [("Finley", "Bramall")], dt.date(2018, 10, 22), addresses=[HOME_C], ids=["3656350558"]),
    _p("m", "mother", [("Nicola", "Bramall")], dt.date(1984, 5, 15), addresses=[HOME_C], phones=["07492 118 637"]),
], "c")

DOCS_C = [
    ("young carer's diary", """my diary by [[holly|name]] (for [[Bex|name]] at young carers)

monday [[30th|date]]: got [[fin|name]] up and to school, mum couldnt do the stairs. missed first lesson at [[hall cross|school]].
tuesday: mum had a fall in the kitchen. rang nan [[pam|name]] in [[wadworth|place]] but she was at work. [[jess|name]] from next
door helped. [[finley|name]] cried.
wednesday: dr [[patel|name]] came. he says mums ms is worse. i did tea (beans). went to [[tickhill|place]] co op with [[fin|name]].
friday: [[craig|name]] (dad) picked us up and took us to [[maltby|place]]. his girlfriend [[sophie|name]] made pizza. i slept.
saturday: [[bex|name]] rang. i told her about mum. [[millie|name]]s mum [[karen|name]] gave me a lift to [[doncaster|place]] for shoes.
sunday: nan [[pam|name]] came. mum laughed at [[fin|name]]. good day. [[jess|name]] brought cake. i wrote this for [[rebecca|name]].
thursday: my best friend [[Millie|name]] came round. we walked the dog Bella round the castle and up to [[lindrick|place]].
"""),
    ("GP's letter to the young carers service", """Tickhill Surgery, Doncaster
[[2 December 2026|date]]
Dear [[Rebecca Hollis|name]],
Re: [[Nicola Bramall|name]], DOB [[15/05/1984|dob]], [[12 Castlegate|address]], [[Tickhill|place]], [[DN11 9QU|postcode]]
Mrs [[Bramall|name]] has relapsing multiple sclerosis and her mobility has fallen since [[17 October|date]]. Her daughter
[[Holly|name]] (13) does much of the caring, with her son [[Finley|name]] (8) also at home. Her mother, Mrs [[Pamela Hind|name]]
of [[Wadworth|place]], helps at weekends. I support an adult social care assessment and a young carers' assessment for [[Holly|name]].
Yours sincerely, Dr [[Sunil Patel|name]]
cc: [[Rebecca Hollis|name]]; [[Nicola Bramall|name]]; Mrs [[Pamela Hind|name]], [[6 Wadworth Hall Lane|address]], [[Wadworth|place]]
"""),
    ("young carers' assessment note", """Doncaster Young Carers - assessment, [[5/12/2026|date]], worker [[Rebecca Hollis|name]]
([[Bex|name]])
Young carer: [[BRAMALL, Holly|name]], DOB [[07/02/2013|dob]], UPN [[U371801214448|upn]], NHS [[577 006 1634|nhs]]
Home: [[Castlegate|address]], [[Tickhill|place]]; mum [[Nicola|name]] [[07492 118 637|phone]]; brother [[Finley|name]] ([[22/10/2018|dob]]).
[[Holly|name]] does meds, tea, [[Finley|name]]'s school run to [[Tickhill Estfeld|school]]. Dad ([[Craig Bramall|name]]) lives in
[[Maltby|place]],
sees the children every other Saturday. Nan [[Pam|name]] in [[Wadworth|place]]. Neighbour [[Jess Garside|name]] ([[no. 14|address]]) helps.
Head of year at [[Hall Cross|school]]: Mr [[Oduya|name]]. Plan: group on Tuesdays, Christmas 2025 trip not taken up, review
[[12 March|date]].
[[Holly|name]] in her words: "I don't mind helping mum but I miss netball with [[Millie|name]] and [[Grace|name]]. Dad's girlfriend
[[Sophie|name]]
is kind. I want [[Fin|name]] to go to [[Craig|name]]'s more." Worker's note: [[Holly|name]] calls her brother "[[Finners|name]]".
Consent: [[Nicola Bramall|name]] signed; [[Holly|name]] signed "[[Hols|name]]". Copy to Dr [[Patel|name]] and [[Hall Cross|school]] (Mr
[[Oduya|name]]).
"""),
    ("social worker's phone note", """Phone call - [[8/12/2026|date]] 10:15 - SW [[Gareth Pell|name]] to [[Pamela Hind|name]]
([[01302 770 391|phone]])
[[Pam|name]] says [[Nicola|name]] was taken to Doncaster Royal Infirmary last night; [[Holly|name]] and [[Finley|name]] stayed with
[[Pam|name]] at [[6 Wadworth\nHall Lane|address]], [[Wadworth|place]]. [[Craig|name]] will have them on the [[12th|date]].
[[Holly|name]] is worried about school; [[Pam|name]] will ring [[Hall Cross|school]]. Next call on the [[10th|date]].
Home visit set for [[11/12/2026|date]] at [[12 Castlegate|address]], [[Tickhill|place]] [[DN11 9QU|postcode]], after [[Nicola|name]]'s
discharge.
[[Gareth|name]] also rang [[Craig Bramall|name]] on [[07387 640 912|phone]]; he will tell [[Holly|name]]'s school.
[[Craig|name]] said his partner [[Sophie Wragg|name]] can collect [[Fin|name]] from school in [[Tickhill|place]] on Wednesday [[9th|date]].
"""),
]


# --- D. Dobson / Kerr family (white British), New Rossington ------------------------------------------------------------

HOME_D = d.Address("41 Grange Road", "", "New Rossington", "DN11 0LA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Paige", "Dobson")], dt.date(2011, 7, 28), addresses=[HOME_D], ids=["5950748220", "Q371799122232"],
       schools=["Rossington All Saints Academy"]),
    _p("m", "mother", [("Michelle", "Kerr")], dt.date(1980, 3, 9), addresses=[HOME_D], phones=["07814 903 225"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Paige Dobson|name]] (15), DOB [[28/07/2011|dob]] - by [[Kirsty Lamb|name]],
[[3/12/2026|date]]
Missing from [[41 Grange Road|address]], [[New\nRossington|place]], [[DN11 0LA|postcode]] on [[1 December|date]] 19:00 till [[2 Dec|date]]
14:00.
[[Paige|name]] says she was at "[[Kenzie|name]]'s" in [[Balby|place]] then [[Doncaster|place]] Interchange. A lad called "[[JJ|name]]"
([[Jordan\nJevons|name]],
19) drove her in a black Corsa [[YF21 OPL|vehicle]]. She had £200 and a new phone. Mum [[Michelle Kerr|name]] ([[07814 903 225|phone]]).
Friends: [[Mackenzie Shaw|name]] ("[[Kenzie|name]]"), [[Tegan Robson|name]]. School: [[Rossington All Saints|school]].
[[Paige|name]] said "[[JJ|name]]'s mate [[Deano|name]]" gave her the phone. Her dad [[Lee Dobson|name]] lives in [[Armthorpe|place]]; she
has not seen him since her birthday ([[28 July|dob]]). Her nan [[Irene Kerr|name]] in [[Old Rossington|place]] is "the only one who
listens".
[[Irene|name]] lives at [[15 Littleworth Lane|address]], [[Old Rossington|place]]; [[Paige|name]] calls her "[[Reenie|name]]".
Mum's partner [[Wayne|name]] drove round [[Balby|place]] and [[Hexthorpe|place]] looking for her. Next RHI worker: [[Kirsty|name]].
"""),
    ("Snapchat chat typed up by the police", """Snapchat - [[paige|name]] (user pd.x0x) and "jj" (user jjevons_19), screenshots given by
mum [[3/12|date]]

[[jj|name]]: u out 2nite [[paige|name]]
[[paige|name]]: cant mum watching me
[[jj|name]]: tell her ur at [[kenzies|name]] in [[balby|place]]. ill pick u up by the [[rossington|place]] chippy
[[paige|name]]: ok [[jj|name]] x
[[jj|name]]: bring [[tegan|name]] if she wants. [[deano|name]] wants to meet her
[[paige|name]]: shes grounded. il come to [[tickhill|place]] road end at 7
[[jj|name]]: sound. drop at [[bessacarr|place]] then [[wheatley|place]] then home
[[paige|name]]: is [[kenzie|name]] comin
[[jj|name]]: na [[kenz|name]] is wi [[tommo|name]] in [[edlington|place]]
[[paige|name]]: [[michelle|name]] took my phone lol. on [[shania|name]]s now
[[jj|name]]: tell [[shan|name]] shes cool. [[deano|name]] says [[harworth|place]] lot r snitches
[[paige|name]]: k see u at 7 by [[tickhill|place]] rd
[[jj|name]]: dont tell [[kirsty|name]] nothin. or [[dale|name]]
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[4/12/2026|date]] - chair [[Helen Stainforth|name]] (team manager)
Child: [[DOBSON, Paige|name]] ([[28.07.2011|dob]]), NHS [[5950748220|nhs]], UPN [[Q371799122232|upn]]
Present: DS [[Ibbotson|name]] (South Yorkshire Police), [[Kirsty Lamb|name]], Mrs [[Yvonne Pratt|name]] (DSL), SW [[Carl Mellor|name]].
Concerns: [[Jordan Jevons|name]] (DOB [[14/02/2007|dob]]) of [[Flat 8, 2 Holmes Carr Road|address]], [[Rossington|place]] linked to
cannabis supply in [[Tickhill|place]] and [[Bawtry|place]]; associate "[[Deano|name]]" not known; [[Tegan Robson|name]] also at risk.
Outcome: s47 enquiry; disruption notice for [[Jordan|name]]; [[Paige|name]]'s mum to keep a missing log. Review on the [[11th|date]].
Actions: [[Carl Mellor|name]] to visit [[Grange Road|address]] with [[Kirsty Lamb|name]]; DS [[Ibbotson|name]] to check [[YF21 OPL|vehicle]]
(registered keeper [[Sharon Jevons|name]], [[Flat 8, 2 Holmes Carr Road|address]]); Mrs [[Pratt|name]] to speak to [[Mackenzie|name]]'s
and [[Tegan|name]]'s parents ([[Carol Robson|name]], [[07454 218 773|phone]]). Minute taker: [[Angela Firth|name]].
Distribution: [[Michelle Kerr|name]]; [[Lee Dobson|name]] (by post, [[7 Church Street|address]], [[Armthorpe|place]], [[DN3 3AE|postcode]]).
Missing episodes: [[12/10|date]], [[30/10|date]], [[15/11|date]], [[1/12|date]] - found in [[Balby|place]], [[Hexthorpe|place]],
[[Mexborough|place]] and
[[Doncaster|place]] town centre.
"""),
    ("youth worker's notes", """Youth club notes, [[Rossington|place]] - [[6/12/26|date]] - [[Dale Hemsworth|name]]
[[Paige|name]] came with [[Tegan|name]] and [[Kenzie|name]]. Quiet. Said "[[PAIGE|name]] NEVER GOES OUT NOW" as a joke. She asked about
college in [[Doncaster|place]]. Her mum's partner [[Wayne Hollins|name]] picked her up at 8. [[Tegan|name]]'s mum ([[Carol Robson|name]])
rang me worried: a lad in a black car at [[Stripe Road|address]] most nights. Passed to [[Kirsty|name]].
[[8/12/26|date]] - [[Kenzie|name]] said [[JJ|name]] has a new lad driving, "[[Tommo|name]]" from [[Edlington|place]]. [[Paige|name]] said
nothing.
[[Dale|name]] told [[Helen Stainforth|name]] and DS [[Ibbotson|name]].
[[Paige|name]]'s mum [[Michelle|name]] rang at 9.40 from [[07814 903 225|phone]]: [[Paige|name]] home, says she was at [[Irene|name]]'s.
[[9/12/26|date]] - session at [[Tickhill|place]] youth hut with [[Paige|name]], [[Kenzie|name]] and a new girl, [[Shania Kirk|name]] of
[[Harworth|place]]. [[Shania|name]] said "[[JJ|name]] and [[Tommo|name]]" gave her vapes at [[Bawtry|place]] bus stop. Told
[[Kirsty Lamb|name]].
"""),
]


# --- E. Campbell / Hirst family (white British and Black Caribbean), Auckley ---------------------------------------------

HOME_E = d.Address("5 Hurst Lane", "", "Auckley", "DN9 3HG")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Campbell")], dt.date(2015, 11, 2), addresses=[HOME_E], ids=["2807348300", "F371202825804"],
       schools=["Hayfield School"]),
    _p("m", "mother", [("Leanne", "Hirst")], dt.date(1988, 6, 17), addresses=[HOME_E], phones=["07568 240 719"]),
    _p("f", "father", [("Marlon", "Campbell")], dt.date(1985, 9, 21)),
], "c")

DOCS_E = [
    ("child protection conference minute", """INITIAL CHILD PROTECTION CONFERENCE - [[7/12/2026|date]]
Child: [[Jayden Campbell|name]], DOB [[02/11/2015|dob]], [[5 Hurst Lane|address]], [[Auckley|place]], [[DN9 3HG|postcode]]
Chair: [[Susan Whitworth|name]]. Present: mother [[Leanne Hirst|name]]; grandmother Mrs [[Hyacinth Campbell|name]] ([[Balby|place]]);
SW [[Amir Hussain|name]]; Mr [[Pickering|name]] ([[Hayfield|school]]); school nurse [[Dawn Ellerby|name]].
[[Jayden|name]] (11) has ADHD; suspended [[19 November|date]] after hitting a boy ([[Ethan|name]]). Dad [[Marlon Campbell|name]] is
in HMP Doncaster since 2022, after an assault on the A1(M) services. Mum's new partner [[Scott\nFairclough|name]] of [[Blaxton|place]] has
a caution for assault.
Decision: child protection plan, neglect. Core group on the [[14th|date]] at [[Auckley|place]] village hall.
Views: [[Leanne|name]] said [[Scott|name]] is "good with [[Jay|name]]". Nan [[Hyacinth|name]] disagreed; [[Jayden|name]] stays with her in
[[Balby|place]] most weekends. [[Jayden|name]]'s cousin [[Reece Campbell|name]] (13) is his best friend.
Reports: [[Dawn Ellerby|name]] said [[Jayden|name]] was weighed [[2 Dec|date]]; Mr [[Pickering|name]] said [[Jay|name]] is "a good lad when
calm". Police: PC [[Tom Hague|name]] on [[Scott Fairclough|name]] (address [[3 Westfield Road|address]], [[Blaxton|place]],
[[DN9 3JR|postcode]]).
Contact: [[Leanne Hirst|name]] [[07568 240 719|phone]]; [[leanne.hirst88@gmail.com|email]]. Minutes by [[Priya Nandra|name]].
Next review conference [[8 March|date]]; core groups on [[14/12|date]], [[11/01|date]] and [[8/02|date]] at [[Hayfield|school]] or
[[5 Hurst Lane|address]].
"""),
    ("OCR'd scanned letter from the school", """HAYFlELD SCHOOL  [[Hayfield Lane|address]], [[Auck1ey|place]]
[[l9 November 2O26|date]]
Dear Ms [[Hlrst|name]],
Re: [[Jayden Campbe1l|name]] (Year 7), UPN [[F371202825804|upn]]
[[Jayden|name]] has been suspended for 3 days from [[2O/ll/2O26|date]] after an assault on another pupil in the canteen.
A reintegration meeting will be on [[24 Nov|date]] at 9.00 with Mr [[P1ckering|name]] and Mrs [[0ldroyd|name]]. Please
ring [[01302 772 400|phone]] to confirm. Home address on file: [[5 Hurst Lane|address]], [[Aucklev|place]] [[DN9 3HG|postcode]].
Yours, [[M. Pickering|name]], Head of Year 7
"""),
    ("boy's WhatsApp chat typed up", """whatsapp - [[jayden|name]] and his cousin [[reece|name]], shown by mum [[27/11|date]]

[[jay|name]]: u comin to nannas in [[balby|place]] sat
[[reece|name]]: ye. [[scott|name]] still at urs
[[jay|name]]: yh he shouts at mum. i hate him. going [[finningley|place]] park w [[kai|name]]
[[reece|name]]: [[kai hurst|name]] lol
[[jay|name]]: no [[kai|name]] from school. dad rang from jail he said stay good for mum
[[reece|name]]: tell auntie [[leanne|name]] my mum says hi
[[jay|name]]: ok. nanna [[hyacinth|name]] says come [[balby|place]] for chicken sunday
[[reece|name]]: bet. tell [[jaydn|name]] ur bro [[marlon jnr|name]] is comin too lol
"""),
    ("probation officer's email", """From: [[k.ashworth@justice.gov.uk|email]]
To: [[amir.hussain@doncaster.gov.uk|email]]
Sent: [[5 December 2026|date]] 14:02
Subject: [[Marlon CAMPBELL|name]], DOB [[21/09/1985|dob]]

[[Amir|name]], [[Marlon|name]] is due for release on licence on [[15 January|date]] to Approved Premises at [[4 Bennetthorpe|address]],
[[Doncaster|place]]. Exclusion zone covers [[Auckley|place]] and [[Blaxton|place]]. He asks for letters to [[Jayden|name]] via his
mother [[Hyacinth|name]]. Regards, [[Kath Ashworth|name]], Probation Officer
PS [[Marlon|name]]'s brother [[Delroy Campbell|name]] ([[01302 711 936|phone]]) is not approved as a contact. Victim in the index
offence, Mr [[Ashley Pugh|name]], lives in [[Hatfield|place]]; [[Marlon|name]] must not enter [[Hatfield|place]] or [[Dunscroft|place]].
He shared a cell with [[Wesley Ndlovu|name]], who is from [[Bentley|place]].
[[Leanne|name]] has told [[Jayden|name]] and his nan; [[Scott|name]] does not know yet. [[Amir|name]]
Tel: [[01302 366 500|phone]] (office). [[Kath|name]]
Reply from [[Amir Hussain|name]], [[5/12/2026|date]] 16:40: Thanks [[Kath|name]]. [[Leanne|name]] asks that [[Marlon|name]] writes to
[[Jayden|name]] care of [[Hyacinth Campbell|name]], [[40 Jubilee Road|address]], [[Wheatley|place]], [[DN1 2UE|postcode]], not
[[Auckley|place]].
"""),
]


# --- F. Pearson family (white British), Austerfield ----------------------------------------------------------------------

HOME_F = d.Address("18 Cross Lane", "", "Austerfield", "DN10 6RD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Pearson")], dt.date(2016, 1, 13), addresses=[HOME_F], ids=["5037687977", "R371350614471"],
       schools=["Bawtry Mayflower Primary School"]),
    _p("m", "mother", [("Gemma", "Pearson")], dt.date(1990, 10, 4), addresses=[HOME_F], phones=["07402 587 163"]),
], "c")

DOCS_F = [
    ("mother's complaint email", """From: [[gemma.pearson90@hotmail.co.uk|email]]
To: Doncaster Council complaints
Date: [[28/11/2026|date]]

I want to complain about SW [[Natalie Frost|name]]. She came to [[18 Cross Lane|address]], [[Austerfield|place]] on [[25th Nov|date]]
without telling me and talked to [[Oscar|name]] in front of my neighbour [[Bev Lister|name]]. I have not had a drink since
Bonfire Night. My mum [[Linda Pearson|name]] in [[Harworth|place]] has [[Oscar|name]] when I go to the Aspire group in
[[Doncaster|place]]. I want a new worker. [[GEMMA PEARSON|name]], tel [[07402 587 163|phone]]
Address for reply: [[18 Cross Lane|address]], [[Austerfield|place]], [[Doncaster|place]] [[DN10 6RD|postcode]]. My advocate is
[[Lorna Beck|name]].
PS and [[Natalie|name]] spelt my son's name "[[Oskar|name]]" on the letter. And [[Bev|name]] from [[no. 20|address]] is not my friend.
"""),
    ("family support worker's notes", """Family support - [[Oscar Pearson|name]] (10) and mum [[Gemma|name]] - [[Tasha Gill|name]], FSW
[[1/12/2026|date]] - [[Austerfield|place]]. Fridge empty; [[Gemma|name]] said she had "a couple of cans" with [[Darren|name]]
(ex, [[Darren Stott|name]], [[Bircotes|place]]). Food bank voucher given. [[Oscar|name]] fine; school ([[Mayflower|school]]) says
attendance 84%.
[[2/12/2026|date]] - Rang head Mrs [[Gillian Sowerby|name]]: [[Oscar|name]] late 6 times. Friend [[Harry Lister|name]] (Bev's son) walks
with him.
[[3/12/2026|date]] - Took [[Gemma|name]] to [[Bawtry|place]] market and the library. Met her friend [[Carly Nuttall|name]], who lives on
[[Martin Lane|address]], [[Bawtry|place]]. [[Oscar|name]] wants to do football at [[Tickhill|place]] on Saturdays.
[[5/12/2026|date]] - Nan [[Linda|name]] rang: [[Gemma|name]] drunk at 4pm. [[Oscar|name]] to [[Harworth|place]] for the weekend.
[[8/12/2026|date]] - [[Gemma|name]] sober, apologised. [[Oscar|name]] back from nan [[Linda|name]]'s. Aspire worker [[Sam|name]] rang
[[Tasha|name]]. [[Gemma|name]] to go with [[Carly|name]]'s sister [[Jodie Nuttall|name]] to the [[Tickhill|place]] group on the
[[15th|date]].
Signed [[T. Gill|name]], FSW; countersigned [[Natalie Frost|name]], SW.
Visits planned: [[10/12|date]], [[17/12|date]], [[22/12|date]] (not Christmas Day). Venue: [[18 Cross Lane|address]] or [[Bawtry|place]]
library.
"""),
    ("nan's phone note", """Phone note - [[6/12/26|date]] - [[Natalie Frost|name]] SW, call from [[Linda Pearson|name]]
([[07765 129 804|phone]])
[[Linda|name]] of [[22 Scrooby Road|address]], [[Bircotes|place]], [[DN11 8JD|postcode]] has [[Oscar|name]]. She says [[gemma|name]]
"is back on the vodka" and [[Darren|name]] has been. [[Oscar|name]] told her "mum fell over in the bathroom". [[Linda|name]]'s
husband [[Roy|name]] can take [[Oscar|name]] to school in [[Bawtry|place]]. Next call on the [[8th|date]].
[[Linda|name]] added that [[Gemma|name]]'s friend [[Carly|name]] from [[Bawtry|place]] has been buying the drink. [[Oscar|name]]'s dad
([[Ryan Marsden|name]], in [[Retford|place]]) has not been in touch since [[Oscar|name]]'s birthday on the [[13th of January|dob]].
[[Linda|name]]'s other daughter, [[Kelly Pearson|name]] of [[Harworth|place]], will help. [[Oscar|name]] calls [[Linda|name]]
"[[Lin|name]]" and
[[Roy|name]] "grandad [[Roy|name]]".
[[Natalie|name]] to tell [[Tasha Gill|name]] and [[Sam Ogunleye|name]]; [[Oscar|name]] to stay at [[22 Scrooby Road|address]] till
[[Gemma|name]] is seen.
"""),
    ("alcohol service letter", """Aspire Drug and Alcohol Service, Doncaster
[[7 December 2026|date]]
To: SW [[Natalie Frost|name]]
Re: [[PEARSON, Gemma|name]], DOB [[04/10/1990|dob]], [[18 Cross Lane|address]], [[Austerfield|place]] [[DN10 6RD|postcode]]
[[Gemma|name]] attended on [[13 Nov|date]] and [[27 Nov|date]] but missed [[4 December|date]]. Keyworker [[Sam Ogunleye|name]].
She reports drinking since summer 2025 and a relapse after her son's father left. Her son [[Oscar|name]] (DOB [[13/01/2016|dob]],
NHS [[503 768 7977|nhs]]) is with his grandmother in [[Harworth|place]]. Yours, [[Sam Ogunleye|name]]
cc: Dr [[Ruth Whiteley|name]], Bawtry and Blyth Medical; [[Tasha Gill|name]] (FSW); [[Linda Pearson|name]] (with consent)
Note: [[Gemma|name]] named her friend [[Carly Nuttall|name]] and her ex [[Darren Stott|name]] as drinking with her; [[Darren|name]] has a
van [[YE17 HNV|vehicle]]. GP [[Ruth Whiteley|name]] asked for a liver test on [[10 Dec|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 256 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "aunt", "apa", "anam", "atam", "appa", "amma"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "south yorkshire", "yorkshire", "russia", "karachay-cherkessia", "north caucasus", "caucasus"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Apa Fatima", "Atam") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
