"""Set 248: a held-out hand-written set for the redaction detector, six invented families in Tisbury, Downton and the Chalke
valley (south Wiltshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set246.py,
bench/redaction_set247.py, bench/redaction_set249.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set245.py were searched by script for the towns and communities considered, printing only set numbers:
Tisbury, Downton, Chalke, Bowerchalke, Ebbesbourne, Svan, Svaneti and Mestia were in none; Kutaisi and "Georgian" were (sets
30 and 240), so Georgian is not claimed as new, only Svan. Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs (LA 865) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be
scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother in Tisbury (Dyer / Pottle; neglect, a baby's missed checks, a partner with a van, a
nan on Duck Street); a Svan family from Mestia in Svaneti, Georgia, in Downton (Gabliani / Margiani; domestic abuse by the
father, a mother's message in Georgian translated, kin in Ushguli, Becho, Zugdidi and Tbilisi, a grandmother's Georgian phone);
a white British and Black Caribbean boy of 14 in Broad Chalke (Reeves / Campbell; missing to Bemerton Heath and Bournemouth,
criminal exploitation); a young carer of 12 in Downton (Noyce; a mother with multiple sclerosis and depression); a Black British
family of Nigerian heritage in Tisbury with an autistic boy of 6 (Adeyemi; short breaks, a father's complaint); and a mother in
Morgan's Vale, Redlynch, misusing drugs while pregnant (Whitmarsh / Barter; a boy of 9, a nan in Bowerchalke). The community
new to this set is the Svan (Svaneti, Georgia; Svan and Georgian speakers). 24 documents, each with its own style label: a
primary school safeguarding log, a nan's WhatsApp messages typed up, child protection conference minutes, family support
notes, a police domestic abuse log, a mother's Georgian message translated, a child's writing in class, MARAC minutes, a police
missing person log, Snapchat messages typed up, a return home interview, contextual safeguarding panel minutes, a young
carer's own words, a young carers assessment, a social worker's phone notes, a GP's email, an OCR'd paediatrician's letter
(with misreadings: l for 1, O for 0, 0 for O, 1 for l), a father's complaint email, a short breaks application, disabled
children's team phone notes, a health visitor's home visit note, a mother's voice note transcribed, a strategy discussion
minute, a nan's letter typed up and a boy's own words with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Georgia +995); NHS numbers and UPNs pass their check digits. The council
("Wessex Downs"), the refuge, the charities and the short breaks house are invented or unmarked organisations; towns,
villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
("Rolo", "Pickle", "Tyson", "Bella") is NOT marked; a month with its year, a season or feast with its year ("Christmas
2026") and a year alone are NOT marked as dates; a named day without a date written ("christmas") is not marked; a day with
its month ("20 November", "the 3rd of November", "26/11", "the 19th") and dates of birth are marked as before. Titles and kinship
words stay outside a name (Mr, Mrs, Dr, PC, DS, DI, PCSO, Nan, Nanny, bebia, babua, deida, papa, mama, cousin); "SURNAME,
First" is one span; initials alone are not marked; organisations holding a town's name stay unmarked ("Salisbury District
Hospital", "Carer Support Wiltshire"); countries and regions ("Georgia", "Svaneti", "Wiltshire") are not places; an OCR
misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("jay:", "kian:"); a gang nickname ("Dre", "Tee") is a name; a
family name used alone as a file heading ("Noyce family", "Whitmarsh") is a name; "Morgan's Vale", "Bemerton Heath",
"Old Sarum", "Boscombe" (Bournemouth) and "Shirley" (Southampton) are places, as districts; "The Borough" (Downton's main
street), "Churchill Gardens" (a park) and "Fernleigh House" (a short breaks house) are addresses; a shop or hall named by
its town ("the co op in downton", "Tisbury library", "Tisbury pool") marks the town; "genatsvale" (an endearment) is not a
name; "Georgian" and "Svan" (languages) are not marked; school short forms ("st johns", "trafalgar", "St J0hn's",
"Redlynch" for its school) are schools.

Self-check without the detector: `python -m bench.redaction_set248` (and tests/test_redaction_set248.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 877 gold spans, 511 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dyer / Pottle family (white British), Weavers Close, Tisbury ------------------------------------------------------

HOME_A = d.Address("14 Weavers Close", "", "Tisbury", "SP3 6QR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dyer")], dt.date(2018, 6, 23), addresses=[HOME_A], ids=["6737154972", "J865865158093"],
       schools=["St John's Primary School"]),
    _p("s", "sibling", [("Poppy", "Pottle")], dt.date(2024, 11, 5), addresses=[HOME_A], ids=["7516971472"]),
    _p("m", "mother", [("Kirsty", "Pottle")], dt.date(1998, 4, 2), addresses=[HOME_A], phones=["07812 564 093"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """ST JOHN'S PRIMARY, TISBURY - SAFEGUARDING LOG (CPOMS EXPORT)
Pupil: [[DYER, Tyler|name]]   DOB [[23/06/2018|dob]]   UPN [[J865865158093|upn]]   NHS [[673 715 4972|nhs]]
Parent: [[Kirsty Pottle|name]] ([[07812 564 093|phone]]), [[14 Weavers Close|address]], [[Tisbury|place]] [[SP3 6QR|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in odd shoes, no coat in rain. Miss [[Hallett|name]] (class teacher) found spare from lost property.
[[15/09/2026|date]]  [[Ty|name]] said mummy's friend [[Craig|name]] "sleeps over lots". Logged by TA [[Becky Stainer|name]].
[[22.9.26|date]]  Head lice again. Mum not answering. Nan [[Sheila Pottle|name]] collected, lives [[3 Duck Street|address]],
[[Tisbury|place]].
[[1 Oct|date]]  [[Tyler|name]] said baby [[Poppy|name]] "was crying and crying" and he gave her his crisps.
[[6th October 2026|date]]  HV [[Fiona Rideout|name]] rang DSL: [[Poppy|name]] missed 1 year check; [[Kirsty|name]] told her [[Craig|name]]
is "nothing to do with the kids". DSL [[Martin\nGulliver|name]] referred to MASH.
[[13/10/2026|date]]  SW [[Anya Holbrook|name]] allocated. [[Craig|name]] = [[Craig Lush|name]], van [[WP17 HZD|vehicle]] seen at gate.
[[3/11/26|date]]  [[Tyler|name]] hit [[Alfie Marsh|name]] at lunch. [[Alfie|name]]'s mum Mrs [[Marsh|name]] rang the office, upset.
[[10/11/2026|date]]  [[Tyler|name]] tired, said he stayed at "[[Craig|name]]'s in [[Hindon|place]]". Mum later: no, at nan's.
[[24/11/2026|date]]  [[Tyler|name]] came in with bruise on cheek; said [[Poppy|name]] threw a cup. Body map. Told [[Anya Holbrook|name]].
[[25/11/2026|date]]  Mr [[Gulliver|name]] home visit: neighbour Mrs [[June Parfitt|name]] at [[no. 12|address]] said the dog barks all
night and mum goes out to the pub in [[Fonthill Bishop|place]].
[[30/11/2026|date]]  [[Tyler|name]]'s attendance 86%. Letter to [[Kirsty|name]]. Next core group on the [[9th|date]].
[[2/12/2026|date]]  [[Tyler|name]] said he went to "[[Craig|name]]'s nanny [[Pam|name]]" in [[Hindon|place]] at the weekend with
[[Poppy|name]] and [[Craig|name]]'s son [[Brandon Lush|name]]. Told SW [[Anya Holbrook|name]].
[[4/12/2026|date]]  Uncle [[Wayne Pottle|name]] ([[07534 829 016|phone]]) collected; on the list. [[Ty|name]] very happy.
"""),
    ("nan's WhatsApp messages typed up", """whatsapp from [[sheila pottle|name]] (nan) to SW [[Anya Holbrook|name]], copied
[[28/11/26|date]]

Sat [[21 Nov|date]] 18:12  hi its [[sheila|name]] [[tylers|name]] nan. been round [[kirstys|name]] in [[tisbury|place]] its filthy again
Sat [[21 Nov|date]] 18:14  [[poppy|name]] in the same babygro as tues and the dog Rolo done his business on the landing
Sat [[21 Nov|date]] 18:20  ive took [[ty|name]] back to mine on [[duck st|address]], will walk him to sch monday
Mon [[23 Nov|date]] 08:40  dropped him at [[st johns|school]]. he ate 3 weetabix bless him
Mon [[23 Nov|date]] 19:02  [[craig|name]] was there again. his sister [[donna lush|name]] lives in [[semley|place]] if u need her
Tue [[24 Nov|date]] 09:30  my landline is [[01747 871 394|phone]]. my friend [[val|name]] at [[no 5|address]] has a key to mine
Wed [[25 Nov|date]] 17:45  [[kirsty|name]] wont pick up. [[ty|name]] says [[craig|name]] shouted at [[poppy|name]]
Thu [[26 Nov|date]] 11:10  [[val|name]] seen [[craigs|name]] van outside the co op in [[tisbury|place]] again [[WP17 HZD|vehicle]]
Thu [[26 Nov|date]] 11:12  and [[kirstys|name]] mate [[leanne|name]] from [[shaftesbury|place]] has been staying. shes alright
Thu [[26 Nov|date]] 20:03  [[leanne|name]] says [[craig|name]] owes money to a lad called [[bomber|name]] in [[mere|place]]
Fri [[27 Nov|date]] 07:55  can u ring me b4 u go round, [[kirsty|name]] will kick off if she knows i told u. [[ty|name]] loves u btw
Fri [[27 Nov|date]] 16:30  [[poppy|name]] at mine now too. [[kirsty|name]] gone to [[salisbury|place]] with [[craig|name]] and his mate
[[gaz|name]]
"""),
]

DOCS_A += [
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[DYER, Tyler|name]] and [[POTTLE, Poppy|name]] -
[[8/12/2026|date]]
Held at [[Tisbury|place]] library. Chair: [[Graham Elcock|name]]. Minutes: [[Sally Vokins|name]].
Present: [[Kirsty Pottle|name]] (mother), [[Sheila Pottle|name]] (nan), SW [[Anya Holbrook|name]], HV [[Fiona Rideout|name]],
DSL [[Martin Gulliver|name]], PC [[Ruth Collis|name]]. Not present: [[Craig Lush|name]] (mum's partner, invited).
Reports: [[Anya|name]] said the home at [[Weavers Close|address]] was dirty on four visits. [[Fiona|name]] said [[Poppy|name]]
([[05/11/2024|dob]])
is below the 2nd centile. [[Martin|name]] said [[Tyler|name]] is often hungry. PC [[Collis|name]]: [[Craig Lush|name]] has a caution
for possession ([[Warminster|place]]). [[Kirsty|name]] said [[Craig|name]] will move back to his mum's in [[Hindon|place]].
Decision: child protection plans, neglect. Core group [[15/12/2026|date]] at [[St John's|school]]. Review in three months.
Views: [[Tyler|name]] told [[Anya|name]] he wants "[[Craig|name]] to go away" and to see nan more. [[Sheila|name]] offered Saturdays.
[[Kirsty|name]]'s sister [[Gemma Pottle|name]] ([[Fovant|place]]) sent a letter in support. Dissent: none.
"""),
    ("family support worker's notes", """FAMILY SUPPORT NOTES - [[Pottle|name]] / [[Dyer|name]] - worker [[Lisa Fricker|name]]
[[10/12/2026|date]]  Visit to [[14 Weavers Close|address]]. [[Kirsty|name]] up and dressed. Cleared the kitchen together. [[Poppy|name]]
in a clean sleepsuit. Dog fed. [[Craig|name]]'s things gone; [[Kirsty|name]] says he is at his mum [[Pam Lush|name]]'s in [[Hindon|place]].
[[11/12/2026|date]]  Took [[Kirsty|name]] to the food bank at [[Tisbury|place]] Nadder Centre and to the GP (Dr [[Lockyer|name]]). Gas card
topped up. [[Kirsty|name]]'s friend [[Leanne Stokes|name]] from [[Shaftesbury|place]] helped carry bags.
[[14/12/2026|date]]  [[Tyler|name]] showed me his reading book; read with him. He wants to go to [[Sheila|name]]'s on Saturdays.
Nan [[Sheila Pottle|name]] rang from [[01747 871 394|phone]] to say thank you. Next visit the [[17th|date]].
[[17/12/2026|date]]  No answer. Neighbour [[June Parfitt|name]] said [[Kirsty|name]] went to [[Salisbury|place]] on the bus with both kids.
Texted [[Kirsty|name]] on [[07812 564 093|phone]]: reply "sorry at [[leannes|name]] in [[shaftesbury|place]] back 2moro".
"""),
]

# --- B. Gabliani / Margiani family (Svan, from Mestia, Svaneti, Georgia), Moot Lane, Downton ---------------------------------

HOME_B = d.Address("27 Moot Lane", "", "Downton", "SP5 3LN")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tamar", "Gabliani")], dt.date(2015, 9, 12), addresses=[HOME_B], ids=["9972344797", "G865066376361"],
       schools=["Downton Primary School"]),
    _p("s", "sibling", [("Giorgi", "Gabliani")], dt.date(2020, 2, 29), addresses=[HOME_B], ids=["3489927370"]),
    _p("m", "mother", [("Nino", "Margiani")], dt.date(1991, 7, 18), addresses=[HOME_B], phones=["07495 318 720"]),
    _p("f", "father", [("Levan", "Gabliani")], dt.date(1986, 1, 4), addresses=[HOME_B], phones=["07961 204 837"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """WILTSHIRE POLICE - DOMESTIC ABUSE LOG   Ref 54261103392
Date/time: Fri [[30/10/2026|date]] 22:15   Location: [[27 Moot Lane|address]], [[Downton|place]] [[SP5 3LN|postcode]]
Victim: [[MARGIANI, Nino|name]] DOB [[18/07/1991|dob]] tel [[07495 318 720|phone]]
Suspect: [[GABLIANI, Levan|name]] DOB [[04/01/1986|dob]] tel [[07961 204 837|phone]] NI [[SK 62 48 19 D|ni]]
Children present: [[Tamar|name]] ("[[Tamuna|name]]") 11 and [[Giorgi|name]] ("[[Gio|name]]") 6.
Attending: PC [[Ruth Collis|name]] and PC [[Owain\nPryce|name]]. Neighbour Mr [[Dennis Fry|name]] ([[no. 29|address]]) rang 999.
Account: [[Nino|name]] says [[Levan|name]] came home from the building site in [[Salisbury|place]] drunk, pushed her down the stairs and
broke her phone. [[Tamuna|name]] took [[Gio|name]] to the bathroom and rang her aunt [[Eka Margiani|name]] in [[Tbilisi|place]]
([[+995 577 31 62 08|phone]]), who rang 999 through a friend in [[Fordingbridge|place]].
[[Levan|name]] arrested and taken to [[Melksham|place]] custody. His van, a white Transit [[HN19 WKT|vehicle]], left on
[[Moot Lane|address]].
Interpreter (Georgian) by phone: [[Tamta Kvitsiani|name]]. [[Nino|name]] speaks Svan with her mother and Georgian at home.
Previous: [[12/07/2026|date]] argument reported by [[Dennis Fry|name]], no crime (PC [[Collis|name]]). DASH high. MARAC referral by
DC [[Hugh Benning|name]]. [[Levan|name]]'s brother [[Zurab Gabliani|name]] offered bail address: [[Flat 3, 41 Fisherton Street|address]],
[[Salisbury|place]] [[SP2 7SU|postcode]].
[[Tamar|name]] seen by PC [[Pryce|name]]: said "papa threw mama's phone and bebia was on it". Bebia = grandmother [[Mzia Margiani|name]],
[[Mestia|place]], tel [[+995 599 48 27 16|phone]].
Neighbour [[Sue Fry|name]] (wife of [[Dennis|name]]) took [[Gio|name]] in until 01:30. [[Nino|name]]'s friend [[Ketevan Japaridze|name]]
of [[Wick Lane|address]], [[Downton|place]] ([[07426 171 984|phone]]) collected mother and children and drove to the refuge.
"""),
    ("mother's Georgian message translated", """Message from [[Nino|name]] to her sister [[Eka|name]] ([[+995 577 31 62 08|phone]]),
[[1/11/2026|date]],
shown to SW [[Claire Moxham|name]] with [[Nino|name]]'s consent. Translated by [[Tamta Kvitsiani|name]] on [[3/11/2026|date]].

"[[Eka|name]], genatsvale, I am at the refuge now, not in [[Downton|place]]. [[Levan|name]] is at [[Zurab|name]]'s in [[Salisbury|place]].
[[Tamuna|name]] is brave but she does not sleep. [[Gio|name]] asks for papa every night. Tell bebia [[Mzia|name]] in [[Mestia|place]]
not to call [[Levan|name]]'s mother [[Lali|name]] in [[Ushguli|place]], she will tell him everything. Cousin [[Dato|name]] from
[[Becho|place]] says he can send money. I want to go home to Svaneti but the children have school here. Kiss deida
[[Manana|name]] for me."
Reply from [[Eka|name]] the same day (translated): "[[Nino|name]] dear, bebia cried. [[Dato|name]] will send money by [[Gela|name]]
who comes to [[London|place]] on the [[15th|date]]. Call me at [[+995 577 31 62 08|phone]], not from [[Levan|name]]'s phone."
Note by SW: "genatsvale" is an endearment. "Deida" = aunt ([[Manana Margiani|name]], [[Zugdidi|place]]).
"""),
]

DOCS_B += [
    ("child's own writing in class", """[[Downton Primary|school]] - Year 6 - "About me" - [[Tamar G.|name]] - [[5 Nov 2026|date]]

My name is [[Tamar|name]] but everyone calls me [[Tamuna|name]] or [[Tami|name]]. I was born in [[Mestia|place]] in the mountains. My
brother is [[Gio|name]], he is annoying but I love him. My bebia [[Mzia|name]] makes khachapuri and my babua [[Givi|name]] has
a tower. We came to [[Downton|place]] when I was 8. My best friend is [[Isla Brockway|name]] and [[Ava|name]]. Mrs [[Coombs|name]] is my
teacher. Sometimes papa is angry and I take [[Gio|name]] upstairs. I want to live with mama and [[Gio|name]] and visit [[Ushguli|place]].
My cousin [[Nutsa|name]] lives in [[Kutaisi|place]] and my cousin [[Dato|name]] in [[Becho|place]]. When we go to
[[Mestia|place]] we go on the bus from [[Zugdidi|place]] and deida [[Manana|name]] gives us churchkhela. My friend [[Ava Trethewey|name]]
from [[Charlton-All-Saints|place]] wants to come too.
Teacher's note: shown to DSL [[Paul Everett|name]] [[5/11|date]]. [[Isla|name]]'s mum Mrs [[Brockway|name]] offered to have the
children after school.
"""),
    ("MARAC minutes extract", """MARAC - SOUTH WILTSHIRE - [[12/11/2026|date]] - CASE 7
Victim: [[Nino MARGIANI|name]] ([[18.07.1991|dob]]). Perpetrator: [[Levan GABLIANI|name]] ([[04.01.1986|dob]]). Children [[Tamar|name]]
(11) and [[Giorgi|name]] (6).
IDVA [[Sophie Lantern|name]]: [[Nino|name]] in refuge at [[Andover|place]], wants to return to [[Downton|place]] with a non-molestation
order.
Police (DC [[Benning|name]]): [[Levan|name]] on bail to [[Zurab Gabliani|name]]'s, [[Fisherton Street|address]], [[Salisbury|place]]; not to
enter [[Downton|place]]. Seen in [[Downton|place]] on [[8 November|date]] by PCSO [[Kath Imber|name]] near [[The Borough|address]].
Education ([[Paul Everett|name]]): [[Tamuna|name]] anxious; [[Gio|name]] at [[Downton Primary|school]] reception class, fine.
Children's services (SW [[Claire Moxham|name]]): child in need plan; interpreter [[Tamta Kvitsiani|name]] for all meetings.
Actions: [[Sophie Lantern|name]] to help [[Nino|name]] apply for the order by [[20/11|date]]; [[Kath Imber|name]] to patrol
[[Moot Lane|address]]. Next: [[10/12/2026|date]]. Chair: DI [[Rebecca\nHarnett|name]].
Also present: [[Helen Strode|name]] (housing, [[Salisbury|place]]), [[Imran Qureshi|name]] (probation), HV [[Nicola Tarrant|name]] for
[[Gio|name]]'s health records, and [[Nino|name]]'s support worker from the refuge, [[Bethan Lloyd|name]]
([[bethan.lloyd@refuge-sw.org.uk|email]]).
[[Levan|name]]'s employer [[Gia Tsereteli|name]] ([[Laverstock|place]]) told police he has not been to work since the [[2nd|date]].
"""),
]


# --- C. Reeves / Campbell family (white British and Black Caribbean), Broad Chalke -------------------------------------------

HOME_C = d.Address("5 Knapp Cottages", "", "Broad Chalke", "SP5 5EJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Reeves")], dt.date(2012, 3, 9), addresses=[HOME_C], ids=["9660127308", "A865848005583"],
       schools=["Trafalgar School"]),
    _p("m", "mother", [("Lorraine", "Reeves")], dt.date(1984, 12, 1), addresses=[HOME_C], phones=["07388 650 219"]),
    _p("f", "father", [("Marcus", "Campbell")], dt.date(1982, 8, 17), phones=["07709 245 681"]),
], "c")

DOCS_C = [
    ("police missing person log", """MISSING PERSON REPORT - WILTSHIRE POLICE - [[REEVES, Jayden|name]] DOB [[09/03/2012|dob]]
Reported by mother [[Lorraine Reeves|name]] ([[07388 650 219|phone]]) [[14/11/2026|date]] 23:30 from [[5 Knapp Cottages|address]],
[[Broad Chalke|place]] [[SP5 5EJ|postcode]].
Last seen 16:00 at the bus stop in [[Bowerchalke|place]] with an older lad known as "[[Dre|name]]" ([[Andre Phelps|name]], 19, of
[[Bemerton Heath|place]], [[Salisbury|place]]). Wearing black North Face, grey joggers.
Risk: medium. Previous missing episodes [[2 Oct|date]] and [[19 Oct|date]] (found in [[Bournemouth|place]]). Father [[Marcus Campbell|name]]
([[07709 245 681|phone]]) lives in [[Shirley|place]], [[Southampton|place]]; not heard from [[Jayden|name]].
[[15/11/2026|date]] 04:10 found by PC [[Gareth Lovell|name]] at [[Salisbury|place]] bus station with £340 and two phones. Car nearby
[[GF20 YTN|vehicle]] left at speed. Returned home 05:00. RHI to [[Kezia Daubney|name]].
Friends: [[Kian Talbot|name]] ([[Coombe Bissett|place]]), [[Libby|name]] (girlfriend, [[Downton|place]]).
[[15/11/2026|date]] 09:00 [[Lorraine|name]] rang back: [[Jay|name]]'s phone had texts from "[[Dre|name]]" and "[[Tee|name]]"; his
cousin [[Rhys Talbot|name]] ([[Odstock|place]]) also went missing last month. Info shared with DC [[Fran Leggatt|name]].
"""),
    ("snapchat messages typed up", """snapchat chat on [[jayden|name]]'s phone, typed up by SW [[Kezia Daubney|name]] [[16/11/26|date]]
(usernames removed; speakers as shown to us)

[[jay|name]]: u out tonite
[[kian|name]]: cant my mum got me grounded. u goin [[salisbury|place]] wiv [[dre|name]]
[[jay|name]]: ye hes pickin me up [[bowerchalke|place]] 4. [[tee|name]] needs a runner to [[bournemouth|place]]
[[kian|name]]: bro thats long. [[libby|name]] gonna kill u
[[jay|name]]: [[libs|name]] cool. tell her meet [[downton|place]] sat
[[kian|name]]: my cuz [[rhys|name]] said [[dre|name]] owes [[tee|name]] money
[[jay|name]]: not my prob. dont tell [[lorraine|name]]
[[kian|name]]: lol u call ur mum [[lorraine|name]]
[[jay|name]]: when shes mad yeah. [[dre|name]] bought me creps
[[libby|name]]: [[jayden reeves|name]] if u go to [[salisbury|place]] again im done
[[jay|name]]: babe chill im at [[kians|name]] in [[coombe bissett|place]]
[[libby|name]]: ur lying [[kians|name]] mum said ur not there
[[jay|name]]: ok im in [[bemerton|place]] wiv [[dre|name]] back by 10
[[libby|name]]: my mum [[nicola|name]] is gonna tell ur mum. and mr [[ingram|name]] at youth club
[[jay|name]]: [[tom|name]] is sound hes not a snitch
[[kian|name]]: [[jay|name]] [[rhys|name]] says [[tee|name]] is in [[boscombe|place]] tonite dont go
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Jayden Reeves|name]] ([[9 March 2012|dob]])
Missing [[14/11/2026|date]] to [[15/11/2026|date]]. Interview [[17/11/2026|date]] at [[Trafalgar|school]] by [[Kezia Daubney|name]].
[[Jayden|name]] ("[[Jay|name]]") says he went with "[[Dre|name]]" to a flat in [[Bemerton Heath|place]] then to [[Bournemouth|place]]
([[Boscombe|place]]). Someone called "[[Tee|name]]" or "[[Tyrone|name]]" gave orders. [[Jay|name]] was told to hold a bag.
He says he likes his dad [[Marcus|name]] and wants to stay with him in [[Southampton|place]] at weekends; dad's partner [[Shanice
Doyle|name]] is "safe". Mum [[Lorraine|name]] works nights at a care home in [[Wilton|place]].
Worries: [[Jay|name]] says [[Dre|name]] knows where he lives. His nan [[Pauline Reeves|name]] in [[Ebbesbourne Wake|place]] is his safe
place.
Referral to NRM discussed with team manager [[Ian Seaward|name]].
[[Jay|name]] asked that his mum not be told about [[Libby|name]]. He said his best mate is [[Kian|name]] and that [[Kian|name]]'s
older brother [[Cole Talbot|name]] "used to run for [[Tee|name]] too". Safety plan: nan [[Pauline|name]]'s number ([[01722 780 443|phone]]),
youth worker [[Tom Ingram|name]], and dad [[Marcus|name]] on [[07709 245 681|phone]].
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - SALISBURY AND CHALKE VALLEY - [[3/12/2026|date]]
Young people: [[Jayden REEVES|name]] (14), [[Kian TALBOT|name]] (14), [[Libby Foyle|name]] (15).
Adults of concern: [[Andre PHELPS|name]] ("[[Dre|name]]"), 19, [[Bemerton Heath|place]]; "[[Tee|name]]", thought to be
[[Tyrone Ashdown|name]], 24,
[[Boscombe|place]], [[Bournemouth|place]]. Car [[GF20 YTN|vehicle]] registered to [[Ashdown|name]]'s mother.
Places: [[Salisbury|place]] bus station; the skate park at [[Churchill Gardens|address]]; the bus stop by the [[Bowerchalke|place]]
village hall; [[Downton|place]] recreation ground.
Present: [[Ian Seaward|name]] (chair), [[Kezia Daubney|name]], PC [[Gareth Lovell|name]], [[Zara Whitlock|name]] ([[Trafalgar|school]]),
[[Tom Ingram|name]] (youth worker, [[Broad Chalke|place]]).
Actions: PC [[Lovell|name]] to visit [[Andre Phelps|name]]; [[Tom Ingram|name]] to take [[Jayden|name]] and [[Kian|name]] to the boxing club
in [[Wilton|place]]; [[Zara Whitlock|name]] to speak to [[Libby|name]]'s mum [[Nicola Foyle|name]]. Next panel [[7/1/2027|date]].
Update [[4/12/2026|date]]: [[Kian|name]]'s mum [[Donna Talbot|name]] ([[07812 456 390|phone]]) says [[Kian|name]] was offered £50 by
"[[Tee|name]]" outside [[Coombe Bissett|place]] shop on the [[1st|date]]; [[Cole|name]] told him not to. [[Libby Foyle|name]] moved to
her dad [[Stuart Foyle|name]]'s in [[Harnham|place]].
"""),
]


# --- D. Noyce family (white British), Barford Lane, Downton; a young carer of 12 ---------------------------------------------

HOME_D = d.Address("9 Barford Lane", "", "Downton", "SP5 3QA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Noyce")], dt.date(2014, 7, 30), addresses=[HOME_D], ids=["8042844514", "T865746196951"],
       schools=["Trafalgar School"]),
    _p("m", "mother", [("Dawn", "Noyce")], dt.date(1980, 5, 14), addresses=[HOME_D], phones=["01725 512 846"]),
], "c")

DOCS_D = [
    ("young carer's own words", """me and my mum by [[ruby|name]] age 12 (written at young carers club [[25/11/2026|date]])

my mum is [[dawn|name]] she has MS and gets sad a lot. i do her tablets and the shopping at the co op in [[downton|place]]. my
brother [[kieran|name]] is 19 and lives in [[salisbury|place]] with his girlfriend [[megan|name]] so he dont help much. i like
[[trafalgar|school]] but im late alot. my best mate is [[evie|name]] from [[redlynch|place]] and her mum [[tracy|name]] gives me lifts.
sometimes mum falls and i ring nan [[jean|name]] in [[fordingbridge|place]]. our cat is called Pickle. when i grow up i want to
be a vet. [[kerry|name]] from the club is nice she took us to [[lyme regis|place]].
nan [[jean|name]] is old now and her friend [[bob|name]] drives her. [[kieran|name]] came at the weekend with [[megan|name]] and they
took mum to [[salisbury|place]] for her appointment. i stayed at [[evies|name]] in [[redlynch|place]] and we watched films.
"""),
    ("young carers assessment", """YOUNG CARERS ASSESSMENT - Carer Support Wiltshire
Young carer: [[NOYCE, Ruby|name]]   DOB [[30/07/2014|dob]]   School: [[Trafalgar School|school]], [[Downton|place]]
Address: [[9 Barford Lane|address]], [[Downton|place]] [[SP5 3QA|postcode]]   Home phone [[01725 512 846|phone]]
Assessed by [[Kerry Ansell|name]] on [[27 November 2026|date]].
Cared-for: mum [[Dawn Noyce|name]] (multiple sclerosis, depression; MS nurse [[Lynne Pavey|name]]). Brother [[Kieran Noyce|name]], 19,
[[Salisbury|place]]. Grandmother [[Jean Ricketts|name]], [[Fordingbridge|place]], tel [[01425 653 907|phone]].
Tasks: medication, shopping, personal care at times, about 20 hours a week. [[Ruby|name]] is late on days mum falls.
[[Ruby|name]] wants: a break; a sleepover at [[Evie Drummond|name]]'s in [[Redlynch|place]]; help with maths.
Head of year Mr [[Ollie Fanshawe|name]] ([[o.fanshawe@trafalgar.wilts.sch.uk|email]]) to give a card to leave class to phone home.
Review [[27 February 2027|date]]. Signed [[K. Ansell|name]]; [[Ruby Noyce|name]] ("[[Rubes|name]]"); [[Dawn Noyce|name]].
Others spoken to: [[Evie Drummond|name]]'s mother [[Tracy Drummond|name]] ([[Redlynch|place]]); Mrs [[Jean Ricketts|name]]; neighbour
[[Bob Hibberd|name]] ([[Fordingbridge|place]]); the MS nurse [[Lynne Pavey|name]] on [[26/11|date]].
"""),
    ("social worker's phone notes", """Phone notes - SW [[Hannah Quarrier|name]] - [[Noyce|name]] family
[[1/12/2026|date]] 10:20  Rang [[Dawn|name]] on [[01725 512 846|phone]]: fell last night, [[Ruby|name]] got her up and rang nan. No
ambulance. [[Dawn|name]] says [[Kieran|name]] "will come Sunday".
[[1/12/2026|date]] 11:05  Rang [[Jean Ricketts|name]]: she drove over from [[Fordingbridge|place]] at midnight; she is 78 and can't keep
doing it. Her neighbour [[Bob Hibberd|name]] drove her.
[[1/12/2026|date]] 14:40  Rang [[Kieran Noyce|name]] ([[07534 892 106|phone]]): works shifts at the [[Old Sarum|place]] depot; will visit
weekends. His girlfriend [[Megan Ledger|name]] can help on Wednesdays.
[[2/12/2026|date]] 09:15  GP Dr [[Imogen Sherratt|name]] ([[Downton|place]] surgery) to review [[Dawn|name]]'s meds. OT referral.
[[3/12/2026|date]] 12:30  Rang [[Trafalgar|school]]: Mr [[Fanshawe|name]] says [[Ruby|name]] late three days this week; her friend
[[Evie|name]] walks with her from [[Barford Lane|address]]. Young carers worker [[Kerry Ansell|name]] to visit on the [[8th|date]].
[[2/12/2026|date]] 16:00  [[Evie|name]]'s mum [[Tracy Drummond|name]] rang: [[Ruby|name]] cried at theirs; she will have her Friday the
[[4th|date]].
"""),
    ("GP's email to the social worker", """From: [[imogen.sherratt@nhs.net|email]]
To: [[hannah.quarrier@wessexdowns.gov.uk|email]]
Date: [[3 December 2026|date]]
Subject: [[Dawn Noyce|name]] [[14/05/1980|dob]] NHS [[804 284 4514|nhs]]?

Dear [[Hannah|name]],
Apologies, the NHS number in my last email was [[Ruby|name]]'s, not [[Dawn|name]]'s. [[Dawn|name]] has relapsing MS and moderate depression.
I have increased her sertraline and asked the community team ([[Lynne Pavey|name]]) to visit. I have also written to Dr
[[Akinola|name]] at Salisbury District Hospital. [[Ruby|name]] ([[30.07.2014|dob]]) was seen with mum on [[26/11|date]] and looked tired.
Her brother [[Kieran|name]] rang me too. Happy to join a meeting at [[Downton|place]] on a Tuesday.
P.S. [[Ruby|name]]'s own NHS number is the one above; [[Dawn|name]]'s I will send separately. Mrs [[Ricketts|name]] (grandmother)
is registered with the [[Fordingbridge|place]] practice, not ours.
Kind regards, Dr [[Imogen Sherratt|name]], GP
"""),
]


# --- E. Adeyemi family (Black British, Nigerian heritage), Zion Hill, Tisbury; a disabled boy of 6 ---------------------------

HOME_E = d.Address("4 Zion Hill", "", "Tisbury", "SP3 6NT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Daniel", "Adeyemi")], dt.date(2020, 10, 11), addresses=[HOME_E], ids=["3372602013", "R865557273350"],
       schools=["St John's Primary School"]),
    _p("m", "mother", [("Funmilayo", "Adeyemi")], dt.date(1989, 3, 22), addresses=[HOME_E], phones=["07426 117 948"]),
    _p("f", "father", [("Tunde", "Adeyemi")], dt.date(1987, 9, 6), addresses=[HOME_E], phones=["01747 830 562"]),
], "c")

DOCS_E = [
    ("OCR'd scanned paediatrician's letter", """Child Development Centre, Salisbury District Hospital
Dr [[R. Okonjo-Waite|name]], Consultant Community Paediatrician
Date: [[2O November 2O26|date]]

Re: [[Daniel ADEYEMI|name]]   DOB: [[ll/lO/2O2O|dob]]   NHS: [[337 260 2013|nhs]]
Address: [[4 Zi0n HiII|address]], [[Tlsbury|place]], [[SP3 6NT|postcode]]

Dear Dr [[Lockyer|name]],
I saw [[Danie1|name]] with his mother Mrs [[Funmi1ayo Adeyemi|name]] on [[l7/ll/2O26|date]]. He has autism and global
developmental delay, no words yet, and he runs off. Mrs [[Adeyemi|name]] says [[Dani|name]] got out of the house on the
[[3rd of\nNovember|date]]
and was found by a neighbour, Mr [[Co1in Penny|name]], on the road to [[Fonthi1l Gifford|place]]. Father Mr [[Tunde Adeyemi|name]] works
in [[Southampton|place]]. Grandmother Mrs [[Bisi Adeyemi|name]] is visiting from [[Ibadan|place]] until Christmas 2026.
I support short breaks and a door alarm. Copy: SW [[Jon Ashby|name]]; [[St John's|school]] SENCo Mrs [[A. Trowbridge|name]].
Yours sincerely, [[R. 0konjo-Waite|name]]
cc: Mr and Mrs [[Adeyemi|name]]; health visitor [[Joanne Pitman|name]]; [[St J0hn's|school]] Primary, [[Tisbury|place]]
"""),
]
DOCS_E += [
    ("father's complaint email", """From: [[tunde.adeyemi@outlook.com|email]]
To: complaints, children's services
Date: [[4 December 2026|date]]
Subject: Complaint - short breaks for [[Daniel Adeyemi|name]]

I am writing to complain about the delay. My son [[Daniel|name]] ([[11 October 2020|dob]]) has autism. Dr [[Okonjo-Waite|name]]
recommended short breaks on [[20 November|date]] and nobody has rung us. Your worker [[Jon Ashby|name]] left and the new worker
[[Priti Chauhan|name]] has not replied. My wife [[Funmi|name]] has not slept properly since [[Danny|name]] ran out on the
[[3rd|date]]. Our neighbour [[Colin Penny|name]] of [[no. 6|address]] [[Zion Hill|address]] found him near the station in [[Tisbury|place]].
My mother [[Bisi|name]] is here from [[Ibadan|place]] but flies home on the [[19th|date]]. My brother [[Segun Adeyemi|name]] in
[[Gillingham|place]] helps when he can. Please ring me on [[01747 830 562|phone]] or my wife on [[07426 117 948|phone]].
I have copied this to our councillor, Mrs [[Penelope Arkwright|name]], and to Dr [[Lockyer|name]] at the [[Tisbury|place]] surgery.
[[Tunde Adeyemi|name]], [[4 Zion Hill|address]], [[Tisbury|place]] [[SP3 6NT|postcode]]
"""),
    ("short breaks application form", """SHORT BREAKS APPLICATION - DISABLED CHILDREN'S TEAM
Child: [[ADEYEMI, Daniel|name]]   DOB [[11/10/2020|dob]]   UPN [[R865557273350|upn]]   NHS [[3372602013|nhs]]
Parents: [[Funmilayo Adeyemi|name]] ([[07426 117 948|phone]]) and [[Tunde Adeyemi|name]] ([[01747 830 562|phone]]);
email [[funmi.adeyemi89@gmail.com|email]]. Address [[4 Zion Hill|address]], [[Tisbury|place]].
Other children: none. Others helping: grandmother [[Bisi Adeyemi|name]] (visiting), uncle [[Segun|name]] ([[Gillingham|place]]), church
friend [[Grace Ogundipe|name]] ([[Shaftesbury|place]]).
What [[Daniel|name]] enjoys: swimming at [[Tisbury|place]] pool, the swings at [[Nadder Close|address]] park, trains.
Requested: overnight stays at [[Fernleigh House|address]], [[Salisbury|place]]; a sitter 4 hours a week; a door alarm.
Completed with SW [[Priti Chauhan|name]] on [[7/12/2026|date]].
"""),
]


DOCS_E += [
    ("disabled children's team phone notes", """Phone notes - SW [[Priti Chauhan|name]] - [[ADEYEMI, Daniel|name]]
[[8/12/2026|date]] 09:30  Rang Mr [[Adeyemi|name]] on [[01747 830 562|phone]] about his complaint. Apologised. Short breaks panel on
the [[16th|date]]. [[Tunde|name]] asked for a sitter who knows autism; suggested [[Marie Gurney|name]] from [[Semley|place]].
[[8/12/2026|date]] 10:10  Rang [[Funmi|name]] on [[07426 117 948|phone]]: door alarm fitted by [[Tisbury|place]] handyman
[[Pete Bundy|name]];
[[Danny|name]] tried the door twice since. Grandma [[Bisi|name]] flies back to [[Lagos|place]] then [[Ibadan|place]] on the [[19th|date]].
[[9/12/2026|date]] 14:00  [[Fernleigh House|address]] manager [[Carol Dibben|name]] has a bed for two nights a month from
[[6 January|date]].
[[9/12/2026|date]] 15:20  [[St John's|school]] SENCo Mrs [[Trowbridge|name]]: [[Daniel|name]] settled; TA [[Kemi Bello|name]] works 1:1.
Uncle [[Segun|name]] ([[07961 204 738|phone]]) to be second emergency contact.
[[10/12/2026|date]] 11:45  [[Funmi|name]] rang: [[Daniel|name]] out again at 07:00, found at [[Tuckingmill|place]] by a dog walker,
Mrs [[Hazel Mould|name]]. Police informed (PC [[Ben Sealy|name]]). Referred for a strategy discussion; manager [[Graham Elcock|name]] told.
"""),
]


# --- F. Whitmarsh / Barter family (white British), Morgan's Vale, Redlynch; a mother misusing drugs ---------------------------

HOME_F = d.Address("17 Vale Road", "Morgan's Vale", "Redlynch", "SP5 2HS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jack", "Whitmarsh")], dt.date(2017, 1, 19), addresses=[HOME_F], ids=["1905132794", "M865015555760"],
       schools=["Redlynch Primary School"]),
    _p("m", "mother", [("Hayley", "Whitmarsh")], dt.date(1995, 10, 8), addresses=[HOME_F], phones=["07709 245 861"]),
], "c")

DOCS_F = [
    ("health visitor home visit note", """HEALTH VISITOR HOME VISIT - [[Hayley Whitmarsh|name]] - [[17 Vale Road|address]],
[[Morgan's Vale|place]],
[[Redlynch|place]] [[SP5 2HS|postcode]]
Visit [[18/11/2026|date]] by HV [[Nicola Tarrant|name]]. Mum [[Hayley|name]] ([[08/10/1995|dob]], [[07709 245 861|phone]]), pregnant 34
weeks.
[[Jack|name]] ([[19/01/2017|dob]]) at school. Partner [[Lewis Barter|name]] present, left when I arrived; his car [[YK66 RFP|vehicle]].
Foil and a lighter on the windowsill. [[Hayley|name]] says she stopped using "weeks ago". Drug and alcohol worker [[Paddy Crane|name]]
(recovery service) not seen her since [[2 November|date]].
Home cold; fridge empty. Two dogs (Tyson and Bella) on the stairs. Nan [[Linda Whitmarsh|name]] in [[Bowerchalke|place]] helps with
[[Jack|name]].
Plan: pre-birth referral to children's services today; next visit [[25/11|date]].
[[25/11/2026|date]] revisit: [[Hayley|name]] in, [[Lewis|name]] out. Her friend [[Jodie Vincent|name]] from [[Downton|place]] was there and
said
she would help. [[Jack|name]] home from school, said hello, showed me [[Linda|name]]'s birthday card from [[Bowerchalke|place]].
"""),
]
DOCS_F += [
    ("mother's voice note transcribed", """voice note from [[hayley|name]] to SW [[Dom Pettifer|name]], [[26/11/2026|date]] 23:52, typed up
next morning

"[[dom|name]] its [[hayley|name]], sorry its late. [[lewis|name]] has kicked off again, hes took my phone charger and gone to his
brothers in [[woodfalls|place]]. [[jack|name]]s asleep. im not using, i swear on [[jacks|name]] life. my mum [[linda|name]] can have him
tomorrow in [[bowerchalke|place]] she said. [[paddy|name]] never rings me back. and that [[nicola|name]] from the health visitors looks
at me like im dirt. [[lewis|name]]s mate [[scotty|name]] keeps coming round from [[downton|place]], i dont want him here. ring me
on [[07709 245 861|phone]] yeah. or my mate [[jodie|name]] on hers. bye."
SW note: [[Lewis|name]]'s brother is [[Ryan Barter|name]], [[Woodfalls|place]]; "[[Scotty|name]]" is [[Scott Dunmore|name]], known to
police.
[[Jodie|name]] is [[Jodie Vincent|name]] ([[07388 605 912|phone]]). Call back to [[Hayley|name]] at 09:10 on [[27/11|date]]: she and
[[Jack|name]]
were at [[Linda|name]]'s.
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[Whitmarsh|name]] - [[30/11/2026|date]] 11:00 (Teams)
Chair: team manager [[Rosie Kimber|name]]. Police: DS [[Neil Cartwright|name]]. Health: HV [[Nicola Tarrant|name]], midwife [[Amara
Lewin|name]]. Education: [[Redlynch Primary|school]] DSL [[Jo Silcock|name]]. SW [[Dom Pettifer|name]].
Child: [[WHITMARSH, Jack|name]] ([[19.01.2017|dob]], UPN [[M865015555760|upn]]) and unborn baby (due [[28 December|date]]).
Information: [[Jack|name]] told Mrs [[Silcock|name]] on [[27/11|date]] that "[[Lewis|name]] pushed mummy into the door".
[[Lewis Barter|name]]
([[02/06/1993|dob]]) has previous for supply (police). [[Scott Dunmore|name]] visits the home; [[YK66 RFP|vehicle]] stopped in
[[Downton|place]] on [[21/11/2026|date]] with cannabis. Nan [[Linda Whitmarsh|name]], [[2 Church Lane|address]], [[Bowerchalke|place]]
[[SP5 5BE|postcode]], offers to care for [[Jack|name]].
Decision: section 47 enquiry; [[Jack|name]] to stay with nan while it runs. Visit by [[Dom|name]] and PC [[Alice Merrett|name]] today.
"""),
    ("nan's handwritten letter typed up, with the boy's own words enclosed", """Dear Mr [[Pettifer|name]],
I am [[Jack|name]]'s nan, [[Linda Whitmarsh|name]], and he has been with me at [[2 Church Lane|address]] in [[Bowerchalke|place]] since the
[[30th|date]]. He is a good boy. He goes on the bus to [[Redlynch|school]] with my neighbour's boy [[Harry Scammell|name]].
[[Hayley|name]] is my daughter and I love her but she has not been right since [[Jack|name]]'s dad [[Darren Fulford|name]] went back
to [[Bristol|place]]. That [[Lewis|name]] is no good. His mum [[Maureen Barter|name]] in [[Alderholt|place]] says the same.
My landline is [[01722 779 315|phone]]. My other daughter [[Kelly|name]] lives in [[Broad\nChalke|place]] and can help with lifts.
Yours, [[Linda|name]] (Nanny [[Lin|name]])

Enclosed, "my worries" - [[Jack|name]] (year 5) with [[Shelley|name]] the school nurse, [[3/12/2026|date]]

i like it at nanny [[lins|name]] in [[bowerchalke|place]] because its quiet and she does pancakes. i miss mum and i want to see the
new baby. [[lewis|name]] shouts and throws stuff. his mate [[scotty|name]] smells funny. [[harry|name]] on the bus is my friend.
my dad is [[darren|name]] he lives in [[bristol|place]] i seen him at christmas once.
[[Shelley|name]] wrote: [[Jack|name]] drew mum, nan, [[Harry|name]] and the dog Tyson. He wrote "[[LEWIS|name]]" with a cross on it.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 248 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:02 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv",
           "nurse", "our", "nan", "nanny", "gran", "granny", "grandma", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "papa", "mama", "bebia", "babua", "deida", "aunt", "cousin"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "wiltshire", "georgia", "svaneti", "nigeria", "dorset", "hampshire", "chalke valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("bebia Mzia", "deida Manana", "babua Givi") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
