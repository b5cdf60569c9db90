"""Set 221: a held-out hand-written set for the redaction detector, six invented families in south-west Cumbria (Millom,
Haverigg, Silecroft, Broughton-in-Furness, Kirkby-in-Furness and Ulpha in the Duddon valley), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set218.py to bench/redaction_set220.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, first two documents, its records and its end: _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and in
bench/redaction_handwritten.py only the signatures of _party, Records and HandSet. The docstrings of the earlier
bench/redaction_set*.py (not 218 to 220) were searched by script, printing a few words around each hit, for the towns used
here and for European communities: Millom, Silecroft, Kirksanton and Ulpha appeared in none; Haverigg, Askam, Duddon and
Bootle appear in set 158 (another Furness caseload; a prison, a council and Bootle, Merseyside) and Broughton in set 101
(Broughton Astley, Leicestershire); Duddon also names an invented council in set 16, and west Cumbria is set 162's region.
Of the communities tried, Faroese, Maltese, Icelandic, Luxembourgish, Sorbian, Slovene,
Gagauz, Kashubian, Corsican, Sardinian, Galician, Pomak, Lipovan, Hutsul, Csángó and Basque were found; Mirandese was not, and
was chosen. Phones were checked with the phonenumbers library; NHS numbers and UPNs (LA 909, Cumbria) made with python-stdnum
so their check digits pass. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Shorter than asked: the sitting was about thirty minutes, so the documents are short and the set has fewer gold spans than
the 900 (about 500 names) asked for: 832 gold spans, 491 of them names; the documents were written short and lengthened
in rounds while time allowed.

Six families: a young mother on Lonsdale Road, Newtown, Millom (Brockbank / Tyson; neglect, a baby's weight, a violent
boyfriend); a Mirandese family from Sendim near Miranda do Douro, Portugal, in Haverigg (Raposo Preto / Preto / Raposo;
domestic abuse, a girl of 13 interpreting, a grandmother's voice note in Mirandese); a boy of 15 in Broughton-in-Furness going
missing to Barrow (Postlethwaite / Dixon; criminal exploitation, a mother's complaint); a hill farm at Ulpha in the Duddon
valley (Casson; a father's low mood and a shotgun, a girl of 9 with asthma); a mother with a learning disability and a new
baby in Kirkby-in-Furness (Sowerby / Rimmer); and a girl of 13 in Silecroft groomed online (Hartley; self-harm, CAMHS). The
community named here, Mirandese (Portugal), did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a health visitor's home visit note, a mother's Facebook messages typed up, a school CPOMS export, child
protection conference minutes, a MASH referral, a police domestic abuse log, a grandmother's WhatsApp voice note transcribed
and translated from Mirandese, a girl's own words, a police missing person log, a return home interview, strategy discussion
minutes, a mother's complaint email, a GP letter, a farm visit case note, a scanned hospital letter with OCR misreadings, a
chronology, a pre-birth assessment extract, a midwife's email, texts between a mother and her advocate, core group minutes,
a school nurse drop-in note, Instagram messages typed up, a CAMHS letter and a father's voice note transcribed.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and Portuguese (+351); NHS numbers and UPNs pass their check digits. The council
("Copeland Fells Council"), the practice ("Duddon Valley Practice") and the hospital and police names are unmarked
organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set181.py and set 213. Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Dr, PC, DS, SW, HV, nurse, nan, nana, aunty, Tiu, Tia, abó, mai, pai, Padre); "SURNAME, First" is one span; usernames are not
marked ("jesshx_13", "ryan_wtn"); organisations holding a town's name stay unmarked ("Furness General Hospital", "North
Cumbria CAMHS", "Cumbria Constabulary", "Duddon Valley Practice"); "Portugal", "Cumbria" and "England" are not places; an
OCR misreading keeps its kind ("BETH CASS0N", "UIpha", "2l November 2O26"); "Sellafield", "the lagoon" and the pub ("the
Ship Inn", "the Ship") are not marked.

Choices this set had to make: chat speaker labels are names ("shannon:", "kelsey"), usernames are not; pets and a pet lamb
("Jess", "Nell", "Dolly", "Bolota") are marked as names; a farm ("Birks Farm", "High Ground") is an address; a street named
alone ("Lonsdale Road", "Sandside", "Dalton Road") is an address; "Bonfire Night", "boxing day" and "christmas eve" are dates;
a nickname ("Robbo", "Big K", "Nesita", "Cal", "Zé") is a name; the girl's double surname "Raposo Preto" is one name;
"Newtown" (Millom), "The Green", "Marshside", "Hindpool", "Ormsgill" and "Walney" are places, as districts; "Mirandese" and
"Portuguese" (languages) are not marked; "Santa" is not a person and is not marked.

Self-check without the detector: `python -m bench.redaction_set221` (and tests/test_redaction_set221.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 832 gold spans, 491 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tyson / Brockbank family (white British), Newtown, Millom --------------------------------------------------------

HOME_A = d.Address("22 Lonsdale Road", "Newtown", "Millom", "LA18 4AS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Tyson")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["3617483585", "J909237021437"],
       schools=["Black Combe Junior School"]),
    _p("s", "sibling", [("Ava-Mae", "Brockbank")], dt.date(2025, 2, 3), addresses=[HOME_A], ids=["7910414269"]),
    _p("m", "mother", [("Shannon", "Brockbank")], dt.date(2000, 9, 27), addresses=[HOME_A], phones=["07712 604 318"]),
], "c")

DOCS_A = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT   [[04/11/2026|date]]   HV [[Joanne Fell|name]]
Baby: [[BROCKBANK, Ava-Mae|name]]   DOB [[03/02/2025|dob]]   NHS [[791 041 4269|nhs]]
Mother: [[Shannon Brockbank|name]], [[22 Lonsdale Road|address]], [[Newtown|place]], [[Millom|place]] [[LA18 4AS|postcode]]
Tel [[07712 604 318|phone]]. Sibling [[Kayden Tyson|name]] ([[11/06/2019|dob]]) at school.
Visit planned for [[28 October|date]], no answer; neighbour Mrs [[Pattinson|name]] at [[no. 24|address]] said [[Shannon|name]] was at her
mum's in [[Haverigg|place]]. Seen today at 10.15. [[Ava-Mae|name]] in a heavy nappy, bottle of cold tea in the cot.
Partner "[[Robbo|name]]" ([[Lee Robinson|name]]) asleep upstairs, cans in the kitchen. [[Shannon|name]] says her mum [[Tracey
Brockbank|name]] helps out from [[Haverigg|place]] but they fell out on [[Bonfire Night|date]].
Weight 8.1 kg, dropped from the 50th. GP is Dr [[Lund|name]] at the [[Millom|place]] surgery; appointment [[11/11/2026|date]].
Discussed with SW [[Craig Nicholson|name]] ([[craig.nicholson@copelandfells.gov.uk|email]]) [[5/11|date]].
[[Shannon|name]] asked that [[Robbo|name]] not be told. Next visit [[18th November|date]].
Addendum [[18/11/2026|date]]: seen with nan [[Tracey|name]] present. [[Ava-Mae|name]] ("[[Ava|name]]") 8.3 kg. [[Shannon|name]]'s friend
[[Demi Walker|name]] from [[The Green|place]] helps with feeds. [[Kayden|name]] home from school with a cold; he showed me his
drawing of "[[Robbo|name]] and mam". Told [[Craig|name]] the same day. [[Shannon|name]] wants a nursery place at [[Haverigg|place]].
"""),
    ("mother's Facebook messages typed up", """Messenger messages [[Shannon Brockbank|name]] to SW [[Craig Nicholson|name]], typed up
[[20/11/26|date]]

[[shannon|name]]: craig its [[shannon|name]]. [[kayden|name]] says u went to school about him
[[shannon|name]]: hes fine hes just tired bc [[ava|name]] is teething
[[shannon|name]]: [[robbo|name]] doesnt live here he just stops some nights ok
[[shannon|name]]: my mam [[tracey|name]] in [[haverigg|place]] is a grass she rang u didnt she
[[shannon|name]]: ill be at [[millom|place]] surgery on wed for the baby happy now
[[shannon|name]]: [[kay|name]] was at my mate [[demi|name]]s in [[the green|place]] on sat she has a trampoline
[[shannon|name]]: her name is [[demi walker|name]] 4 [[ashfield cottages|address]] before u ask lol
[[shannon|name]]: and [[robbos|name]] car isnt his its his brothers [[PE68 VTZ|vehicle]] so leave it
[[shannon|name]]: and tell [[joanne|name]] the hv to stop coming round when [[lee|name]] is in
[[shannon|name]]: my aunty [[bev|name]] from [[kirksanton|place]] says shes gona have [[kayden|name]] on sat. [[bev tyson|name]] at
the caravan by [[silecroft|place]] beach
[[shannon|name]]: sorry im stressed. [[kayden|name]] keeps going on about santa coming on [[christmas eve|date]]
"""),
    ("school safeguarding log (CPOMS export)", """BLACK COMBE JUNIOR SCHOOL - CPOMS EXPORT
Pupil: [[TYSON, Kayden|name]]   UPN [[J909237021437|upn]]   DOB [[11.06.2019|dob]]   Class: Year 2 (Mrs [[Atkinson|name]])
[[09/09/2026|date]]  [[Kayden|name]] had no lunch; said "mam forgot". Ms [[Hodgson|name]] (TA) gave toast.
[[23/09/2026|date]]  Bruise on left arm. [[Kayden|name]]: "[[Robbo|name]] pulled me off the telly." DSL [[Ruth Kendall|name]] informed.
[[24.9.26|date]]  Referral to Cumbria safeguarding hub by [[Ruth\nKendall|name]]. Mum rang from [[07712 604 318|phone]], angry.
[[12 Oct|date]]  Collected by nan [[Tracey Brockbank|name]], [[9 Concle Terrace|address]], [[Haverigg|place]] [[LA18 4HE|postcode]].
[[2nd November 2026|date]]  [[Kayden|name]] told friend [[Alfie Sharp|name]] that "[[Robbo|name]] throws cans". [[Alfie|name]]'s mum Mrs
[[Sharp|name]] rang school.
[[16/11/2026|date]]  Dirty uniform, smells of smoke. Spare clothes given. Mr [[Eilbeck|name]] (PE) noted nits.
[[27/11/2026|date]]  Collected by an unknown man - [[Lee Robinson|name]] - not on contacts; car [[PE68 VTZ|vehicle]]. Not released.
[[1/12/26|date]]  [[Kayden|name]] said he slept at "Aunty [[Kerry|name]]'s in [[Kirksanton|place]]". Mum confirmed [[Kerry Tyson|name]],
his dad's sister.
[[3/12/2026|date]]  [[Kayden|name]] upset in class; said nan [[Tracey|name]] and mam shouted at [[Robbo|name]] in the street in
[[Newtown|place]]. Mrs [[Atkinson|name]] and Ms [[Hodgson|name]] sat with him. [[Alfie|name]] gave him his biscuit.
[[4/12/2026|date]]  Dad [[Jordan Tyson|name]] (in [[Barrow-in-Furness|place]], tel [[07845 219 673|phone]]) asked for reports.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[3 December 2026|date]] - [[Millom|place]]
Network Centre
Children: [[Kayden Tyson|name]] ([[11/06/2019|dob]]) and [[Ava-Mae Brockbank|name]] ([[3/2/2025|dob]])
Present: [[Helen Dobson|name]] (chair), [[Craig Nicholson|name]] (SW), [[Joanne Fell|name]] (HV), [[Ruth Kendall|name]] (DSL),
PC [[Steele|name]], [[Shannon Brockbank|name]] (mother), [[Tracey Brockbank|name]] (nan). Apologies: Dr [[Lund|name]].
Father [[Jordan Tyson|name]] joined by phone from [[Barrow|place]]; he lives at [[31 Ramsden Street|address]] there.
[[Craig|name]] set out: [[Ava-Mae|name]]'s weight, [[Kayden|name]]'s bruise on [[23 September|date]], Mr [[Robinson|name]] in the
home. PC [[Steele|name]]: [[Lee Robinson|name]] (DOB [[14/01/1996|dob]]) known for assault on an ex-partner in [[Askam|place]].
[[Shannon|name]] said [[Lee|name]] has gone to his brother [[Dale Robinson|name]] in [[Kirkby-in-Furness|place]].
Nan [[Tracey|name]] offered [[Kayden|name]] weekends in [[Haverigg|place]]; Aunt [[Kerry|name]] in [[Kirksanton|place]] also.
Decision: both children subject to a plan, category neglect. Core group [[17/12/2026|date]] at [[Lonsdale Road|address]].
Actions: [[Craig|name]] to check [[Kerry Tyson|name]]'s home at [[4 Church Lane|address]], [[Kirksanton|place]] [[LA18 4NN|postcode]];
[[Joanne|name]] to weigh [[Ava-Mae|name]] fortnightly; [[Ruth|name]] to give [[Kayden|name]] breakfast club; PC [[Steele|name]] to
speak to [[Dale Robinson|name]]. [[Jordan|name]] asked for contact with [[Kayden|name]] at his mum [[Linda Tyson|name]]'s in
[[Millom|place]].
"""),
]


# --- B. Raposo / Preto family (Mirandese, from Miranda do Douro, Portugal), Haverigg ---------------------------------------

HOME_B = d.Address("7 Sea View Terrace", "Haverigg", "Millom", "LA18 4EY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Inês", "Raposo Preto")], dt.date(2013, 4, 19), addresses=[HOME_B], ids=["7315149090",
       "F909258412732"], schools=["Millom School"]),
    _p("m", "mother", [("Lurdes", "Preto")], dt.date(1984, 12, 6), addresses=[HOME_B], phones=["07593 428 017"]),
    _p("f", "father", [("Abílio", "Raposo")], dt.date(1980, 7, 22), addresses=[HOME_B], phones=["07967 381 254"]),
], "c")

DOCS_B = [
    ("MASH referral from the secondary school", """CUMBRIA SAFEGUARDING HUB - REFERRAL FORM   Received [[06/10/2026|date]]
Child: [[RAPOSO PRETO, Inês|name]]   DOB [[19/04/2013|dob]]   NHS [[7315149090|nhs]]   UPN [[F909258412732|upn]]
Address: [[7 Sea View Terrace|address]], [[Haverigg|place]], [[Millom|place]] [[LA18 4EY|postcode]]
School: [[Millom School|school]], Year 9. Referrer: [[Anna Clegg|name]], DSL ([[a.clegg@millomschool.cumbria.sch.uk|email]]).
Mother: [[Lurdes Preto|name]] ([[07593 428 017|phone]]), speaks Mirandese and Portuguese, little English.
Father: [[Abílio Raposo|name]] ([[07967 381 254|phone]]), works nights at a poultry unit near [[Kirkby-in-Furness|place]].
Concern: [[Inês|name]] told her form tutor Mr [[Tweddle|name]] on [[5 October|date]] that "pai" pushed her mum down the stairs and
she has to translate at the doctor's for her mum. Her friend [[Millie Postlethwaite|name]] said [[Inês|name]] is scared to go home.
Family came from [[Sendim|place]], near [[Miranda do Douro|place]], in 2019; grandmother [[Glória Preto|name]] still there
([[+351 273 431 286|phone]]). Uncle [[Zé|name]] ([[José Raposo|name]]) lives in [[Ulverston|place]].
Other children in the home: none. Family friend [[Fátima Gonçalves|name]] ([[07754 902 316|phone]]), [[Millom|place]].
Interpreter needed (Portuguese). Parents not told of referral: mother asked it be kept from [[Abílio|name]].
"""),
    ("police domestic abuse log", """CUMBRIA CONSTABULARY - DOMESTIC INCIDENT   Log 0412 of [[18/10/2026|date]]
Location: [[7 Sea View Terrace|address]], [[Haverigg|place]]   Attending: PC [[Jamie Troughton|name]], PC [[Holly\nMossop|name]]
Victim: [[PRETO, Lurdes|name]] b. [[06/12/1984|dob]]   Suspect: [[RAPOSO, Abílio|name]] b. [[22/07/1980|dob]]
NI [[SL 20 64 93 D|ni]]   Vehicle: silver Berlingo [[PN21 KWU|vehicle]]
Child present: [[Inês|name]] (13), who interpreted until PC [[Mossop|name]] called Language Line at 01:10.
Account: [[Abílio|name]] came back from the Ship Inn angry about money sent to [[Sendim|place]]; threw a chair.
Neighbour [[Barry Pharaoh|name]] at [[no. 9|address]] rang 999. [[Lurdes|name]] has a cut to her lip.
[[Abílio|name]] arrested, taken to [[Barrow|place]] custody suite. Bail to brother [[José Raposo|name]], [[14 Hart Street|address]],
[[Ulverston|place]] [[LA12 7NB|postcode]].
DASH high. MARAC referral done by DS [[Kirsty Hine|name]] [[19/10|date]]. [[Lurdes|name]]'s friend [[Fátima|name]] from [[Millom|place]]
to stay the night.
Update [[20/10/2026|date]]: [[Fátima Gonçalves|name]] lives at [[Flat 3, 41 Lapstone Road|address]], [[Millom|place]] [[LA18 4BT|postcode]].
[[Inês|name]] stayed with her friend [[Millie|name]] in [[Holborn Hill|place]] on the [[19th|date]] ([[Millie|name]]'s mum [[Gemma
Postlethwaite|name]] agreed).
"""),
    ("grandmother's WhatsApp voice note transcribed and translated from Mirandese", """Voice note from [[Glória Preto|name]]
(abó) to [[Lurdes|name]], [[21/10/2026|date]], forwarded by [[Lurdes|name]]; transcribed and translated by [[Rui Carvalho|name]],
interpreter.
Mirandese: "[[Lurdes|name]], filha, you [[Abílio|name]] yá nun ye l mesmo. Bai cula nina pa casa de l tiu [[Zé|name]]."
English: "[[Lurdes|name]], daughter, that [[Abílio|name]] is not the same any more. Go with the girl to uncle [[Zé|name]]'s."
"In [[Sendim|place]] everyone knows what his father [[Armando|name]] was like. Come home for Christmas, your sister [[Amélia|name]]
has room in [[Duas Igrejas|place]]. [[Amélia|name]]'s boy [[Tiago|name]] asks for his cousin every day. Give a kiss to my
[[Nesita|name]]. Ring me on the house phone after the [[25th|date]]."
"Don't send money to [[Abílio|name]]'s cousin [[Nuno|name]] in [[Bragança|place]] again."
Second note, [[22/10/2026|date]]: "[[Lurdes|name]], the priest Padre [[Manuel|name]] says he will ring [[Abílio|name]]. Your cousin
[[Rosa Martins|name]] in [[Porto|place]] can send the ticket. [[Zé|name]] and his wife [[Conceição|name]] say you can stay."
Interpreter's note: "[[Nesita|name]]" is the family's name for [[Inês|name]]. "tiu" is uncle. "abó" is grandmother.
"""),
    ("a girl's own words written with her social worker", """My words - [[Inês|name]], [[2 December 2026|date]], with
[[Sarah Wilkinson|name]] (SW)

I am [[Inês|name]] but at home I am [[Nesita|name]]. I was born in [[Miranda do Douro|place]] and I lived in [[Sendim|place]] with
my abó [[Glória|name]] till I was 6. Now I live in [[haverigg|place]] by the sea. My best friends are [[Millie|name]] and
[[Tegan Cowman|name]]. We go to the lagoon.
I do not want to translate for mai at the doctors any more. Dr [[Singh|name]] should have an interpreter.
Pai was nice before. When he drinks at the Ship he shouts. I want him to stop, not to go away.
Tiu [[Zé|name]] in [[Ulverston|place]] has a dog called [[Bolota|name]]. I like it there. My cousin [[Tiago|name]] is 8.
Tia [[Amélia|name]] in [[Duas Igrejas|place]] sends me chocolates. My teacher Mr [[Tweddle|name]] is kind and Miss [[Anna Clegg|name]]
lets me sit in her room. [[Fátima|name]] makes bolo for my mai on Sundays.
I want to go to Portugal at Christmas? No - I want to stay for the [[millom|place]] school panto on the [[18th|date]].
"""),
]


# --- C. Postlethwaite / Dixon family (white British), Broughton-in-Furness ---------------------------------------------

HOME_C = d.Address("3 Princes Street", "Broughton-in-Furness", "Broughton-in-Furness", "LA20 6HQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Callum", "Postlethwaite")], dt.date(2011, 8, 30), addresses=[HOME_C], ids=["2861648619",
       "Y909281515740"], schools=["Millom School"]),
    _p("m", "mother", [("Donna", "Postlethwaite")], dt.date(1983, 3, 15), addresses=[HOME_C], phones=["07481 652 930"]),
    _p("o", "stepfather", [("Wayne", "Dixon")], dt.date(1979, 5, 2), addresses=[HOME_C], phones=["07825 713 469"]),
], "c")

DOCS_C = [
    ("police missing person log", """CUMBRIA CONSTABULARY - MISSING PERSON   Ref MP/26/3318   Reported [[14/11/2026|date]] 23:05
Missing: [[POSTLETHWAITE, Callum|name]]   DOB [[30/08/2011|dob]]   Home: [[3 Princes Street|address]], [[Broughton-in-Furness|place]]
[[LA20 6HQ|postcode]]. Reported by mother [[Donna Postlethwaite|name]] ([[07481 652 930|phone]]).
Last seen 16:30 getting on the train at [[Foxfield|place]] with an older lad "[[Tyler|name]]". Phone off.
Stepfather [[Wayne Dixon|name]] ([[07825 713 469|phone]]) drove to [[Barrow|place]] and searched [[Hindpool|place]].
Description given by [[Donna|name]]: grey hoodie, black trackies, Nike bag; has a friend [[Josh Benn|name]] in [[Foxfield|place]].
Associates: [[Tyler Nevinson|name]] (19) of [[Walney|place]]; [[Kian|name]] (surname unknown); girlfriend [[Lily-Rose Kirby|name]].
Found [[15/11/2026|date]] 02:40 by PC [[Dawes|name]] at [[Barrow|place]] railway station with £340 and two phones. Car seen:
black Audi [[PK17 YHD|vehicle]].
Risk: high (CCE). RHI to [[Leanne Birkett|name]]. Strategy discussion requested by DS [[Hine|name]].
Previous episodes: [[2/10/2026|date]] found in [[Dalton-in-Furness|place]] by PC [[Ellwood|name]]; [[24/10/2026|date]] returned by
[[Lily-Rose|name]]'s dad [[Stuart Kirby|name]] from [[Askam|place]]. School: [[Millom School|school]] (DSL [[Anna Clegg|name]]).
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Callum Postlethwaite|name]] - [[17/11/2026|date]] - [[Leanne Birkett|name]]
(RHI worker)
Place: [[Broughton|place]] library, at [[Callum|name]]'s choice. Mum [[Donna|name]] waited outside.
[[Callum|name]] ("[[Cal|name]]") said he went to [[Barrow|place]] to "see mates". He met [[Tyler|name]] at the skate park in
[[Ulverston|place]] in the summer. [[Tyler|name]] gives him lifts and vapes. He would not say who "[[Big K|name]]" is.
He said he slept at a flat on [[Dalton Road|address]] and a girl called [[Chloe|name]] let him in.
Asked about the two phones: "one's mine, one's [[Kian|name]]'s". Asked who [[Kian|name]] is: "[[Kian Rooney|name]], he's from
[[Dalton|place]],
he's alright". [[Callum|name]] said [[Lily-Rose|name]]'s mum [[Becky Kirby|name]] in [[Askam|place]] lets them stay over.
He does not get on with [[Wayne|name]], who "is always on at me". He misses his dad [[Mark Postlethwaite|name]] in
[[Whitehaven|place]]; last saw him on [[boxing day|date]].
[[Callum|name]] agreed to keep his phone on and to ring [[Leanne|name]] on [[07400 936 172|phone]] if he is
stuck. Shared with SW [[Priya Haworth|name]] and DS [[Kirsty Hine|name]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[18 November 2026|date]], Teams
Child: [[Callum Postlethwaite|name]] ([[30.08.2011|dob]]), [[Broughton-in-Furness|place]]. UPN [[Y909281515740|upn]]. NHS
[[286 164 8619|nhs]].
Present: [[Mike Armstrong|name]] (TM, chair), [[Priya Haworth|name]] (SW), DS [[Kirsty Hine|name]], [[Anna Clegg|name]]
([[Millom School|school]]),
[[Leanne Birkett|name]] (RHI), nurse [[Gail Braithwaite|name]].
DS [[Hine|name]]: [[Tyler Nevinson|name]], DOB [[04/02/2007|dob]], known for supply in [[Barrow|place]] and [[Millom|place]];
the Audi [[PK17 YHD|vehicle]] is linked to [[Kieran|name]] "[[Big K|name]]" [[Slater|name]] of [[Ormsgill|place]].
[[Anna|name]]: attendance 61%; [[Callum|name]] seen with [[Tyler|name]] at the gates in [[Millom|place]] on [[10/11|date]].
[[Leanne|name]]: [[Callum|name]] names "[[Big K|name]]" and a flat on [[Dalton Road|address]]; [[Chloe|name]] may be
[[Chloe Herd|name]] (15),
missing from [[Roose|place]] on [[14/11|date]].
Nurse [[Gail|name]]: [[Cal|name]] asked about an injury to his hand on [[12 November|date]].
Outcome: s47 enquiry; NRM referral; disruption notice for [[Nevinson|name]]. Review [[2/12/2026|date]].
Also noted: [[Callum|name]]'s sister [[Maisie Dixon|name]] (8) at [[Broughton Primary|school]]; [[Donna|name]] and [[Wayne|name]] to be
seen together by [[Priya|name]] on [[20/11|date]]; [[Lily-Rose Kirby|name]] to be spoken to by PC [[Dawes|name]].
"""),
    ("mother's complaint email to the council", """From: [[Donna Postlethwaite|name]] <[[donnapos83@hotmail.co.uk|email]]>
To: complaints, Copeland Fells Council   Date: [[29 November 2026|date]]
Subject: complaint about how my son was treated
I am writing about my son [[Callum Postlethwaite|name]] (DOB [[30/8/2011|dob]]) of [[3 Princes St|address]],
[[Broughton in Furness|place]]. On the [[14th|date]] I rang at 11pm and nobody from your duty team rang back until the
[[16th|date]]. [[Cal|name]] could have been dead in [[Barrow|place]].
My ex [[Mark|name]] in [[Whitehaven|place]] has not even rung.
Then your social worker [[Priya Haworth|name]] told my partner [[Wayne|name]] that he was "part of the problem" in front of
[[Callum|name]] and my daughter [[Maisie|name]]. [[Wayne Dixon|name]] has been a dad to my kids for 8 years.
Also nobody has done anything about [[Tyler Nevinson|name]] who sits outside our house in [[Broughton|place]] in that Audi.
I want a meeting with the manager [[Mike Armstrong|name]]. My number is [[07481 652 930|phone]] or my mum [[Sandra Birch|name]]
on [[01229 716 354|phone]] in [[Foxfield|place]].
[[Donna|name]]
"""),
]


# --- D. Casson family (white British, hill farm), Ulpha in the Duddon valley -----------------------------------------

HOME_D = d.Address("Birks Farm", "Ulpha", "Broughton-in-Furness", "LA20 6DZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Beth", "Casson")], dt.date(2017, 1, 25), addresses=[HOME_D], ids=["4042330797", "R909272814641"],
       schools=["Broughton Primary School"]),
    _p("m", "mother", [("Moira", "Casson")], dt.date(1985, 10, 8), addresses=[HOME_D], phones=["01229 716 198"]),
    _p("f", "father", [("Ewan", "Casson")], dt.date(1981, 2, 14), addresses=[HOME_D], phones=["07538 204 861"]),
], "c")

DOCS_D = [
    ("GP letter to children's services", """Duddon Valley Practice
[[12 November 2026|date]]
Dear Ms [[Orr|name]],
Re: [[Ewan CASSON|name]], DOB [[14/02/1981|dob]], [[Birks Farm|address]], [[Ulpha|place]], [[LA20 6DZ|postcode]]
and his daughter [[Beth Casson|name]], DOB [[25/01/2017|dob]], NHS [[404 233 0797|nhs]]
I saw Mr [[Casson|name]] on [[10/11/2026|date]] with his wife [[Moira|name]]. He has had low mood since the sheep were taken in
the spring and said he "can't see a way on". He keeps a shotgun for the farm; the firearms officer PC [[Gunson|name]] has been
told. [[Moira|name]] says [[Beth|name]] found him in the barn crying on [[1 November|date]].
He is under the crisis team (Dr [[Abimbola Ajayi|name]]). [[Beth|name]] sees me for asthma; she is often late to school as the
bus does not come up past [[Hall Dunnerdale|place]].
Please contact me on [[01229 718 263|phone]].
Yours sincerely, Dr [[Fiona\nMcLaren|name]]
"""),
    ("social worker's case note of a farm visit", """CASE NOTE - home visit, [[Birks Farm|address]], [[Ulpha|place]] -
[[19/11/2026|date]] - SW [[Kate Orr|name]]
Drove up from [[Duddon Bridge|place]]; no signal past [[Ulpha|place]] church. [[Moira Casson|name]] met me at the gate with the
dogs ([[Jess|name]] and [[Nell|name]]). [[Ewan|name]] in the lambing shed with neighbour [[Tom Dawson|name]] of
[[Seathwaite|place]].
The shotgun has gone to [[Ewan|name]]'s brother [[Graham Casson|name]] at [[High Ground|address]], [[Kirkby-in-Furness|place]].
[[Moira|name]]'s sister [[Heather Tyson|name]] ([[Heather|name]]) rang while I was there from [[Coniston|place]].
[[Beth|name]] was off school with a cough; she showed me her pet lamb "[[Dolly|name]]" and her drawings of nana [[Jean|name]].
[[Beth|name]]: "Daddy is sad, mummy says it's the farm." She wants to go to [[Broughton|place]] swimming club with [[Isla Tyson|name]]?
(mum says [[Isla Dixon|name]]; check).
Plan: [[Moira|name]]'s mobile is out of signal; use the landline [[01229 716 198|phone]]. Support worker [[Pete Gaskell|name]]
from the farming charity to visit [[26 Nov|date]]. Next visit [[3rd December|date]].
Added [[20/11|date]]: [[Moira|name]] rang; [[Ewan|name]] went with [[Graham|name]] to the mart at [[Ulverston|place]] and "was more
himself". Nana [[Jean Casson|name]] coming from [[Seascale|place]] for a week. [[Tom Dawson|name]]'s wife [[Ann|name]] will do the school
run to [[Broughton|place]] on Tuesdays.
"""),
    ("scanned hospital letter with OCR misreadings", """FURNESS GENERAL HOSPITAL - PAEDIATRIC DEPARTMENT
Date: [[2l November 2O26|date]]
Patient: [[BETH CASS0N|name]]   D0B: [[25/0l/2Ol7|dob]]   NHS No: [[4042330797|nhs]]
Address: [[Birks Farrn|address]], [[UIpha|place]], [[Broughton-in-Furness|place]] [[LA2O 6DZ|postcode]]
Dear Dr [[McLaren|name]],
I saw [[Beth|name]] in clinic with her rnother [[M0ira|name]] on [[l8/ll/2O26|date]]. [[Beth|name]] has had three
asthma attacks since [[0ctober|date]]. Her father [[Ewan Cass0n|name]] did not attend.
Mrs [[Cass0n|name]] said the farrn is 40 rninutes from [[Br0ughton|place]] and the ambulance took an hour on the [[3rd|date]].
[[Beth|name]]'s grandmother [[Jean Casson|name]] ([[01946 728 305|phone]]) often brings her; she lives at [[8 Gosforth Road|address]],
[[Seascale|place]] [[CA20 1PR|postcode]].
Plan: new inhaler; school nurse [[Gail Braithwaite|name]] to train staff at [[Br0ughton Prirnary|school]].
Dr [[R. 0konkwo|name]], Consultant Paediatrician
cc: [[Kate 0rr|name]], Social Worker
"""),
    ("chronology of significant events", """CHRONOLOGY - [[CASSON, Beth|name]] ([[25.01.2017|dob]]) - UPN [[R909272814641|upn]]
[[March 2026|date]]   Flock culled (TB). [[Ewan Casson|name]] off sick. Source: [[Moira|name]].
[[14/07/2026|date]]   [[Beth|name]] late 9 times; head Mrs [[Fleming|name]] writes to parents at [[Birks Farm|address]].
[[01/11/2026|date]]   [[Beth|name]] finds [[Ewan|name]] in the barn upset. Told nana [[Jean Casson|name]] in [[Seascale|place]].
[[10/11/2026|date]]   GP Dr [[McLaren|name]] sees [[Ewan|name]]; crisis team. Letter [[12/11|date]].
[[12/11/2026|date]]   Firearm handed to [[Graham Casson|name]]. PC [[Gunson|name]] confirms.
[[18/11/2026|date]]   Paediatric clinic, [[Barrow|place]]; Dr [[Okonkwo|name]].
[[19/11/2026|date]]   Home visit SW [[Kate Orr|name]]; [[Tom Dawson|name]] helping on farm.
[[26/11/2026|date]]   [[Pete Gaskell|name]] visits. [[Ewan|name]] agrees to talk to Dr [[Ajayi|name]].
[[02/12/2026|date]]   [[Moira|name]] asks for help with the school bus; [[Kate|name]] writes to transport ([[Les Mounsey|name]]).
[[4/12/2026|date]]    [[Beth|name]] at [[Isla Dixon|name]]'s party in [[Broughton-in-\nFurness|place]]; happy, per mum.
"""),
]


# --- E. Sowerby / Rimmer family (white British), Kirkby-in-Furness -----------------------------------------------------

HOME_E = d.Address("12 Sandside", "Kirkby-in-Furness", "Kirkby-in-Furness", "LA17 7UA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harper", "Sowerby")], dt.date(2026, 10, 2), addresses=[HOME_E], ids=["1662818068"]),
    _p("m", "mother", [("Kelsey", "Sowerby")], dt.date(2005, 4, 30), addresses=[HOME_E], phones=["07920 517 384"]),
    _p("f", "father", [("Liam", "Rimmer")], dt.date(2003, 11, 9), phones=["07754 362 091"]),
], "c")

DOCS_E = [
    ("pre-birth assessment extract", """PRE-BIRTH ASSESSMENT (extract) - completed [[8 September 2026|date]] - SW [[Emma Tyrer|name]]
Mother: [[SOWERBY, Kelsey|name]], [[30/04/2005|dob]], [[12 Sandside|address]], [[Kirkby-in-Furness|place]] [[LA17 7UA|postcode]].
NI [[JR 42 71 85 C|ni]]. Tel [[07920 517 384|phone]]. EDD [[5 October 2026|date]].
Father: [[Liam Rimmer|name]], [[09/11/2003|dob]], lives with his mum [[Dawn Rimmer|name]] at [[6 Beck Side|address]], [[Askam|place]].
[[Kelsey|name]] has a learning disability; advocate [[Nadia Brown|name]] supports her. Her own mother [[Julie Sowerby|name]]
lives in [[Dalton-in-Furness|place]] and her aunt [[Wendy Kirkbride|name]] nearby in [[Marshside|place]].
[[Kelsey|name]] was in care herself from 2013 (foster carers [[Pam|name]] and [[Des Rigg|name]] in [[Millom|place]]).
[[Liam|name]] was cautioned for pushing [[Kelsey|name]] at [[Askam|place]] station in [[June|date]]; he says it was "messing".
Midwife [[Rachael Gregg|name]]; GP Dr [[Chaudhry|name]].
Support network: [[Julie Sowerby|name]] (nan, [[Dalton|place]]), [[Wendy Kirkbride|name]] ([[07481 305 926|phone]]), [[Dawn Rimmer|name]]
([[Askam|place]]), friend [[Courtney Holmes|name]] in [[Ireleth|place]]. [[Kelsey|name]] calls [[Wendy|name]] "[[Wend|name]]" and
[[Liam|name]] "[[Limo|name]]".
"""),
    ("community midwife's email", """From: [[Rachael Gregg|name]] <[[rachael.gregg@nhs.net|email]]>
To: [[Emma Tyrer|name]]   Sent: [[7 October 2026|date]] 16:02
Subject: [[Kelsey Sowerby|name]] - baby born
Hi [[Emma|name]], [[Kelsey|name]] had a girl, [[Harper|name]], on [[2/10/26|date]] at [[Barrow|place]] (Furness General), 3.1 kg.
NHS no. for baby: [[166 281 8068|nhs]]. Home to [[Sandside|address]] today with [[Liam|name]] and his mum [[Dawn|name]].
[[Kelsey|name]] is struggling with feeds; I showed her twice. [[Liam|name]] was on his phone. Nan [[Julie|name]] came over from
[[Dalton|place]]. Advocate [[Nadia|name]] is off till the [[12th|date]].
HV [[Joanne Fell|name]] covers [[Kirkby|place]] too, she will do the new birth visit [[14/10|date]].
Thanks, [[Rach|name]]
"""),
    ("texts between a mother and her advocate", """Texts [[Kelsey Sowerby|name]] and [[Nadia Brown|name]] (advocate), copied with
[[Kelsey|name]]'s agreement [[20/11/26|date]]

[[kelsey|name]] 09:12: nadia can u come to the meeting on [[thurs|date]] i dont get the words
[[Nadia|name]] 09:20: Yes I'll pick you up at 9.30 from [[Sandside|address]]. Is [[Liam|name]] coming?
[[kelsey|name]] 09:24: [[liam|name]] says hes busy. his mam [[dawn|name]] will come
[[kelsey|name]] 13:40: [[harper|name]] wont stop crying. my mam [[julie|name]] says leave her
[[Nadia|name]] 13:42: Ring the HV [[Jo|name]] on [[07388 145 729|phone]] or me. Don't leave her.
[[kelsey|name]] 13:50: ok. [[liam|name]] went to [[ulverston|place]] with [[jack|name]] in his car [[PN19 XKT|vehicle]] again
[[kelsey|name]] 22:10: he came back and shouted. aunty [[wendy|name]] came and took him out
[[Nadia|name]] 22:15: Are you and [[Harper|name]] safe now? If not ring 999.
[[kelsey|name]] 22:17: yes safe. [[wendy|name]] is staying
[[kelsey|name]] 08:02: [[liam|name]] sent sorry. [[dawn|name]] says he can stay at hers in [[askam|place]]
[[Nadia|name]] 08:10: OK. I'll tell [[Emma|name]]. See you thursday 9.30?
"""),
    ("core group meeting minutes", """CORE GROUP - [[Harper Sowerby|name]] (DOB [[02/10/2026|dob]]) - [[26 November 2026|date]] -
[[Kirkby-in-Furness|place]] village hall
Venue booked by [[Sue Parkin|name]], [[Kirkby|place]] hall caretaker ([[01229 889 417|phone]]).
Present: [[Emma Tyrer|name]] (SW), [[Kelsey Sowerby|name]], [[Nadia Brown|name]], [[Dawn Rimmer|name]], HV [[Joanne Fell|name]],
[[Wendy Kirkbride|name]]. Not present: [[Liam Rimmer|name]] (rang [[07754 362 091|phone]], no answer).
[[Joanne|name]]: [[Harper|name]] gaining; feeds better with a chart on the fridge.
[[Emma|name]]: incident on [[19/11|date]]; [[Liam|name]] shouted at [[Kelsey|name]] while holding [[Harper|name]]. Police log by
PC [[Sian Lowther|name]]. [[Wendy|name]] removed [[Liam|name]].
[[Dawn|name]] says [[Liam|name]] can stay with her in [[Askam-in-Furness|place]] and see [[Harper|name]] at her house.
[[Julie|name]] (by phone from [[Dalton-in-Furness|place]]) said she would have [[Harper|name]] on Sundays; [[Kelsey|name]] agreed.
Actions: parenting group at [[Millom|place]] (Mrs [[Sewell|name]]); [[Nadia|name]] to help [[Kelsey|name]] with a
calendar; next core group [[17 December|date]].
"""),
]


# --- F. Hartley family (white British), Silecroft ------------------------------------------------------------------------

HOME_F = d.Address("2 Beach Road", "Silecroft", "Millom", "LA18 5LP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jessica", "Hartley")], dt.date(2013, 9, 3), addresses=[HOME_F], ids=["0325613834", "A909299125636"],
       schools=["Millom School"]),
    _p("f", "father", [("Neil", "Hartley")], dt.date(1976, 6, 18), addresses=[HOME_F], phones=["07576 820 413"]),
    _p("m", "mother", [("Stacey", "Hartley")], dt.date(1981, 1, 7), phones=["01229 774 902"]),
], "c")

DOCS_F = [
    ("school nurse drop-in note", """SCHOOL NURSE DROP-IN - [[Millom School|school]] - [[11/11/2026|date]] - [[Gail Braithwaite|name]]
Seen: [[Jessica Hartley|name]] ("[[Jess|name]]"), Year 8, DOB [[03/09/2013|dob]], NHS [[032 561 3834|nhs]].
Lives with dad [[Neil Hartley|name]] at [[2 Beach Road|address]], [[Silecroft|place]] [[LA18 5LP|postcode]]. Mum [[Stacey|name]]
lives in [[Bootle|place]] with her partner [[Dean Fisher|name]].
[[Jess|name]] showed cuts on her left forearm, about a week old. Says she does it "when [[Ryan|name]] goes quiet". [[Ryan|name]]
is someone she met on Instagram; says he is 16 and lives in [[Whitehaven|place]]. Her friend [[Tegan Cowman|name]] (of
[[Haverigg|place]]) told her he is
older. [[Jess|name]] has sent him photos.
Her friends [[Tegan|name]], [[Millie Postlethwaite|name]] and [[Inês|name]] waited outside. [[Jess|name]] asked me not to tell her mum.
Told DSL [[Anna Clegg|name]] at 11.40. Dad rang on [[07576 820 413|phone]]. Referral to CAMHS and hub.
"""),
    ("Instagram messages typed up from a girl's phone", """Instagram DMs from [[Jess|name]]'s phone (user jesshx_13) with "ryan_wtn",
typed up by PC [[Cara Nixon|name]], [[14/11/2026|date]]

ryan_wtn: u up [[jess|name]]
jesshx_13: yh cant sleep. dads on nights
ryan_wtn: u still in [[silecroft|place]]? i cud come get u. my mate [[conor|name]] drives
jesshx_13: no its miles from [[whitehaven|place]] lol. n [[tegan|name]] says ur not 16
ryan_wtn: [[tegan|name]] is jelous. meet me at [[millom|place]] station sat
jesshx_13: idk. my nan [[sheila|name]] lives in [[haverigg|place]] she wud see
ryan_wtn: then come to [[bootle|place]] ur mams. tell her ur at [[tegans|name]]
jesshx_13: ok maybe saturday. dont tell anyone
PC's note: the account ryan_wtn uses the phone [[07825 104 662|phone]], registered to [[Aaron Pickering|name]], DOB [[2/3/1998|dob]],
of [[Cleator Moor|place]]. [[Jess|name]]'s mum [[Stacey Hartley|name]] of [[5 Main Street|address]], [[Bootle|place]]
[[LA19 5TF|postcode]] and her partner
[[Dean Fisher|name]] told on [[15/11|date]]. [[Conor|name]] not identified.
"""),
    ("CAMHS letter to the father", """North Cumbria CAMHS
[[1 December 2026|date]]
Mr [[Neil Hartley|name]]
[[2 Beach Road|address]]
[[Silecroft|place]]
[[Millom|place]] [[LA18 5LP|postcode]]
Dear Mr [[Hartley|name]],
Re: [[Jessica Hartley|name]], DOB [[3 September 2013|dob]], NHS No [[0325613834|nhs]]
Thank you for bringing [[Jessica|name]] to see me on [[27 November|date]]. [[Jessica|name]] told me about [[Aaron Pickering|name]]
and that she feels "stupid". I told her it is not her fault. Her mum [[Stacey|name]] ([[01229 774 902|phone]]) came too.
[[Jessica|name]] likes her grandmother [[Sheila Hartley|name]] in [[Haverigg|place]] and her art teacher Ms [[Varty|name]].
[[Jess|name]] told me her nan [[Sheila|name]] "is the only one who listens" and that her dad's partner [[Karen Moffat|name]] of
[[Bootle|place]] is kind to her too.
We agreed weekly sessions with [[Olivia Thwaite|name]], our nurse, at [[Millom|place]] clinic, from [[8 December|date]].
Yours sincerely,
Dr [[Hannah Quayle|name]], Clinical Psychologist
"""),
    ("father's voice note transcribed", """Voice note from [[Neil Hartley|name]] to SW [[Tom Satterthwaite|name]], [[5/12/2026|date]] 07:48,
transcribed by [[Tom|name]]
"Morning [[Tom|name]], it's [[Neil|name]], [[Jess|name]]'s dad. Just back off nights at Sellafield. Er, [[Jess|name]] was at her
mam's in [[Bootle|place]] last night and [[Dean|name]] let her go out at ten, to the beach, with some lad. I've told [[Stacey|name]]
that's not on. [[Jess|name]] says it was only [[Conor|name]] from school, [[Conor Lightfoot|name]]. I don't know him.
Me mam [[Sheila|name]] can have her Fridays in [[Haverigg|place]], she's at [[15 Atkinson Street|address]]. And the police lady,
[[Cara|name]], said they've charged that [[Pickering|name]] fella, is that right? Ring us on [[07576 820 413|phone]] after two.
[[Tegan|name]]'s mum [[Lorraine Cowman|name]] rang me an' all, she's worried. Oh and [[Jess|name]]'s got her phone back, I've put the
settings on. Cheers. Oh - it's the [[tenth|date]] for the meeting, yeah?"
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 221 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:05 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nana", "nanny", "gran", "granny", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "aunt",
           "uncle", "tiu", "tia", "abó", "mai", "pai", "filha", "padre"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "cumbria", "portugal", "furness", "west cumbria"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tiu Zé", "abó Glória", "aunty wendy") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
