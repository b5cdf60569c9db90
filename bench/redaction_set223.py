"""Set 223: a held-out hand-written set for the redaction detector, six invented families in Stokesley, Great Ayton and the
villages under the Cleveland Hills (North Yorkshire), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set222.py, bench/redaction_set224.py and bench/redaction_set225.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: _PAIRS,
NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the
signature of Records.party in bench/redaction_handwritten.py (a grep of a dozen lines); the docstring of set 181 was not
read (set 213 follows its conventions and was copied). The docstrings of bench/redaction_set*.py (not 222 to 225) were
searched by script for the towns and villages used here and for candidate communities, printing only a few lines around a
hit: no hit for Stokesley, Great Ayton, Kildale, Swainby, Osmotherley, "Cleveland Hills", Iban or Sarawak (the "Iban" hits
were inside "Thangmeiband"; "Ayton" hits were Layton, Cayton, Clayton and Drayton); Hmong, Kyrgyz, Buryat, Minangkabau,
Tajik and Chin were found in earlier docstrings and set aside. Phone numbers were checked with the phonenumbers library and
NHS numbers and UPNs (LA 815, North Yorkshire) made with python-stdnum in small snippets. Nobody may tune the detector on
this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families: an Iban family from Sibu and Kapit (Sarawak, Malaysia) on Levenside, Stokesley (Jimbai / Sumbang; a girl of
13 hit with a rotan, Iban naming "Jimbai anak Nyandang", a family WhatsApp group in Iban translated, a grandmother in Sibu);
a young white British mother in Great Ayton (Harker / Dixon; neglect of a baby and a girl of 5, a nan in the village, a
father in Marske); a white British girl of 15 in Hutton Rudby missing to Middlesbrough and Thornaby (Pybus / Lister;
criminal exploitation); a young carer of 11 in Swainby whose mother has multiple sclerosis (Metcalfe; a nana in
Osmotherley, a father in Darlington); a farming family at Ingleby Greenhow with a grandfather in Kildale (Wilstrop /
Atkinson; domestic abuse, shotguns seized, MARAC, a child protection plan); and a mother drinking in Great Broughton with a
boy of 14 out of school and a nan in Carlton in Cleveland (Garbutt / Sowerby; a father in Benidorm). The community named
here, Iban (Sarawak, Malaysian Borneo), did not appear in any earlier docstring searched. 24 documents, each with its own
style label: a school safeguarding log, an Iban family WhatsApp group translated, strategy discussion minutes, a young
person's own words, health visitor's contact notes, a grandmother's Facebook Messenger chat, a GP letter, a mother's
scanned letter with OCR misreadings, a police missing person log, a return home interview, Snapchat messages typed up by
police, contextual safeguarding meeting minutes, a young carers' assessment, a young carer's voice note transcribed, a
home visit case note, a school family support worker's email, a police domestic abuse log, a MARAC referral, initial child
protection conference minutes, a mother's email, a MASH referral, a mother's and son's texts typed up, a mother's
complaint to the council, and a social worker's chronology.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Malaysia +60, Spain +34); NHS numbers and UPNs pass their check digits;
NI numbers have a valid format. The council's service ("Children and Families Service"), the care agency, the surgery and
the schools' short names are invented or unmarked organisations; towns, villages, districts and streets are real and
marked as places or addresses.

Markup and conventions: those of bench/redaction_set213.py (and so set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, DC, DS, PCSO, HV, SW, Nan, Nana, Mam, Stepdad, Grandad, and the Iban Apai, Inai, Ini, Aki); "SURNAME,
First" is one span, and so is "First SURNAME"; an initial with a surname is one span ("H. Sedgewick"); initials alone and
usernames are not marked; a possessive 's or a bare s in texting stays outside; an OCR misreading keeps its kind
("Stokes1ey", "Har1ey", "O7/O7/2O26"); a weekday stays outside a date; countries, counties and regions are not places
("North Yorkshire", "Sarawak", "Malaysia", "Spain", "Teesside", "Cleveland" alone); organisations named by a town stay
unmarked ("North Yorkshire Police", "Cleveland Police", "Great Ayton Health Centre" marks only the town, as set 213 did with
a shop named by its town); "Roseberry" (Roseberry Topping) is a landmark and not marked.

Choices this set had to make: an Iban name with "anak" ("Jimbai anak Nyandang", son of Nyandang) is one name span, and
"anak" is part of it; an Iban kinship word before a name ("Ini Empeni", "Aki Nyandang") stays outside; the chat group's
name "Bilik Sumbang" marks the surname only; a chat speaker's label is a name ("debbie harker", "reece"); a pet's name
("Bruno", "Tyson", "Meg", "Tess", "Bonnie") is a name; a family name in the plural ("the Hodgsons") is a name; a pub ("the
Dudley Arms") is an organisation and not marked; a farm ("Low Bank Farm", "Bank Top") and a Sarawak street ("Jalan
Kampung Nyabor") are addresses; "Teesside Park" (a retail park) is a place, as a district; "boro", "Rudby", "Ayton" and "Gt
Broughton" are places; a school named by its village ("Ingleby Greenhow Primary", "Swainby and Potto") is a school; a
festival ("Gawai") is not a date but "Easter" and "Christmas" are; a date range ("30-31 October") is one date span; a date
of birth of someone outside the records is a dob.

Self-check without the detector: `python -m bench.redaction_set223` (and tests/test_redaction_set223.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans
per kind: 24 documents, 897 gold spans, 500 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party


# --- A. Jimbai / Sumbang family (Iban, from Sibu and Kapit, Sarawak), Levenside, Stokesley ----------------------------------

HOME_A = d.Address("9 Levenside", "", "Stokesley", "TS9 5BH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Melati", "Jimbai"), ("Mel", "Jimbai")], dt.date(2013, 6, 11), addresses=[HOME_A],
       ids=["1027429033", "T815389624317"], schools=["Stokesley School"]),
    _p("s", "sibling", [("Dayang", "Jimbai")], dt.date(2018, 2, 3), addresses=[HOME_A], ids=["2576850472"]),
    _p("f", "father", [("Jimbai", "Nyandang"), ("Jimbai anak", "Nyandang")], dt.date(1982, 9, 24), addresses=[HOME_A],
       phones=["07841 326 905"]),
    _p("m", "mother", [("Rosalind", "Sumbang")], dt.date(1986, 1, 17), addresses=[HOME_A], phones=["07523 618 447"]),
], "c")

DOCS_A = [
    ("school safeguarding log entry by the designated safeguarding lead", """STOKESLEY SCHOOL - SAFEGUARDING LOG (CPOMS export)
Student: [[JIMBAI, Melati|name]]  Yr 8  DOB [[11/06/2013|dob]]  UPN [[T815389624317|upn]]
Home: [[9 Levenside|address]], [[Stokesley|place]] [[TS9 5BH|postcode]]   Parents: [[Jimbai anak Nyandang|name]]
([[07841 326 905|phone]]),
[[Rosalind Sumbang|name]] ([[07523 618 447|phone]])
Sister: [[Dayang JIMBAI|name]] (Yr 3, [[Stokesley Primary|school]])   Emergency contact: [[Lydia Sumbang|name]] (aunt, [[Kuching|place]])

Tue [[6 October 2026|date]] 10.20  [[Mel|name]] came to Student Support with a red mark across the back of her left hand. Said
"Apai used the rotan because I came home late from [[Great Ayton|place]]". Seen by Mrs [[Harrison-Cole|name]] (DSL) and
Mr [[Pennock|name]] (Head of Year 8). [[Mel|name]]'s friend [[Ruby Wetherill|name]] was with her and said it is "not the first time".
[[6/10/26|date]] 11.05  Call to the MASH (North Yorkshire... no, the Children and Families Service front door) by
[[Joanne Harrison-Cole|name]]. Spoke with [[Aled\nPryce|name]], MASH social worker. Strategy discussion to follow.
[[6/10/26|date]] 15.30  [[Mel|name]] collected by mum [[Rosalind|name]] in the silver Yaris [[YK17 HWD|vehicle]]. Little sister
[[Dayang|name]] (Yr 3, [[Stokesley Primary|school]]) in the back.
[[7 Oct|date]]  [[Mel|name]] in. Says dad "said sorry" and rang Ini [[Empeni|name]] in [[Sibu|place]] to tell on her.
[[13.10.2026|date]]  SW [[Kirsty Bainbridge|name]] ([[kirsty.bainbridge@nyc-families.org.uk|email]]) saw [[Mel|name]] in school with an
interpreter, Mr [[Edward Ugak|name]].
[[20th Oct|date]]  [[Ruby|name]]'s mum Mrs [[Wetherill|name]] rang: [[Mel|name]] slept at theirs on [[Station Road|address]],
[[Stokesley|place]] at the weekend "because she was scared to go home".
[[2/11/2026|date]]  [[Mel|name]] said a boy called [[Callum Duffield|name]] from [[Hutton Rudby|place]] messages her on Snapchat.
Advice given.
[[16/11/2026|date]]  Child in need meeting at school. Present: [[Kirsty Bainbridge|name]], [[Rosalind Sumbang|name]], Mr
[[Jimbai|name]], Mrs [[Harrison-Cole|name]], school nurse [[Bethan Coulthard|name]]. Next: [[14 December 2026|date]].
[[23/11/2026|date]]  [[Mel|name]] upset in tutor time: her cousin [[Nyanggau|name]] in [[Kapit|place]] posted that "[[Mel|name]] got
the police on
her dad". Mrs [[Harrison-Cole|name]] spoke to her with [[Ruby|name]]. Mr [[Pennock|name]] told [[Callum Duffield|name]]'s school
([[Yarm|place]]) about the messages; their DSL Mr [[Oduya|name]] will speak to him.
[[1/12/2026|date]]  Dad ([[Jimbai|name]]) came in to parents' evening with [[Rosalind|name]]; polite; asked Mrs [[Coulthard|name]] for
"parenting class". Booked for [[Stokesley|place]] family hub, [[12 January 2027|date]], with worker [[Fatima Rehman|name]].
"""),
    ("Iban family WhatsApp group typed up and translated", """WhatsApp group "Bilik [[Sumbang|name]]" - screenshots from
[[Rosalind|name]]'s
phone, shown to SW [[Kirsty Bainbridge|name]] on [[27/10/2026|date]]. Iban translated by [[Edward Ugak|name]] (in brackets).

[[24/10/2026|date]], 08:14 - Ini [[Empeni|name]]: [[Rosa|name]], nama berita [[Mel|name]]? (how is [[Mel|name]]?)
[[24/10/2026|date]], 08:20 - [[Rosa|name]]: [[Mel|name]] badu ngelaban, tang [[Jimbai|name]] agi ringat (she has stopped arguing but
[[Jimbai|name]] is still angry)
[[24/10/2026|date]], 08:22 - Aki [[Nyandang|name]]: anak mesti ninga ka apai (a child must obey her father)
[[24/10/2026|date]], 09:01 - [[Lydia Sumbang|name]]: aki enda ulih ngena rotan di England. polis datai (grandad you can't use the
cane in England. the police come)
[[24/10/2026|date]], 09:03 - [[Lydia|name]]: [[rosa|name]] call me at [[+60 19-857 3402|phone]] lepas tu (after)
[[25/10/2026|date]], 19:45 - [[Rosa|name]]: [[Dayang|name]] nanya pasal [[kapit|place]], iya deka pulai (asks about [[kapit|place]], she
wants to go home)
[[25/10/2026|date]], 19:46 - [[Jimbai|name]]: [[Dayang|name]] sekula ditu. [[kapit|place]] lepas (school here. [[kapit|place]] later)
[[25/10/2026|date]], 19:47 - Ini [[Empeni|name]]: datai ka [[Sibu|place]] Krismas, tiket ari [[Jimbai|name]] (come to [[Sibu|place]] at
Christmas,
ticket from [[Jimbai|name]])
[[25/10/2026|date]], 19:52 - [[Rosa|name]]: enda ulih, social worker [[kirsty|name]] madah... (can't, social worker [[kirsty|name]]
said...)
[[26/10/2026|date]], 07:30 - [[Lydia|name]]: rumah Ini di [[Jalan Kampung Nyabor|address]], [[Sibu|place]], landline
[[+60 84-321 457|phone]]
"""),
    ("strategy discussion minutes", """NORTH YORKSHIRE - STRATEGY DISCUSSION (s47) MINUTES
Child: [[Melati JIMBAI|name]] (known as [[Mel|name]]), DOB [[11.06.2013|dob]], NHS [[102 742 9033|nhs]]
Sibling: [[Dayang JIMBAI|name]], DOB [[03.02.2018|dob]], NHS [[257 685 0472|nhs]]
Date: [[7 October 2026|date]], 14:00, Teams. Chair: [[Sarah Louise Readman|name]], Team Manager, [[Northallerton|place]].
Present: [[Aled Pryce|name]] (MASH SW); DC [[Tom Jevons|name]] (North Yorkshire Police, Child Protection Unit); [[Joanne
Harrison-Cole|name]] (DSL, Stokesley School); [[Hannah Dowey|name]] (school nurse team lead); [[Priti Deshmukh|name]] (minutes).
Information: [[Mel|name]] is 13 and lives with her parents at [[9 Levenside|address]], [[Stokesley|place]]. The family came from
[[Sibu|place]], Sarawak in 2019 when Mr [[Jimbai|name]]... [minute-taker corrected: Mr [[Jimbai|name]]] took a job at the
engineering works in [[Middlesbrough|place]]. Father's NI [[PX 41 27 93 A|ni]]; mother works at a care home in
[[Marton|place]] (manager [[Denise Allinson|name]]). Police: no previous. One call in [[August 2025|date]] from a neighbour,
Mrs [[Avril Tranter|name]] at [[no. 11|address]], about shouting; no crime.
Health: [[Dayang|name]] is seen by Dr [[Farrukh Sattar|name]] at the [[Stokesley|place]] health centre for asthma.
Decision: s47 single agency (police to video-interview? no: joint visit). [[Kirsty Bainbridge|name]] allocated. Father to be
spoken to on [[8/10/2026|date]]; interpreter [[Edward Ugak|name]] (Iban/Malay), tel [[07956 214 783|phone]].
Actions: DC [[Jevons|name]] to check the neighbour's call; [[Aled|name]] to ring the father's employer? No (agreed not needed).
School to keep [[Mel|name]] with [[Ruby|name]] at break. [[Rosalind|name]]'s sister [[Lydia Sumbang|name]] lives in [[Kuching|place]]
([[+60 19-857 3402|phone]]) and has been told by [[Rosalind|name]]. Grandmother [[Empeni|name]] in [[Sibu|place]] not to be contacted.
"""),
    ("young person's own words written with her social worker", """Me by [[Mel|name]] ([[Melati|name]] on my passport)

I was born in [[Sibu|place]] but my Ini [[Empeni|name]] says I am from [[Kapit|place]] really because thats where the longhouse is, up
the river from [[Song|place]]. We came to [[stokesley|place]] when I was 6. I like it here, I like the high street
and going up Roseberry with [[Ruby|name]] and her brother [[Josh|name]]. My best friend in year 7 was [[Amira Hussain|name]] but
she moved to [[Guisborough|place]].
My dad is [[Jimbai|name]], everyone here calls him [[Jim|name]]. In Iban you say "[[Jimbai anak Nyandang|name]]" which means son
of [[Nyandang|name]], my Aki. Its confusing on forms!! My mum is [[Rosalind|name]] but Ini calls her [[Rosa|name]].
When dad got angry on [[3rd October|date]] it was because I went to [[Ayton|place]] with [[Ruby|name]] and [[Callum|name]] and didnt
answer. I dont want him in trouble. I want him to stop the rotan. [[Kirsty|name]] says it is against the law here.
I want to go to [[Kapit|place]] for Gawai in [[June|date]] and see my cousins [[Nyanggau|name]] and [[Siti Anyie|name]].
PS my sister [[Dayang|name]] is 8 and annoying, she takes my hairbands. My teacher Mr [[Pennock|name]] is ok. I would
like [[Kirsty|name]] to keep coming till [[Easter|date]].
"""),
]


# --- B. Dixon / Harker family (white British), Roseberry Crescent, Great Ayton ---------------------------------------------

HOME_B = d.Address("22 Roseberry Crescent", "", "Great Ayton", "TS9 6EW")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Harley", "Dixon")], dt.date(2025, 11, 2), addresses=[HOME_B], ids=["1356098061"]),
    _p("s", "sibling", [("Tayla-Mae", "Harker")], dt.date(2021, 4, 19), addresses=[HOME_B], ids=["4398915710"]),
    _p("m", "mother", [("Shannon", "Harker"), ("Shan", "Harker")], dt.date(2003, 8, 30), addresses=[HOME_B],
       phones=["07380 552 916"]),
    _p("f", "father", [("Kieran", "Dixon")], dt.date(2000, 12, 12)),
], "c")

DOCS_B = [
    ("health visitor's new birth and follow-up visit notes", """0-19 HEALTHY CHILD SERVICE - CONTACT NOTES
Baby: [[HARLEY DIXON|name]]  DOB [[02/11/2025|dob]]  NHS [[135 609 8061|nhs]]
Mother: [[Shannon Harker|name]] ([[Shan|name]]) DOB [[30/08/2003|dob]]  Tel [[07380 552 916|phone]]
Address: [[22 Roseberry Crescent|address]], [[Great Ayton|place]], [[TS9 6EW|postcode]]

[[14/11/2025|date]] New birth visit. [[Shannon|name]] tired but warm with [[Harley|name]]. Older child [[Tayla-Mae|name]] (4) at
nursery in [[Great\nAyton|place]]. Dad [[Kieran Dixon|name]] not living here; stays with his mam in [[Marske|place]]? - [[Shan|name]] said
"[[Kie|name]] comes when he wants". Maternal nan [[Debbie Harker|name]] lives on [[Newton Road|address]], helps.
[[9 Jan 2026|date]] 6-8 week check missed. Left card. Neighbour Mrs [[Ellwood|name]] says the curtains are always shut.
[[21/01/26|date]] Seen. Home cluttered, dog faeces in kitchen, two dogs ([[Bruno|name]] and [[Tyson|name]]). Smell of cannabis.
[[Shan|name]] says that is [[Kieran|name]]'s mate "[[Mackie|name]]" ([[Connor Mackintosh|name]]) who "pops round".
[[03.03.2026|date]] [[Harley|name]] weight dropped from 50th to 25th centile. Discussed with GP Dr [[Imogen Lister-Kaye|name]].
[[17th March|date]] Joint visit with SW [[Nadia Trewhitt|name]]. [[Kieran|name]] there, asleep on sofa at 11am.
[[1/5/2026|date]] [[Tayla-Mae|name]] has bruise on forehead - says [[Tyson|name]] (dog) knocked her into the table. Plausible.
[[28/05/2026|date]] Text from [[Shannon|name]] on [[07380 552 916|phone]]: "[[Harley|name]] has a temp can u come". Visited
[[29th May|date]] with student HV [[Olivia Brack|name]]; [[Harley|name]] well; [[Kieran|name]]'s sister [[Jodie Dixon|name]] there
from [[Skelton|place]], helpful.
[[12/06/2026|date]] 9-12 month review booked for [[Great Ayton|place]] Health Centre - not attended. Reported to [[Nadia|name]].
[[14/06/2026|date]] Phoned [[Debbie|name]] on [[01642 722 104|phone]]: [[Shannon|name]] forgot. Rebooked [[26 June|date]] at
[[Stokesley|place]] clinic with HV [[Sharon Winspear|name]]; [[Kayla Sowerby|name]] to bring her. [[Harley|name]] now 7.9kg.
[[26/06/26|date]] Seen: [[Harley|name]] babbling, "da-da". [[Tayla-Mae|name]] chatty, talked about "Nana [[Debs|name]]" and
[[Gary|name]]'s dog
[[Bonnie|name]]. [[Shan|name]] tearful; referred to perinatal team (Dr [[Akua Mensah|name]]).
"""),
    ("maternal grandmother's Facebook Messenger chat typed up", """Messenger chat, [[Debbie Harker|name]] and SW [[Nadia Trewhitt|name]],
printed [[2 July 2026|date]]

[[debbie harker|name]] 21:04: hiya nadia its [[debs|name]] shans mam. i went round [[roseberry cres|address]] tonight
[[debbie harker|name]] 21:05: the babys bottle was sour and [[tayla|name]] had no tea. [[kieran|name]] and that [[mackie|name]] there
[[debbie harker|name]] 21:06: ive brought the kids back to mine on [[newton rd|address]] [[great ayton|place]]
[[Nadia Trewhitt|name]] 21:20: Thank you [[Debbie|name]]. Are they safe with you tonight? I will ring you in the morning.
[[debbie harker|name]] 21:22: yes. my partner [[gary|name]] is here. [[shan|name]] says shes going to [[boro|place]] with [[kie|name]]
[[debbie harker|name]] 21:30: [[kieran|name]] has a blue corsa [[NK14 YTB|vehicle]] if that helps the police
[[debbie harker|name]] 23:58: [[shan|name]] back. crying. says sorry. i said kids stay here till nadia says
[[Nadia Trewhitt|name]] 08:10: Morning [[Debbie|name]], I'll come to [[ayton|place]] at 10. My mobile is [[07469 127 538|phone]].
[[debbie harker|name]] 08:12: ok. [[kiearn|name]] messaged her all night from his mams in [[marske|place]]. hes not allowed
[[debbie harker|name]] 08:13: *[[kieran|name]] lol cant spell this morning
[[Nadia Trewhitt|name]] 08:20: No problem. Is [[Gary|name]] ok with the children staying? And is it [[Gary Tweddle|name]]? I need
his date of birth for the checks.
[[debbie harker|name]] 08:25: yes [[gary tweddle|name]] [[3/4/71|dob]]. hes my partner 9 year. hes not been in trouble
[[debbie harker|name]] 08:26: [[tayla|name]] says [[harley|name]] cried all night at mams. [[shan|name]] was at [[kayla|name]]s in
[[stokesley|place]]
"""),
    ("GP letter to children's social care", """[[Great Ayton|place]] Health Centre
[[Rye Hill|address]], [[Great Ayton|place]], [[TS9 6BS|postcode]]   Tel [[01642 723 419|phone]]

[[15 June 2026|date]]

Dear Ms [[Trewhitt|name]],

Re: [[Harley DIXON|name]], DOB [[2.11.2025|dob]], NHS No. [[1356098061|nhs]]; [[Tayla-Mae HARKER|name]], DOB [[19.04.2021|dob]],
NHS No. [[4398915710|nhs]]; both of [[22 Roseberry Crescent|address]], [[Great Ayton|place]].

Thank you for your letter of [[9 June|date]]. [[Harley|name]] was seen by me on [[3 March|date]] and by our practice nurse
[[Lorraine Hebden|name]] on [[24 March 2026|date]] for his immunisations, which are now up to date. His weight has recovered
since the family were given help by Home-Start... [[Shannon|name]] has told me she has low mood; I started sertraline
on [[28/04/2026|date]]. She did not attend review on [[20 May|date]].
[[Tayla-Mae|name]] was brought by her grandmother [[Deborah Harker|name]] on [[5 May 2026|date]] with a healing bruise; I agreed it
was consistent with the account given.
I have no record of Mr [[Kieran Dixon|name]] (DOB [[12/12/2000|dob]]) at this practice; I understand he is registered in
[[Redcar|place]].

Yours sincerely,
Dr [[Imogen Lister-Kaye|name]]
cc: HV [[Sharon Winspear|name]], 0-19 team, [[Stokesley|place]]
"""),
    ("scanned letter from the mother with OCR misreadings", """[scanned from handwriting, OCR text as read, [[O7/O7/2O26|date]]]

T0 [[Nadia|name]] the social w0rker

I am writ1ng to say I am s0rry ab0ut the [[3rd 0f July|date]]. I kn0w the house was bad. [[Kieran|name]] is n0t c0ming r0und
n0w, I have b1ocked him. My mam [[Debbie|name]] has been amaz1ng and my fr1end [[Kay1a Sowerby|name]] fr0m [[Stokes1ey|place]]
has been helping me c1ean. [[Har1ey|name]] is crawI1ng now and [[Tay1a|name]] has started at [[Roseberry Va1e|school]] in
September. P1ease can I have my k1ds back f0r weekends? I am at [[22 R0seberry Cres|address]] st1ll. My new number is
[[07852 409 716|phone]] as [[Kie|name]] has the o1d one.
Thank y0u, [[Shann0n Harker|name]]
"""),
]


# --- C. Pybus / Lister family (white British), Hutton Rudby, a girl of 15 missing to Middlesbrough -------------------------

HOME_C = d.Address("4 Enterpen", "", "Hutton Rudby", "TS15 0EL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Keeley", "Pybus")], dt.date(2011, 3, 8), addresses=[HOME_C], ids=["4430135843", "U815796720633"],
       schools=["Stokesley School"]),
    _p("m", "mother", [("Amanda", "Lister")], dt.date(1980, 10, 1), addresses=[HOME_C], phones=["07956 214 783"]),
    _p("p", "mother's partner", [("Gavin", "Lister")], dt.date(1977, 5, 26), addresses=[HOME_C]),
], "c")

DOCS_C = [
    ("police missing person log", """NORTH YORKSHIRE POLICE - MISSING PERSON REPORT  Occ. 12260413397
Missing: [[PYBUS, Keeley|name]]  DOB [[08/03/2011|dob]]  Age 15   Risk: HIGH
UPN [[U815796720633|upn]] ([[Stokesley School|school]]). NHS [[443 013 5843|nhs]].
Home address: [[4 Enterpen|address]], [[Hutton Rudby|place]], [[TS15 0EL|postcode]]
Reported by: mother [[Amanda LISTER|name]], tel [[07956 214 783|phone]], at 23:15 on Fri [[11/09/2026|date]]
Last seen: 16:40 [[11/09/2026|date]] getting off the 82 bus at [[Stokesley|place]] High Street with an older male, described as
"[[Reece|name]]" or "[[Reecey|name]]", 19-20, driving a white Audi A3 [[YB70 OZK|vehicle]].
Associates: [[Lacey Corner|name]] ([[Thornaby|place]]), [[Tiegan Bulmer|name]] ([[Hutton Rudby|place]]), boyfriend(?) [[Reece\nAgar|name]]
DOB [[14/02/2006|dob]], known to Cleveland Police, address [[31 Cargo Fleet Lane|address]], [[Middlesbrough|place]] [[TS3 8NT|postcode]].
Actions: PC 5523 ... PC [[Holly Sedgewick|name]] attended home 23:50. Stepdad [[Gavin Lister|name]] said [[Keeley|name]] "does this all
the time". Bedroom: new iPhone, cash £140, a vape. Her phone [[07842 316 775|phone]]? - no, that is an old number; current
unknown. Cell site request submitted.
[[12/09/2026|date]] 03:10  Found by Cleveland officers at a flat on [[Parliament Road|address]], [[Middlesbrough|place]], with
[[Reece Agar|name]] and two other males. Returned home by PC [[Sedgewick|name]] at 05:30. Refused medical.
[[12/09/2026|date]] 11:00  Stepdad [[Gavin LISTER|name]] rang: [[Keeley|name]] has a black eye she says is from [[Tiegan|name]]. [[Tiegan
Bulmer|name]]'s mum Mrs [[Bulmer|name]] of [[Campion Lane|address]], [[Hutton Rudby|place]] says the girls had not fallen out.
"""),
    ("return home interview record", """RETURN HOME INTERVIEW - completed by [[Liam Gowland|name]], Missing Children Worker
Young person: [[Keeley Pybus|name]] (KP), DOB [[8 March 2011|dob]]   Interview: [[15 September 2026|date]] at [[Stokesley|place]] library
Where did you go? "[[boro|place]]. [[Reece|name]]'s mate's flat by the [[Parly Road|address]]. We just chilled."
Who with? [[Reece|name]], his cousin [[Jordan|name]] and someone called "[[Tank|name]]". A girl from [[Eston|place]], [[Chloe|name]]?
Did anyone ask you to do anything? Says no. Later says [[Reece|name]] asked her to "drop a bag" to a house in
[[Stockton|place]] and gave her £40.
How did you get home? Police. [[Keeley|name]] says PC [[Holly|name]] was "sound".
What would help? "Getting out of [[Rudby|place]], its dead. I want to live with my auntie [[Jen|name]] in
[[Yarm|place]]." And mam and [[Gav|name]] stop shouting."
[[Keeley|name]]'s dad [[Shaun Pybus|name]] lives in [[Ingleby Barwick|place]]; she wants to see him more. His number
[[07845 221 903|phone]]?
([[Keeley|name]] gave it; checked - that is her cousin [[Kieran|name]]'s. Dad's number not known.)
Worker view: risk of criminal exploitation (county lines). Shared with SW [[Megan Ramsden|name]] and DSL
[[Joanne Harrison-Cole|name]] on [[16/09/26|date]].
"""),
    ("Snapchat messages typed up by a police officer", """Exhibit HS/3 - Snapchat messages from [[Keeley|name]]'s phone, typed up by
PC [[H. Sedgewick|name]] [[19/09/2026|date]]. Usernames removed.

[[reece|name]]: u comin [[stokesley|place]] 2nite
[[keeley|name]]: mams got me on lockdown lol
[[reece|name]]: sneak out. ill be at the bridge by the [[levenside|address]] 10 o clock
[[keeley|name]]: [[tiegs|name]] coming?
[[reece|name]]: no just u. need u to take sumthin 2 [[thornaby|place]] 4 [[tank|name]]
[[keeley|name]]: im scared of [[tank|name]]
[[reece|name]]: hes sound wiv u. dont tell [[gav|name]] or ur mam
[[keeley|name]]: [[gav|name]] took my charger haha
[[reece|name]]: ill get u a new 1. and a jd hoodie like [[jordan|name]]s
[[keeley|name]]: k. [[lacey c|name]] said ur seein [[jess|name]] from [[ingleby|place]]
[[reece|name]]: [[lacey|name]] chats shit. ur my girl
[[keeley|name]]: [[amanda|name]] (mam) found the hoodie. shes going mad
[[reece|name]]: say [[tiegs|name]] gave it u
[[keeley|name]]: [[tiegan|name]] wont lie for me. [[chloe|name]] might
[[reece|name]]: [[chlo|name]] from [[eston|place]]? shes a grass. meet me [[rudby|place]] bus stop
[[keeley|name]]: cant. my social worker [[megan|name]] is coming tmrw
[[reece|name]]: tell [[megan|name]] nothing. [[jordan|name]] says hi
"""),
    ("contextual safeguarding meeting minutes", """Contextual Safeguarding Meeting - [[Stokesley|place]] and [[Hutton Rudby|place]]
Date: Thursday [[1st October 2026|date]]. Chair: [[Paul Ormsby|name]] (Team Manager). Minutes: [[Eve Tunstall|name]].
Young people discussed: [[Keeley PYBUS|name]] (15), [[Tiegan BULMER|name]] (15), [[Lacey CORNER|name]] (16).
Places of concern: the riverside by [[Levenside|address]] and the bridge, [[Stokesley|place]]; the bus shelter on [[Hutton Rudby|place]]
green; a flat at [[Parliament Road|address]], [[Middlesbrough|place]]; the McDonald's at [[Teesside Park|place]].
Adults of concern: [[Reece AGAR|name]] (19), vehicle [[YB70 OZK|vehicle]]; "[[Tank|name]]" believed to be [[Tyler Hanratty|name]]
(22) of [[Thornaby|place]]; [[Jordan Agar|name]] (20).
Actions: PCSO [[Dean Fawcett|name]] to patrol the riverside on Friday evenings. Youth worker [[Sam Lightfoot|name]] to offer
[[Keeley|name]] and [[Tiegan|name]] a place at the [[Stokesley|place]] youth club. Disruption notice to [[Reece Agar|name]] by DS
[[Anita Chowdhury|name]]. Next meeting [[5 November|date]].
Update [[5/11/26|date]]: [[Keeley|name]] missing again [[30-31 October|date]], found at [[Tyler Hanratty|name]]'s on
[[Mandale Road|address]], [[Thornaby|place]] [[TS17 6AL|postcode]]. [[Reece Agar|name]] arrested [[2 November|date]]; [[Lacey|name]]
now in
foster care in [[Northallerton|place]] with carers Mr and Mrs [[Ibbotson|name]].
"""),
]


# --- D. Metcalfe family (white British), Swainby, a young carer of 11 ------------------------------------------------------

HOME_D = d.Address("17 High Street", "Swainby", "Northallerton", "DL6 3DG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Oliver", "Metcalfe"), ("Ollie", "Metcalfe")], dt.date(2015, 1, 27), addresses=[HOME_D],
       ids=["2978597003", "B815383247637"], schools=["Swainby and Potto Primary School"]),
    _p("m", "mother", [("Lindsey", "Metcalfe")], dt.date(1984, 7, 4), addresses=[HOME_D], phones=["01642 722 586"]),
    _p("s", "sibling", [("Evie", "Metcalfe")], dt.date(2020, 9, 15), addresses=[HOME_D], ids=["6091921045"]),
], "c")

DOCS_D = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT (North Yorkshire Young Carers, for Children and Families Service)
Name: [[Oliver Metcalfe|name]] ("[[Ollie|name]]")   DOB [[27/01/2015|dob]]   School: [[Swainby and Potto Primary|school]]
Address: [[17 High Street|address]], [[Swainby|place]], [[Northallerton|place]] [[DL6 3DG|postcode]]   Home tel [[01642 722 586|phone]]
Person cared for: mum, [[Lindsey Metcalfe|name]] ([[04/07/1984|dob]]), multiple sclerosis, uses a wheelchair since [[spring 2025|date]].
Also at home: sister [[Evie|name]] (6). Dad [[Craig Metcalfe|name]] left in 2023, lives in [[Darlington|place]], sees the children
every other Sunday. Nana [[Margaret Bell|name]] in [[Osmotherley|place]] helps on Tuesdays.
What [[Ollie|name]] does: helps mum in and out of bed when the carer ([[Bev|name]] from the agency) doesn't come; makes [[Evie|name]]'s
breakfast; gets the prescription from the [[Stokesley|place]] pharmacy on the bus; gives mum her injections ("only watching").
School: teacher Miss [[Rebecca Scaife|name]] says [[Ollie|name]] is late most Mondays and falls asleep. Friend [[Alfie Kitching|name]]
from [[Potto|place]] said [[Ollie|name]] "never comes to football now".
What [[Ollie|name]] said: "I don't mind, it's my mum. I just want a day at [[Whitby|place]] like [[Alfie|name]] had."
Assessor: [[Fiona Rennison|name]], [[19 October 2026|date]]. Visit at home and at [[Swainby|place]] village hall. Reviewed with SW
[[Oskar Nowicki|name]] on [[22/10/2026|date]].
Dad's view ([[Craig|name]], by phone [[21/10/26|date]]): "[[Ollie|name]]'s ten going on forty." [[Craig|name]]'s partner [[Natalie
Hume|name]] is happy for the children to stay in [[Darlington|place]] some weekends; address [[42 Cleveland Terrace|address]],
[[Darlington|place]] [[DL3 7HB|postcode]].
"""),
    ("young carer's voice note transcribed", """Voice note from [[Ollie|name]] to his young carers worker [[Fiona|name]], sent
[[3 Nov 2026|date]] 19:48, transcribed by [[F. Rennison|name]]

"Hiya [[Fiona|name]] it's [[Ollie|name]]. Um. Mum fell in the bathroom again and I couldn't lift her so I rang Nana
no I rang next door, Mr [[Ainsley|name]], [[Trevor|name]], and he come and helped. She's alright. She says don't tell you
but I'm telling you. [[Evie|name]] was crying. [[Bev|name]] never came today. Dad's phone was off, it's [[07469 210 384|phone]]
if you want it. Um... can I still come to the trip to [[Kildale|place]] on Saturday [[the 14th|date]]? [[Alfie|name]]'s mum said
she'd take me from [[Potto|place]]. OK bye. Oh and tell Mrs [[Scaife|name]] and the pharmacy in [[Stokesley|place]] said mum's tablets
aren't ready
till Thursday. Bye."
"""),
    ("social worker's case note of a home visit", """CASE NOTE - Home visit, [[17 High St|address]], [[Swainby|place]]
Date: [[05/11/2026|date]]   Worker: [[Oskar Nowicki|name]]   Present: [[Lindsey|name]], [[Ollie|name]], [[Evie|name]], Mr [[Trevor
Ainsley|name]] (neighbour, [[no. 19|address]])
[[Lindsey|name]] told me the care agency (Moorside Care) has missed 6 visits since [[mid October|date]]. Her care coordinator is
[[Dawn Pickersgill|name]] at the [[Northallerton|place]] adult social care office; I rang her at 15:10 and she will review.
[[Ollie|name]] showed me his room; tidy, homework half done. He talked about [[Alfie|name]], Minecraft, and his dad.
[[Lindsey|name]] asked that [[Craig|name]] not be told about the fall: "[[Craig|name]] will use it to say I can't cope." Mr
[[Metcalfe|name]]'s number is on file ([[07469 210 384|phone]]) - I will not ring him without her agreement.
Nana [[Margaret|name]] rang during the visit from [[Osmotherley|place]]; she can do Mondays too from [[16 November|date]].
Plan: adult care review; occupational therapist [[Graham Sowden|name]] to fit a hoist by [[30 November|date]]; young carers' break at
[[Kildale|place]]; school to let [[Ollie|name]] in at 9.15 on Mondays.
"""),
    ("email from the school's family support worker", """From: [[Sally Thwaites|name]] <[[s.thwaites@swainbypotto.n-yorks.sch.uk|email]]>
To: [[Oskar Nowicki|name]] <[[oskar.nowicki@nyc-families.org.uk|email]]>
Date: Wed, [[18 Nov 2026|date]] 12:41
Subject: [[Ollie Metcalfe|name]] - Y6
UPN [[B815383247637|upn]]

Hi [[Oskar|name]],
Quick update. [[Ollie|name]] has been on time every day since the [[9th|date]]. Miss [[Scaife|name]] says he is much brighter.
He told me Nana [[Maggie|name]] is staying on Mondays now. His friend [[Alfie Kitching|name]]'s mum ([[Sarah Kitching|name]]) has
offered lifts to football in [[Stokesley|place]] on Saturdays.
One worry: [[Evie|name]] (Reception at [[Potto|place]] nursery? no - she is in our Year 1) said "[[Ollie|name]] does mummy's
needle". I have logged it. Mum's phone [[01642 722 586|phone]] went to voicemail.
Thanks, [[Sally|name]]
Family Support Worker, [[Swainby and Potto|school]]
"""),
]


# --- E. Wilstrop / Atkinson family (white British, farming), Ingleby Greenhow and Kildale, domestic abuse -------------------

HOME_E = d.Address("Low Bank Farm", "Ingleby Greenhow", "Middlesbrough", "TS9 6RQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Isla", "Wilstrop")], dt.date(2017, 5, 2), addresses=[HOME_E], ids=["8734258736", "H815150063738"],
       schools=["Ingleby Greenhow Primary School"]),
    _p("s", "sibling", [("Archie", "Wilstrop")], dt.date(2012, 12, 20), addresses=[HOME_E], ids=["7281385897"]),
    _p("m", "mother", [("Claire", "Atkinson")], dt.date(1985, 3, 9), addresses=[HOME_E], phones=["07714 893 260"]),
    _p("f", "father", [("Robert", "Wilstrop"), ("Rob", "Wilstrop")], dt.date(1979, 11, 28), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("police domestic abuse incident log", """NORTH YORKSHIRE POLICE - DOMESTIC INCIDENT   Ref NYP-20261024-0211
Date: Sat [[24 Oct 2026|date]] 21:37   Location: [[Low Bank Farm|address]], [[Ingleby Greenhow|place]], [[TS9 6RQ|postcode]]
Victim: [[ATKINSON, Claire|name]] DOB [[09/03/1985|dob]]  Tel [[07714 893 260|phone]]
Suspect: [[WILSTROP, Robert John|name]] ("[[Rob|name]]") DOB [[28/11/1979|dob]]  NI [[NZ 36 71 48 B|ni]]
Children: [[Archie|name]] (13), [[Isla|name]] (9), both present.
[[Claire|name]] rang 999 from the yard. [[Rob|name]] had been drinking at the Dudley Arms and came back angry about money.
He threw a mug, pulled her by the hair into the boot room and said he would "get the gun". Shotgun certificate held; two
shotguns seized from the cabinet by PC [[Greg Atherton|name]] and PC [[Leanne\nStoddart|name]]. [[Archie|name]] locked himself and
[[Isla|name]] in his bedroom and messaged his uncle [[Mark Atkinson|name]] in [[Kildale|place]].
[[Rob|name]] arrested 22:20, taken to [[Northallerton|place]]. His Land Rover [[VX63 DKF|vehicle]] left in the yard.
[[Claire|name]]'s sister [[Joanne Atkinson|name]] came from [[Great Ayton|place]] and stayed. DASH 17 - high. Referred to MARAC and to
the IDVA service ([[Lucy Harland|name]]). Previous: [[2 January 2025|date]], argument at the [[Stokesley|place]] show? (not
recorded), and [[July 2019|date]] at a [[Guisborough|place]] address.
"""),
    ("MARAC referral form", """MARAC REFERRAL - [[Hambleton|place]] / [[Richmondshire|place]] MARAC
Date of referral: [[26/10/2026|date]]   Referrer: [[Lucy Harland|name]], IDVA, [[07852 119 480|phone]]
Victim: [[Claire ATKINSON|name]], DOB [[9.3.85|dob]], [[Low Bank Farm|address]], [[Ingleby\nGreenhow|place]], [[TS9 6RQ|postcode]]
Safe contact: via sister [[Joanne Atkinson|name]], [[3 Guisborough Road|address]], [[Great Ayton|place]] [[TS9 6AB|postcode]], or
email [[claire.atkinson85@outlook.com|email]]
Perpetrator: [[Robert WILSTROP|name]], DOB [[28.11.79|dob]]. Bail: not to contact [[Claire|name]], not to enter
[[Ingleby Greenhow|place]];
staying with his father [[John Wilstrop|name]] at [[Bank Top|address]], [[Kildale|place]].
Children: [[Archie Wilstrop|name]] ([[20.12.2012|dob]], [[Stokesley School|school]]), NHS [[728 138 5897|nhs]]; [[Isla Wilstrop|name]]
([[2.5.2017|dob]], [[Ingleby Greenhow Primary|school]]), NHS [[873 425 8736|nhs]].
Risk: access to firearms, isolation (farm, no neighbours within a mile), financial control, threats to kill. [[Claire|name]] said:
"[[Rob|name]] says nobody would hear me up here." The farm's labourer [[Pawel Zielinski|name]] witnessed one incident in [[August|date]].
Previous addresses of victim: [[Church Lane|address]], [[Battersby|place]] (to [[2011|date]]); [[14 Station Road|address]],
[[Guisborough|place]] [[TS14 6AH|postcode]] ([[2011-2014|date]]). Date of MARAC: [[12/11/2026|date]], [[Northallerton|place]].
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Archie|name]] and [[Isla WILSTROP|name]]
Held [[16 November 2026|date]] at [[Northallerton|place]], Room 2. Chair: [[Helen Featherstone|name]] (IRO).
Present: [[Claire Atkinson|name]] (mother) with [[Lucy Harland|name]] (IDVA); [[Rhiannon Giles|name]] (SW)...
Headteacher Mr [[Jacob Dent|name]] ([[Ingleby Greenhow|place]] Primary); [[Tracey Mountain|name]] (school nurse); DC [[Ian Cowie|name]].
Apologies: [[Joanne Harrison-Cole|name]] (DSL, Stokesley School) - report sent. Father not invited; report shared by letter.
Social worker: [[Rhiannon|name]] saw [[Isla|name]] at school on [[3/11|date]]: she drew the farm, the dogs [[Meg|name]] and [[Tess|name]],
and "daddy shouting". [[Archie|name]] (13) said he wants to live with mum and Uncle [[Mark|name]]... with mum only, and visit
Grandad [[John|name]]... Grandad at [[Kildale|place]].
Mother: [[Claire|name]] wants to stay on the farm; her brother [[Mark|name]] and his wife [[Suzanne Atkinson|name]] help with
the sheep; it is in her name and her late father [[Dennis Atkinson|name]]'s. She is
talking to a solicitor, Ms [[Priya Raval|name]] of [[Stokesley|place]].
Decision: both children subject to a child protection plan, category emotional abuse. Review [[8 February 2027|date]].
Plan: core group ([[Rhiannon Giles|name]], [[Claire|name]], [[Lucy Harland|name]], Mr [[Dent|name]], [[Tracey Mountain|name]]) every six
weeks, first [[4/12/2026|date]] at [[Ingleby Greenhow|place]] Primary (UPN for [[Isla|name]]: [[H815150063738|upn]]). Contact with
Mr [[Wilstrop|name]] supervised at the [[Stokesley|place]] family centre by [[Gail Thorpe|name]]; [[Archie|name]] may choose.
Grandfather [[John Wilstrop|name]] ([[Bank Top|address]], [[Kildale|place]], [[TS9 6JX|postcode]]) may not supervise.
"""),
    ("mother's email to her social worker", """From: [[claire.atkinson85@outlook.com|email]]
To: [[rhiannon.giles@nyc-families.org.uk|email]]
Sent: [[01 December 2026|date]] 06:02
Subject: [[Rob|name]]

[[Rhiannon|name]]
Sorry its early, lambing shed. [[Rob|name]] drove past the end of the lane last night in his dads pick up ([[YA19 KLV|vehicle]]), I saw
the
lights from the kitchen. [[Archie|name]] saw it too. I rang 101 and spoke to a PC [[Stoddart|name]] who knew about us.
His dad [[John|name]] rang me yesterday saying [[Rob|name]] is "in a bad way" in [[kildale|place]] and the children should see him at
[[Christmas|date]]. I said talk to [[Rhiannon|name]].
Also [[Isla|name]]'s teacher Mrs [[Oyelaran|name]] said she has been crying at school. My sister [[Jo|name]] is taking her to
[[Whitby|place]] on Sat [[5th|date]] for a treat.
[[Claire|name]]
Sent from my iPhone. [[Archie|name]]'s phone is [[07845 221 903|phone]] if the IDVA [[Lucy|name]] wants him.
"""),
]


# --- F. Garbutt / Sowerby family (white British), Great Broughton, a mother drinking, a boy of 14 out of school ------------

HOME_F = d.Address("6 Kirkby Lane", "Great Broughton", "Middlesbrough", "TS9 7HG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Garbutt"), ("Ty", "Garbutt")], dt.date(2012, 8, 14), addresses=[HOME_F],
       ids=["8345996825", "J815683566149"], schools=["Stokesley School"]),
    _p("m", "mother", [("Nicola", "Sowerby"), ("Nicky", "Sowerby")], dt.date(1988, 2, 22), addresses=[HOME_F],
       phones=["07842 316 775"]),
    _p("g", "grandparent", [("Pauline", "Garbutt")], dt.date(1961, 6, 5), phones=["01642 712 903"]),
], "c")

DOCS_F = [
    ("MASH referral from the school", """MULTI-AGENCY SAFEGUARDING HUB - REFERRAL (received [[23/09/2026|date]] 09:12)
Child: [[Tyler GARBUTT|name]]   DOB [[14/08/2012|dob]]   UPN [[J815683566149|upn]]   NHS [[834 599 6825|nhs]]
Address: [[6 Kirkby Lane|address]], [[Great Broughton|place]], [[TS9 7HG|postcode]]
Parent: [[Nicola Sowerby|name]] ([[Nicky|name]]), tel [[07842 316 775|phone]]. Father: [[Darren Garbutt|name]], whereabouts unknown
(last known Spain... Benidorm, tel [[+34 612 48 39 57|phone]]).
Referrer: [[Joanne Harrison-Cole|name]], DSL, [[Stokesley School|school]], [[01642 496 318|phone]]
Concern: [[Tyler|name]] (Y10) has attended 41% this term. On [[21 September|date]] he told his tutor Mr [[Abdul Karim|name]] that
"mam was on the floor again" and he had "to put her on her side". He said he goes to his nan [[Pauline Garbutt|name]] in
[[Carlton|place]] when it gets bad. Nan's number [[01642 712 903|phone]].
[[Ty|name]] has been seen in [[Stokesley|place]] at 11pm by PCSO [[Dean Fawcett|name]] with [[Brandon Maltby|name]] (16) from
[[Great Broughton|place]]. Mum's partner "[[Woody|name]]" ([[Stephen Woodhouse|name]]?) is said to drink with her.
Parent aware of referral: yes, by phone on [[22/9/26|date]].
Other children known: none. Family friend [[Janice Hodgson|name]], [[8 Kirkby Lane|address]], has a key. Tutor's email
[[a.karim@stokesley.n-yorks.sch.uk|email]].
"""),
    ("texts between the mother and her son typed up", """Texts on [[Tyler|name]]'s phone between him ("Me") and "Mam", shown to
SW [[Gemma Raw|name]] on [[8 October 2026|date]]

Mam [[03/10|date]] 22:41: where r u
Me 22:50: nans
Mam 22:51: get home now [[ty|name]] i mean it
Me 22:52: ur drunk
Mam 22:58: [[woody|name]] is going to come and get u from [[carlton|place]]
Me 22:59: dont. im stayin at nan [[pauline|name]]s
Mam [[04/10|date]] 11:02: sorry babe. love u. can u get bread from the [[broughton|place]] shop
Me 11:30: [[brandon|name]] is getting it. hes coming round
Mam 11:31: not [[brandon|name]], his brother [[kyle maltby|name]] sells weed
Me 11:32: its not [[kyle|name]] its [[brandon|name]] omg
Mam [[05/10|date]] 02:14: [[tyyy|name]] i cant find my phone charger
Me 02:20: its 2am mam
Mam [[05/10|date]] 02:22: tell nan im sorry
Me 02:25: tell her urself. nans number is [[01642 712 903|phone]]
Mam [[05/10|date]] 09:40: [[gemma|name]] the social worker is coming wed. dont say about [[woody|name]]
Me 09:45: [[woody|name]]s car was outside [[brandon|name]]s last night
"""),
    ("mother's complaint to the council", """[[6 Kirkby Lane|address]]
[[Gt Broughton|place]]
[[TS9 7HG|postcode]]
[[20th October 2026|date]]

To the Complaints Team, North Yorkshire Council

I want to complain about the social worker [[Gemma Raw|name]]. She came to my house on [[the 15th|date]] without telling me and
talked to my son [[Tyler|name]] in the street in front of the neighbours, Mrs [[Clegg|name]] and the [[Hodgsons|name]]. She also
went to my mother-in-law [[Pauline|name]] in [[Carlton in\nCleveland|place]] and told her my business. I do not drink every day,
I have been going to the group at [[Stokesley|place]] with [[Mags|name]] from the Alcohol Service every Tuesday.
My son's school ([[Stokesley School|school]]) never rings me, they ring [[Pauline|name]]. I am his mother.
I want a new social worker. My number is [[07842 316 775|phone]] and my email is [[nickysowerby88@hotmail.co.uk|email]].
My NI number is [[SK 52 68 03 D|ni]] if you need it for the form.

[[Nicola Sowerby|name]] (Miss)
"""),
    ("social worker's chronology of significant events", """CHRONOLOGY - [[Tyler GARBUTT|name]] ([[14.08.2012|dob]])
[[2014|date]]    Parents separate. [[Darren Garbutt|name]] moves to [[Redcar|place]], later to Benidorm.
[[Mar 2019|date]]  Police called to [[Kirkby Lane|address]]: [[Nicola|name]] intoxicated, [[Tyler|name]] (6) alone. Nan
[[Pauline|name]] collected.
[[11/11/2022|date]] [[Tyler|name]] starts at [[Stokesley School|school]]? No - starts at [[Broughton Primary|school]] Y4 after moving from
[[Guisborough|place]]. (Correction: [[Great Broughton|place]] school from [[Sept 2020|date]].)
[[23/09/2026|date]] MASH referral (school). Strategy discussion not needed; assessment opened, SW [[Gemma Raw|name]].
[[03/10/2026|date]] [[Tyler|name]] stays at nan's in [[Carlton|place]]. Mum's texts at night.
[[15/10/2026|date]] Home visit. [[Nicola|name]] not in. [[Tyler|name]] seen on [[Kirkby Lane|address]] with [[Brandon Maltby|name]].
[[20/10/2026|date]] Complaint from [[Nicola|name]] about SW. Team manager [[Paul Ormsby|name]] to respond.
[[28/10/2026|date]] [[Stephen Woodhouse|name]] ("[[Woody|name]]") identified: DOB [[19/05/1979|dob]], car [[SF16 UWR|vehicle]], lives
[[Bridge Street|address]], [[Stokesley|place]]. Police: drink-driving 2021.
[[04/11/2026|date]] [[Tyler|name]] attending 68%. Mentor [[Kwame Asante|name]] starts. [[Tyler|name]]: "[[Kwame|name]]'s alright."
[[18/11/2026|date]] Nan [[Pauline|name]] rang: [[Darren|name]] has rung [[Tyler|name]] from Benidorm ([[+34 612 48 39 57|phone]]) and
promised a flight at [[Easter|date]]. [[Tyler|name]] excited. [[Nicola|name]] angry.
[[30/11/2026|date]] [[Nicola|name]] at the Tuesday group for 5 weeks ([[Margaret|name]] "[[Mags|name]]" [[Dunning|name]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 223 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nana", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle",
           "aunt", "stepdad", "apai", "inai", "ini", "aki", "ibu"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "north yorkshire", "teesside", "cleveland", "malaysia", "sarawak", "borneo", "spain"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Ini Empeni", "Aki Nyandang", "Nana Maggie") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
