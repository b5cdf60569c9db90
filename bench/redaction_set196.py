"""Set 196: a held-out hand-written set for the redaction detector, six more invented families in Rutland, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set194.py, bench/redaction_set195.py, bench/redaction_set197.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set181.py in part (its docstring, its first family's record and first
document and a half, and its last family's last documents with the _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES and HandSet
lines) and tests/test_redaction_set181.py in full, whose layout and marking conventions (those of set 21) are followed here;
bench/redaction_set21.py and tests/test_redaction_set21.py were NOT read (set 181 restates their conventions). The docstrings
of bench/redaction_set7.py to bench/redaction_set193.py were searched by a script (ast.get_docstring) for the towns, villages
and communities this set uses, printing only the numbers of the sets that named them; "Rutland" appeared only in set 64's
docstring, printed around that word, where it is a county listed as not a place; Oakham, Uppingham, Cottesmore, Barleythorpe,
Ketton, Whissendine and Langham appeared in none, nor did Csángó. bench/redaction_handwritten.py was not opened (only
HandSet and Records imported, as set 181 does), nor pyproject.toml (ruff was run with the project's settings). Phone numbers
were checked with the phonenumbers library and NHS numbers and UPNs (LA 857) made and checked with python-stdnum in small
snippets. The record constructors (d.Address, d.CaseRecord and, through Records.party, d.Party) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Rutland, each from a town or village the earlier docstrings did not show as a family's home: a young white
British mother and father on the new estate at Barleythorpe, Oakham (Wright / Coles; neglect of a baby and a boy of 8, a
health visitor, a child in need plan, a nan in Oakham); a Csángó family (Hungarian-speaking Roman Catholics of Moldavia,
Romania, from Pusztina and Cleja) in Cottesmore (Benke / Antal; domestic abuse with strangulation, a MARAC, a mother's note in
Csángó Hungarian, a girl of 13's diary scanned by OCR, a sister in Bacău); a white British boy of 15 in Uppingham (Mardell;
missing to Corby and Kettering, county lines, a Snapchat extract, a dad in Grantham and a nan in Lyddington); a white British
family in Ketton with a girl of 7 with Rett syndrome and a mother with low mood (Pryor; short breaks, a father working away);
a white British young carer of 12 in Whissendine (Tandy; a mother with bipolar disorder in crisis, a nan in Langham); and a
white British and Irish family in Langham (Reilly / Kowal; a baby born to a mother using cocaine, a child protection plan, a
nan in Dublin, a boy of 9's worksheet). The community, Csángó, did not appear in any earlier docstring searched. 24 documents,
each with its own style label: a health visitor's home visit record, a teacher's worry log with initials, a child in need
visit case note, a mother's WhatsApp messages, a police domestic abuse attendance report, a mother's note in Csángó Hungarian
with a translation, a MARAC referral form, a child's diary page scanned by OCR (with its misreadings), a return home
interview, a Snapchat extract typed up, contextual safeguarding panel minutes, a mother's email to a school with the reply, a
short breaks application, a GP's letter, a father's voice notes transcribed, short breaks panel minutes, a young carers'
assessment, a child's own letter, crisis team phone notes, an attendance officer's email thread, a pre-birth and newborn
chronology, a hair strand test results letter, a boy's worksheet, and a social worker's texts with a mother.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address, vehicle registration and
the exact streets' house numbers. Phones are valid (phonenumbers), UK and foreign (Romania, Hungary, Ireland); NHS numbers
and UPNs pass their check digits. The surgery ("Welland Vale Surgery"), the lab, the charity behind the IDVA's email and the
"Rutland Polish and Hungarian Community Group" are invented or unmarked organisations; towns, villages and estates are real
and marked as places. A Romanian village address ("str. Principală 41") and its postcode ("607470") are marked.

Markup and conventions: exactly those of set 21 as set 181 shows them. Titles and kinship words stay outside a name (Mr, Mrs,
Miss, Dr, PC, PCSO, DS, DC, Rev, Father, Nan, Grandma, Auntie, and the Hungarian "atya" (Father, a priest), "asszony" (Mrs),
"neni" (auntie) after a name, and "Apa" / "Apu" (dad) and "nagyi" (granny) as kinship words, not names); "SURNAME, First"
is one span ("COLES, Lily-Rose", "ANTAL, Rozália") and so is the Hungarian order "Antal Rozália"; initials alone ("K.B.") are
not marked, nor is a one-letter "k" in a chat, nor a username ("kmardell"); pets ("biscuit", "Bramble") are not names;
organisations holding a town's name stay unmarked ("Leicester Royal Infirmary", "Rutland Polish and Hungarian Community
Group"), and so do counties and countries ("Rutland", "Leicestershire", "Romania", "Hungary", "ireland", "Spain"); an OCR
misreading keeps its kind ("I1ona" a name, "Cottesm0re" and "0akham" places, "2l st octobr", "2S/10" and "3O oct" dates,
"Whiteh ead" a name); a weekday stays outside a date ("Sat 7 Nov").

Choices this set had to make: a Hungarian place name with a case ending is one place span ("Pusztinába", "Oakhamban"); a
gang nickname ("Trigga", "Bigs") is a name; "Melton" for the custody suite at Melton Mowbray marks the town; Rutland Water (a
reservoir) is a landmark and unmarked; a holiday used as a day ("Easter Sunday", "Halloween") is a date; a bare year
("2019"), a bare month ("October") and a month and year ("May 2024") are not; the emergency duty team's number is a phone.

Self-check without the detector: `python -m bench.redaction_set196` (and tests/test_redaction_set196.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 913 gold spans, 510 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Wright / Coles family (white British), Barleythorpe, Oakham; neglect ----------------------------------------------

HOME_A = d.Address("9 Pennine Close", "Barleythorpe", "Oakham", "LE15 7WQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Mason", "Coles")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["8036514281", "T857637688563"],
       schools=["Catmose Primary"]),
    _p("s", "sibling", [("Lily-Rose", "Coles")], dt.date(2022, 11, 5), addresses=[HOME_A], ids=["4912849456"]),
    _p("m", "mother", [("Chantelle", "Wright")], dt.date(1998, 7, 19), addresses=[HOME_A], phones=["07724 315 908"]),
    _p("f", "father", [("Dean", "Coles")], dt.date(1994, 12, 2), addresses=[HOME_A], phones=["07851 226 430"]),
], "c")

DOCS_A = [
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT RECORD
Child: [[COLES, Lily-Rose|name]]  DOB [[05/11/2022|dob]]  NHS [[491 284 9456|nhs]]
Mother: [[Chantelle Wright|name]] ([[07724 315 908|phone]])  Address: [[9 Pennine Close|address]], [[Barleythorpe|place]],
[[Oakham|place]] [[LE15 7WQ|postcode]]
Visit [[3 November 2026|date]], 10:30, HV [[Gill Sharman|name]] with student [[Amrit Dosanjh|name]].
[[Lily-Rose|name]] in a wet nappy, sore rash. No food in the fridge but a bottle of squash. Dogs' mess on the landing.
[[Chantelle|name]] said [[Dean|name]] "does nights at the quarry" and sleeps all day. Older boy [[Mason|name]] (8) at
[[Catmose|school]]. Maternal gran [[Tracey Wright|name]] lives in [[Oakham|place]] town, "we don't speak".
Next visit [[17/11/26|date]]. Discussed with safeguarding nurse [[Helen Burbidge|name]] on [[4.11.2026|date]].
Follow-up [[17 November 2026|date]]: [[Chantelle|name]] had cleaned; [[Lily-Rose|name]]'s rash better. [[Dean|name]] asleep
upstairs. Neighbour [[Maxine Hubbard|name]] from [[no. 11|address]] was there "helping out"; she has the key. [[Chantelle|name]]
said her cousin [[Jordan Wright|name]] borrowed the buggy and took it to [[Corby|place]]. [[Mason|name]] off with a cough,
playing on [[Dean|name]]'s phone. Weighed [[Lily|name]]: 9.1kg (drop from 9th to 2nd centile). Plan agreed with [[Chantelle Wright|name]]:
Dr [[Faulkner|name]] on [[19/11|date]]; nursery place at [[Barleythorpe|place]] from January; [[Gill|name]] to ring SW
[[Priya Chauhan|name]]. Signed [[G. Sharman|name]] HV / [[A. Dosanjh|name]] (student).
Record shared: [[Mason Coles|name]], NHS [[803 651 4281|nhs]], DOB [[14/03/2018|dob]]; father [[Dean Coles|name]] ([[02/12/1994|dob]]).
Previous HV contacts: [[12/01/2023|date]], [[3 March 2023|date]], [[28.6.24|date]] (all in [[Barleythorpe|place]]); moved
from [[Ashwell Road|address]], [[Oakham|place]] in May 2024.
"""),
    ("teacher's worry log with initials", """worry log - Yr3 - [[Mason C|name]]
[[09/11|date]] came in with no coat, said "dad sold it". told mrs [[Kettle|name]].
[[10/11|date]] ate 3 helpings of lunch. asked if he cld take bread home for [[lily|name]].
[[12/11|date]] head lice again. mum ([[chantelle|name]]) didnt come to parents eve. K.B.
[[13/11|date]] [[mason|name]] said he plays out on the green till dark w [[Tyler Beaver|name]] from [[no. 4|address]].
[[16/11|date]] DSL Mr [[Adeyemi|name]] spoke to dad. dad said "[[Mason|name]]'s a liar".
[[19 Nov|date]] referral to MASH - ref by [[O. Adeyemi|name]].
[[20/11|date]] [[Mason|name]] said nan [[tracey|name]] bought him a coat. very proud. told mrs [[kettle|name]] and
mr [[adeyemi|name]].
[[23/11|date]] [[Tyler|name]] and [[Mason|name]] fell out at playtime - [[Tyler|name]] said "[[Mason|name]] smells". mrs
[[Gina Kettle|name]] spoke to both. [[Tyler|name]]'s mum ([[Kerry Beaver|name]]) rang in.
[[24/11|date]] SW [[Priya|name]] came to see [[Mason|name]] in the library. K.B.
[[25/11|date]] [[Mason C|name]] brought a packed lunch made by dad - first time this term.
[[26/11|date]] [[mason|name]] asked if [[lily-rose|name]] can come to the xmas fair. said yes. mrs [[kettle|name]] to tell
[[priya|name]]. [[Tyler|name]] and [[Mason|name]] friends again.
"""),
    ("child in need visit case note", """Case note - CIN visit - [[Mason Coles|name]] ([[14.03.2018|dob]]), UPN [[T857637688563|upn]]
Date: [[24th November 2026|date]]. SW: [[Priya Chauhan|name]]. Present: [[Chantelle|name]], [[Dean|name]], both children.
House still dirty; [[Dean|name]] had cleared the landing. [[Dean Coles|name]] ([[07851 226 430|phone]]) now on days at the
quarry near [[Ketton|place]]; car [[FN19 KXE|vehicle]] on the drive was not taxed. [[Chantelle|name]] said her friend
[[Stacey Orton|name]] in [[Langham|place]] helps with lifts. Next: GP Dr [[Faulkner|name]] re [[Lily|name]]'s weight; food bank
in [[Oakham|place]]; review [[8 December|date]].
[[Mason|name]] seen alone in his room: "my room is the best bit", said [[Lily-Rose|name]] cries at night. He wants a
bike like [[Tyler|name]]'s.
Also seen: Nan [[Tracey Wright|name]], who came at 11 from [[Cold Overton Road|address]], [[Oakham|place]]. She said
[[Chantelle|name]]'s dad [[Gary|name]] died in 2019 and "she never got over it". [[Tracey|name]] is willing to
have [[Mason|name]] after school two days a week. [[Dean|name]]'s brother [[Lee Coles|name]] (in [[Barleythorpe|place]] too, [[Pennine
Close|address]]) may help with the car. Actions: [[Priya|name]] to ring [[Catmose|school]] (Mr [[Adeyemi|name]]) and HV [[Gill
Sharman|name]]; [[Dean Coles|name]] to tax the car ([[FN19 KXE|vehicle]]) by [[1/12|date]]; next visit [[1st December|date]].
Seen after: [[Maxine Hubbard|name]] at [[no. 11|address]] said she is [[Reece Hubbard|name]]'s aunt and that [[Dean|name]]
"owes people in [[Oakham|place]]". Passed to [[Priya|name]]'s manager [[Fran Oduya|name]] on [[25/11/2026|date]].
Lifts to [[Melton
Mowbray|place]] on [[5/12|date]] for [[Dean|name]]'s nan; [[Stacey Orton|name]] lives at [[8 Burley Road|address]],
[[Langham|place]] [[LE15 7HR|postcode]].
"""),
    ("mother's messages to the social worker", """whatsapp from mum ([[chantelle|name]]) to [[Priya|name]] SW, copied [[26/11/26|date]]
[[25/11|date]] 19:02 hi [[priya|name]] its [[chantelle|name]] [[masons|name]] mum. [[dean|name]] got paid so we done a big shop
[[25/11|date]] 19:03 can u tell the hv [[lily|name]] had her jabs at the surgery on the [[20th|date]]
[[25/11|date]] 21:40 my mum [[tracey|name]] come round, first time in a yr. she lives [[cold overton rd|address]] [[oakham|place]]
[[26/11|date]] 08:15 [[mase|name]] wont go sch, says [[tyler|name]] called him smelly. [[dean|name]] taking him in
[[26/11|date]] 08:17 [[priya|name]] can i bring [[lily|name]] to the meeting on the [[8th|date]]? [[tracey|name]] cant have her
[[26/11|date]] 10:02 [[Priya|name]]: yes of course [[Chantelle|name]]. I'll ask [[Gill|name]] to come too. Has [[Mason|name]] gone in?
[[26/11|date]] 10:05 yh [[dean|name]] took him. mrs [[kettle|name]] met him at gate
[[27/11|date]] 18:30 [[lee|name]] sorted the tax. [[deans|name]] brother. we're going [[melton|place]] sat to see his nan [[pam|name]]
[[28/11|date]] 09:00 [[lily|name]] weighed at [[barleythorpe|place]] clinic 9.3kg!! [[gill|name]] sed good
"""),
]


# --- B. Benke / Antal family (Csángó, Hungarian-speaking Catholics of Moldavia, Romania), Cottesmore; domestic abuse ------

HOME_B = d.Address("22 Mill Lane", "Cottesmore", "Oakham", "LE15 7DL")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Ilona", "Benke")], dt.date(2013, 8, 21), addresses=[HOME_B], ids=["9619789423", "W857017392385"],
       schools=["Cottesmore Academy"]),
    _p("s", "sibling", [("Péter", "Benke")], dt.date(2017, 2, 9), addresses=[HOME_B], ids=["0966162447"]),
    _p("m", "mother", [("Rozália", "Antal")], dt.date(1988, 5, 30), addresses=[HOME_B], phones=["07932 418 605"]),
    _p("f", "father", [("Gábor", "Benke")], dt.date(1985, 10, 11), addresses=[HOME_B], phones=["07415 903 227"],
       ids=["JT 48 22 61 C"]),
], "c")

DOCS_B = [
    ("police domestic abuse attendance report", """DOMESTIC ABUSE ATTENDANCE - DASH completed
Date/time: [[14/10/2026|date]] 23:10. Location: [[22 Mill Lane|address]], [[Cottesmore|place]] [[LE15 7DL|postcode]]
Victim: [[ANTAL, Rozália|name]] ([[30/05/1988|dob]]), tel [[07932 418 605|phone]]
Suspect: [[BENKE, Gábor|name]] ([[11/10/1985|dob]]), NI [[JT 48 22 61 C|ni]], vehicle [[YR16 WMO|vehicle]]
Children present: [[Ilona|name]] (13), [[Péter|name]] (9). Neighbour Mr [[Colin Staines|name]] at [[no. 20|address]] rang 999.
[[Rozália|name]] had red marks to her neck; said [[Gábor|name]] held her against the fridge. Through [[Ilona|name]] at first,
then Language Line (Hungarian). She said "he drinks pálinka since the work at the camp finished". PC [[Whitmore|name]] and
PC [[Dhillon|name]]. Suspect arrested, taken to custody at [[Melton|place]]. Risk: HIGH. MARAC referral. Her sister
[[Erzsébet Antal|name]] lives in [[Bacău|place]], Romania ([[+40 744 512 389|phone]]).
Statements: [[Colin Staines|name]] (neighbour, [[20 Mill Lane|address]]) heard screaming "for ten minutes". [[Ilona|name]]
told PC [[Dhillon|name]] "Apu pushed mama" (Apu: dad). [[Gábor Benke|name]] in interview on [[15/10/2026|date]] said
[[Rozália|name]] "fell". Bail to
[[12 Burley Road|address]], [[Langham|place]] with [[Zsolt Laczkó|name]]; not to enter [[Cottesmore|place]]. OIC DC [[Rebecca
Holyoake|name]].
Children's school ([[Cottesmore Academy|school]]) told by Operation Encompass at 08:40 on [[15 Oct|date]].
Further: sister-in-law [[Ibolya Benke|name]] rang the control room from [[+36 30 512 4678|phone]] (Hungary) on
[[16/10|date]] asking where [[Gábor|name]] was. Not disclosed.
"""),
    ("mother's note in Csángó Hungarian with translation", """Handwritten note given to the IDVA on [[19.10.2026|date]] (in
Hungarian as spoken in
[[Pusztina|place]]), with the interpreter's translation

Drága [[Kata|name]] asszony, én [[Antal Rozália|name]] vagyok. [[Gábor|name]] megfogta a nyakamot [[október 14|date]]-én.
A leányom [[Ilonka|name]] mindent látott. Nem akarok vissza menni [[Pusztinába|place]], az anyám [[Antal Mária|name]] szegény.
A papunk [[Bálint|name]] atya, [[Oakhamban|place]] a misén lát minket.

Translation: Dear Mrs [[Kata|name]], I am [[Rozália Antal|name]]. [[Gábor|name]] held my neck on [[14 October|date]]. My daughter
[[Ilonka|name]] saw everything. I do not want to go back to [[Pusztina|place]], my mother [[Mária Antal|name]] is poor. Our priest,
Father [[Bálint|name]], sees us at Mass in [[Oakham|place]].
(IDVA: [[Kata Horváth|name]], [[kata.horvath@safehaven-rutland.org.uk|email]])
[[Ilonka|name]] iskolájában [[Whitehead|name]] asszony kedves. [[Peti|name]] minden éjjel sír.
[[Rozália|name]]

Translation: At [[Ilonka|name]]'s school Mrs [[Whitehead|name]] is kind. [[Peti|name]] cries every night. [[Rozália|name]]
Interpreter: [[Judit Kelemen|name]], [[21.10.2026|date]]. (She knows the family from church in [[Oakham|place]] but not from
[[Pusztina|place]] or [[Cleja|place]].)
[[Ilona Benke|name]] NHS [[961 978 9423|nhs]]; [[Péter Benke|name]] at [[Cottesmore Academy|school]] with Mrs [[Whitehead|name]].
"""),
    ("MARAC referral form", """MARAC REFERRAL - Rutland
Victim: [[Rozália Antal|name]]  DOB [[30.05.1988|dob]]  Address: [[22 Mill Lane|address]], [[Cottesmore|place]]
Children: [[Ilona Benke|name]] ([[21.08.2013|dob]], UPN [[W857017392385|upn]], [[Cottesmore Academy|school]]); [[Péter Benke|name]]
([[09.02.2017|dob]], NHS [[096 616 2447|nhs]])
Perpetrator: [[Gábor Benke|name]] (bail to [[12 Burley Road|address]], [[Langham|place]], c/o his friend [[Zsolt Laczkó|name]])
Referrer: [[Kata Horváth|name]] IDVA, [[22/10/26|date]]. Meeting: [[5th November|date]].
History: previous call [[2 August 2026|date]] (verbal only). He works at the farm shop near [[Exton|place]]; calls her from a
Romanian number [[+40 234 512 347|phone]]. Interpreter must NOT be from the [[Cleja|place]] families (related).
Other risks: [[Gábor|name]]'s brother [[Ferenc Benke|name]] (lives in [[Corby|place]]) has come to the house twice;
[[Rozália|name]]'s friend [[Anikó Gál|name]] in [[Oakham|place]] lets her stay. Hungarian-speaking support: [[Szilvia Bartha|name]],
Rutland Polish and Hungarian Community Group (invented), [[07732 905 418|phone]]. School DSL: Mrs [[Claire Whitehead|name]].
Health: HV [[Ann Marriott|name]]; GP Dr [[Sengupta|name]]. Previous address: [[str. Principală 41|address]], [[Pusztina|place]],
[[607470|postcode]], Romania.
MARAC actions ([[5/11/26|date]]): police flag on [[Mill Lane|address]]; [[Kata Horváth|name]] to see [[Rozália|name]] weekly;
SW [[Bethan Pask|name]] to visit [[Ilona|name]] and [[Péter|name]]; housing officer [[Neil Grocock|name]] to look at a move to
[[Oakham|place]] or [[Uppingham|place]].
Dates of earlier incidents reported by [[Rozália|name]]: [[1 January 2026|date]] ([[Pusztina|place]], at her mother's),
[[the 3rd of March|date]] ([[Cottesmore|place]]), [[10/08/26|date]] ([[Oakham|place]] car park).
"""),
    ("child's diary page scanned with OCR errors", """[scan, OCR] my diary by [[I1ona|name]] B. age 13
[[2l st octobr|date]] - dad is not alowed home. mum cried in the kitchen and [[Peti|name]] wanted Apa. I
went to [[Maisie|name]]s house on [[Main Street|address]] in [[Cottesm0re|place]] and we watched films.
[[24th oct|date]] - Mrs [[Horvath|name]] came with a lady [[Judit|name]] who speaks like mamas village.
nagyi rang from romania. I miss [[Pusztina|place]] but not rly.
[[2S/10|date]] - went to church in [[0akham|place]] with mama and [[Anikó|name]] neni. Father [[Bálint|name]] gave
[[Peti|name]] a sweet. Dad texted mama from a new number. she didnt answer. [[Maisie Cotton|name]] said I can sleep over
on [[Halloween|date]].
[[3O oct|date]] - Apu was outside school in his van. Mrs [[Whiteh ead|name]] took me in. I told [[Kata|name]].
[[4th nov|date]] - a new lady [[Bethan|name]] came. she has a dog called Bramble. [[Peti|name]] liked her.
"""),
]


# --- C. Mardell family (white British), Uppingham; a boy of 15 missing, criminal exploitation -----------------------------

HOME_C = d.Address("31 Leicester Road", "Uppingham", "Oakham", "LE15 9SD")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Mardell")], dt.date(2011, 6, 3), addresses=[HOME_C], ids=["8823792959", "G857700994755"],
       schools=["Uppingham Community College"]),
    _p("m", "mother", [("Nicola", "Mardell")], dt.date(1983, 2, 17), addresses=[HOME_C], phones=["07506 118 942", "01572 823 516"]),
], "c")

DOCS_C = [
    ("missing person return home interview", """RETURN HOME INTERVIEW
Young person: [[MARDELL, Kieran|name]]  DOB [[03/06/2011|dob]]  Home: [[31 Leicester Road|address]], [[Uppingham|place]]
[[LE15 9SD|postcode]]
Missing from Sat [[7 Nov|date]] 18:00 to Mon [[9 Nov|date]] 07:30; found by BTP at [[Corby|place]] station.
Interview [[11/11/2026|date]] by [[Josh Pateman|name]] (Rutland missing service).
[[Kieran|name]] said he went with "[[Trigga|name]]" (older lad, [[Leicester|place]]) and a girl [[Summer|name]] to a flat in
[[Kettering|place]]. He was given a phone and £50. He did not want his mum [[Nicola|name]] told about the phone.
Friends: [[Alfie Gamble|name]], [[Reece|name]]. Trusted adult: Mr [[Loake|name]] (youth worker, [[Oakham|place]]).
Mum's numbers: [[07506 118 942|phone]], home [[01572 823 516|phone]].
[[Kieran|name]]'s account: he met [[Trigga|name]] at the skate park in [[Oakham|place]] in September through
[[Reece Hubbard|name]]. In [[Kettering|place]] there was a man called "[[Bigs|name]]" and a woman [[Shanice|name]]. He slept on a
sofa. On [[8 Nov|date]] they drove to [[Corby|place]] in a grey car ([[KN21 HVP|vehicle]]). He was scared when [[Bigs|name]] took
his own phone. He wants to see his dad [[Stuart Mardell|name]] in [[Grantham|place]] more.
Worker's view: clear signs of criminal exploitation; shared with DS [[Pickering|name]] and SW [[Marcus Belgrave|name]] on
[[12/11/26|date]]. [[Kieran|name]] signed: "[[K Mardell|name]]".
NHS [[882 379 2959|nhs]]; UPN [[G857700994755|upn]]; school [[Uppingham Community College|school]] (Mrs [[Toone|name]]).
"""),
    ("Snapchat messages captured by mother", """screenshots sent by mum [[12/11|date]], typed up
[[trigga|name]]: u good k? link [[uppingham|place]] bus stop 6
[[kieran|name]]: cant mums watching
[[trigga|name]]: [[summer|name]] comin 2 [[oakham|place]] 2moz u meet her at the station
[[kieran|name]]: ok wat time
[[trigga|name]]: 4. dnt tell [[alfie|name]]
(unknown [[07404 771 365|phone]] texted "kmardell owes 200")
[[summer|name]]: [[kieran|name]] u there
[[kieran|name]]: ye at [[barleythorpe|place]] by the shop
[[summer|name]]: [[bigs|name]] sed u gotta go [[kettering|place]] wiv me sat. [[reece|name]] comin 2
[[kieran|name]]: my mum [[nicky|name]] took my key
[[summer|name]]: lol. [[trigga|name]] will pick u up [[uppingham|place]] chippy 7
(mum's note: "[[summer|name]] is [[Summer Fox|name]] from [[Melton|place]], her mum is [[Lisa|name]]")
[[kieran|name]]: [[alfie|name]] ur mum [[donna|name]] rang mine lol
[[alfie|name]]: soz bro. [[reece|name]] sed [[trigga|name]] got nicked in [[corby|place]]
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - minutes - [[19 November 2026|date]]
Present: [[Ruth Ingall|name]] (chair), DS [[Pickering|name]], [[Josh Pateman|name]], [[Sandra Toone|name]] ([[Uppingham Community
College|school]]), SW [[Marcus\nBelgrave|name]].
1. [[Kieran Mardell|name]] (15). Missing twice since [[1st November|date]]. Linked to a line run from [[Leicester|place]]
into [[Oakham|place]], [[Uppingham|place]] and [[Corby|place]]. Nickname "[[Trigga|name]]" believed [[Tyrese Okafor|name]] (19),
car [[KN21 HVP|vehicle]] seen at the [[Uppingham|place]] market place on [[14/11|date]].
2. [[Summer Fox|name]] (16, [[Melton Mowbray|place]]) - referral to Leicestershire.
Action: mum [[Nicola Mardell|name]] to be offered a parent group; NRM referral by [[M. Belgrave|name]] by [[26/11/26|date]].
3. Places of concern: the skate park on [[Cricket Lawns|address]], [[Oakham|place]]; the [[Uppingham|place]] chip shop;
[[Oakham|place]] station; the bus shelter at [[Barleythorpe|place]]. [[Sandra Toone|name]] said [[Alfie Gamble|name]] and
[[Reece Hubbard|name]] both skip PE to meet "[[Trigga|name]]". Youth worker [[Aaron Loake|name]] to run sessions at the skate
park. PCSO [[Vicky Stafford|name]] to patrol Fridays. [[Kieran|name]]'s dad [[Stuart Mardell|name]] ([[Grantham|place]]) to be
invited to the next meeting on [[17 December|date]]. Minutes: [[R. Ingall|name]].
4. [[Alfie Gamble|name]] (15) and [[Reece Hubbard|name]] (14): school and youth work to lead; mums [[Donna Gamble|name]] and
[[Maxine Hubbard|name]] to be told by [[Sandra Toone|name]] by [[24/11/26|date]].
Previous panels: [[15 October 2026|date]], [[22/10/2026|date]]. Next: [[17/12/2026|date]] at [[Oakham|place]].
"""),
    ("mother's email to the school", """From: [[nicky.mardell83@gmail.com|email]]
To: [[s.toone@ucc-rutland.sch.uk|email]]
Date: [[20 Nov 2026|date]]
Hi Mrs [[Toone|name]], [[Kieran|name]] came home at 2am again, with new trainers. His nan ([[Pat Mardell|name]], in [[Lyddington|place]])
says he turned up at hers on the [[17th|date]] asking for money. Please can he not go out at lunch with [[Alfie|name]]? I
will come in on Monday [[23rd|date]]. [[Nicola|name]]
PS his dad [[Stuart|name]] says he can have him at Christmas in [[Grantham|place]] from the [[19th|date]]. My mobile is
[[07506 118 942|phone]]. [[Kieran|name]]'s friend [[Alfie|name]]'s mum [[Donna Gamble|name]] is worried too, she lives by the
[[Uppingham|place]] market place. Sent from my iPhone
Reply [[20 Nov 2026|date]] 16:02 from [[Sandra Toone|name]]: Thanks [[Nicola|name]], yes, [[Kieran|name]] will stay in at lunch with
Mr [[Loake|name]]'s group. I have told [[Marcus Belgrave|name]]. See you on the [[23rd|date]].
"""),
]


# --- D. Pryor family (white British), Ketton; a disabled girl of 7 (Rett syndrome), parental mental health --------------

HOME_D = d.Address("5 Chapel Lane", "Ketton", "Stamford", "PE9 3RD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Evie", "Pryor")], dt.date(2019, 9, 12), addresses=[HOME_D], ids=["5779891656", "Q857527720121"],
       schools=["Ketton Primary"]),
    _p("m", "mother", [("Hannah", "Pryor")], dt.date(1990, 4, 4), addresses=[HOME_D], phones=["07961 540 283"]),
    _p("f", "father", [("Liam", "Pryor")], dt.date(1989, 1, 27), addresses=[HOME_D], phones=["07447 219 836"]),
], "c")

DOCS_D = [
    ("short breaks application form", """SHORT BREAKS APPLICATION (Disabled Children's Team)
Child: [[Evie Pryor|name]]  DOB [[12/09/2019|dob]]  NHS: [[577 989 1656|nhs]]  UPN: [[Q857527720121|upn]]
Address: [[5 Chapel Lane|address]], [[Ketton|place]], [[PE9 3RD|postcode]]
School: [[Ketton Primary|school]] (1:1 TA Mrs [[Jo Ringrose|name]])
Parents: [[Hannah Pryor|name]] [[07961 540 283|phone]] / [[Liam Pryor|name]] [[07447 219 836|phone]]
Diagnosis: Rett syndrome (Leicester Royal Infirmary, Dr [[Anand|name]]). Seizures weekly. Tube fed at night.
Family support: Grandma [[Sue Pryor|name]] in [[Stamford|place]] (helps Tuesdays); Auntie [[Gemma Lount|name]] in [[Empingham|place]].
Mum's own words: "I haven't slept more than 3 hours since [[Easter Sunday|date]]. [[Liam|name]] works away in [[Peterborough|place]]."
Completed with [[Becky Swann|name]], family support worker, on [[2 November 2026|date]].
Who else helps: neighbour [[Margaret Tebbutt|name]] ([[no. 7|address]]) sits with [[Evie|name]] for an hour; [[Hannah|name]]'s
friend [[Zoe Clipsham|name]] from [[Edith Weston|place]]; church at [[Ketton|place]] (Rev [[Andrew Pell|name]]). Community
nurse [[Shona Macrae|name]]; physio [[Tom Ridlington|name]]; paediatrician Dr [[Vikram Anand|name]]. Equipment: a hoist
(ordered [[20/10/2026|date]]), a wheelchair from the [[Leicester|place]] service. Siblings: none. Pets: a cat.
[[Evie|name]] likes: music, Makaton songs, swinging, her cousin [[Alfie Lount|name]] (4).
Signed: [[H Pryor|name]]   [[2.11.26|date]]
Dad's work: [[Liam|name]] drives for a firm in [[Peterborough|place]]; van reg [[AY70 TDJ|vehicle]] (for the blue badge form).
"""),
    ("GP letter about mother's low mood", """Welland Vale Surgery (invented)
[[6th November 2026|date]]
Dear colleague,
Re: Mrs [[Hannah Pryor|name]], DOB [[04/04/1990|dob]], [[5 Chapel Lane|address]], [[Ketton|place]]
I saw [[Hannah|name]] on [[4/11|date]]. Low mood, PHQ-9 of 21, passive thoughts, no plan. Protective: daughter [[Evie|name]],
husband [[Liam|name]]. Started sertraline; referred to the crisis team. Please support the short breaks request.
Dr [[Rachel Tennant|name]], GP
She told me [[Liam|name]] works Monday to Thursday in [[Peterborough|place]] and her mother-in-law [[Sue|name]] comes from
[[Stamford|place]] on Tuesdays; her own mother [[Carol Lount|name]] lives in Spain and her sister [[Gemma|name]] in
[[Empingham|place]] has three children. She has no thoughts of harming [[Evie|name]]. I have asked the practice nurse
[[Kath Ormsby|name]] to see her weekly. Review with me on [[18/11/2026|date]]. cc [[Becky Swann|name]], [[Owen Hadley|name]] (SW).
[[Evie Pryor|name]] (NHS [[577 989 1656|nhs]]) is also registered here; her named GP is Dr [[Nwosu|name]].
"""),
    ("father's voice note transcribed", """Voice note from [[Liam Pryor|name]] to SW [[Owen Hadley|name]], [[10/11/26|date]]
23:48, transcribed
"hiya [[Owen|name]] it's [[Liam|name]], sorry it's late, I'm at the Travelodge in [[Peterborough|place]]. [[Han|name]] rang me
crying, [[Evie|name]] had two fits tonight and she couldn't get the chair in the car. My mum's coming over from [[Stamford|place]]
first thing. Can someone ring her, [[Sue|name]], on [[01572 812 604|phone]]? I'm back Friday the [[13th|date]]. Cheers mate."
second voice note [[11/11/26|date]] 07:02: "morning [[Owen|name]], [[Liam|name]] again. Mum got there at six.
[[Evie|name]]'s okay, sleeping. [[Han|name]]'s gone to see Dr [[Tennant|name]] with her sister [[Gemma|name]]. The OT lady,
[[Carys|name]], said about a ramp at the back. Our neighbour [[Margaret|name]] says the council did one at [[number 3|address]]. My
work's [[07984 221 360|phone]] if you can't get me on the mobile. Ta."
(transcribed by [[Jas Bains|name]], business support, [[11/11/26|date]]; passed to [[Owen|name]] and [[Becky Swann|name]])
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL [[18.11.2026|date]]
Chair: [[Louise Bramley|name]]. Present: [[Owen Hadley|name]] (SW), [[Becky Swann|name]], OT [[Carys Meek|name]].
[[Evie Pryor|name]] (7), [[Ketton|place]]. Agreed: overnight respite at [[Oakham|place]] (2 nights a month) from [[1 Jan 2027|date]];
a direct payment for a PA; home adaptations to [[Chapel Lane|address]]. Mum [[Hannah|name]] to be offered a carer's assessment.
Dad [[L. Pryor|name]] asked for a carer who knows Makaton: [[Carys|name]] suggested [[Dani Whyte|name]] from [[Cottesmore|place]].
Discussion: [[Owen|name]] said [[Hannah|name]] is "running on empty"; GP Dr [[Rachel Tennant|name]] supports the
request. [[Becky|name]] said Grandma [[Sue Pryor|name]] ([[Stamford|place]]) can do Tuesdays only. [[Carys Meek|name]] will visit
[[5 Chapel Lane|address]] on [[24 November|date]] with [[Liam|name]]. School: [[Ketton Primary|school]] (Mrs [[Ringrose|name]])
reports [[Evie|name]] had 4 seizures at school in October - to check. Next panel [[16/12/2026|date]].
Minutes taken by [[Jas Bains|name]].
Action log: [[Owen Hadley|name]] - carer's assessment for [[Hannah Pryor|name]] by [[4/12/26|date]]; [[Dani Whyte|name]] - intro
visit with [[Evie|name]] at [[Ketton|place]]; [[Louise Bramley|name]] - sign off.
Respite unit visit booked [[9 December|date]]; taxi from [[Ketton|place]] via [[Empingham|place]] and [[Whitwell|place]].
"""),
]


# --- E. Tandy family (white British), Whissendine; a young carer of 12, mother with bipolar disorder --------------------

HOME_E = d.Address("17 Stapleford Road", "Whissendine", "Oakham", "LE15 7HF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Freya", "Tandy")], dt.date(2014, 1, 30), addresses=[HOME_E], ids=["6501763029", "K857881157976"],
       schools=["Whissendine Primary", "Catmose College"]),
    _p("m", "mother", [("Michelle", "Tandy")], dt.date(1981, 11, 8), addresses=[HOME_E], phones=["07812 330 579"]),
], "c")

DOCS_E = [
    ("young carers' assessment", """YOUNG CARERS' ASSESSMENT
Young carer: [[Freya Tandy|name]]  DOB [[30/01/2014|dob]]  School: [[Catmose College|school]], Year 8
Address: [[17 Stapleford Road|address]], [[Whissendine|place]] [[LE15 7HF|postcode]]
Cared for: mum [[Michelle Tandy|name]] (bipolar disorder; [[07812 330 579|phone]]).
Dad [[Craig Tandy|name]] lives in [[Melton Mowbray|place]] with new partner [[Jade|name]]; sees [[Freya|name]] alternate Saturdays.
What [[Freya|name]] does: meds, cooking, walks the dog, keeps mum's money. When mum is high she spends, when low she stays in bed.
[[Freya|name]] said: "[[Poppy|name]] from my old school at [[Whissendine|place]] knows, nobody at [[Catmose|school]] does."
Assessed by [[Sian Doughty|name]] on [[9th November 2026|date]]. Review [[9 February 2027|date]].
Others in [[Freya|name]]'s life: nan [[Valerie Gilbert|name]] ([[Langham|place]]), mum's friend [[Karen Brewster|name]]
next door at [[no. 19|address]], form tutor Mr [[Oyelaran|name]], young carers' worker [[Sian|name]]. Mum's care co-ordinator
is [[Jonathan Ayres|name]] (community mental health team, [[Oakham|place]]). [[Freya|name]]'s wish: "a day off and for mum to
be ok". Support: young carers' group in [[Oakham|place]] on Thursdays; a Young Carer card for [[Catmose|school]]; a lift from
[[Karen|name]] on group nights. [[Michelle|name]] agreed. Signed [[S. Doughty|name]] / [[Freya Tandy|name]] / [[M Tandy|name]].
NHS [[650 176 3029|nhs]]; UPN [[K857881157976|upn]]; previous school [[Whissendine Primary|school]] (head Mrs [[Ann Royce|name]]).
Dates: referred [[28 October 2026|date]] by [[Catmose|school]]; home visit [[4/11/26|date]] at [[17 Stapleford Road|address]];
group started [[12th Nov|date]].
"""),
    ("child's own letter", """Dear [[Sian|name]],
thank you for the young carers trip to Rutland Water on the [[14th|date]]. I liked the ducks and [[Amelia|name]] and
[[Keisha|name]] were nice. mum was ok that day, my nan [[Val|name]] came from [[Langham|place]] to sit with her.
please dont tell dad about mums money. love from [[Freya|name]] [[T|name]]
p.s. my birthday is [[30th jan|date]]
p.p.s. can [[Poppy|name]] come next time? she lives in [[whissendine|place]] too on [[ashwell rd|address]]. and
[[Keisha|name]]s mum said she can drive us to [[oakham|place]] if [[karen|name]] cant.
[[Freya|name]] xx
"""),
    ("mental health crisis team phone notes", """CRISIS TEAM - telephone contact
[[21/11/2026|date]] 22:05  Call from [[Freya|name]] (12) on mum's phone [[07812 330 579|phone]]: "mum's not making sense, she's
painting the kitchen at night". Spoke to [[Michelle Tandy|name]]: pressured speech. Care co-ordinator [[Jonathan Ayres|name]].
22:30  Rang nan [[Valerie Gilbert|name]] ([[07590 447 126|phone]]), [[Langham|place]]: will go over now.
[[22/11/2026|date]] 09:15  Home treatment visit by [[Mo Rashid|name]] and [[Elaine\nCurtis|name]]. [[Freya|name]] to go to
nan's at [[3 Church Street|address]], [[Langham|place]] for a few days. EDT SW [[Nadia Fenwick|name]] informed.
[[23/11/2026|date]] 14:00  [[Jonathan Ayres|name]] visited with Dr [[Okoro|name]]; [[Michelle|name]] agreed to the
home treatment team. Her ex-partner [[Craig Tandy|name]] ([[07523 860 214|phone]], [[Melton Mowbray|place]]) rang: he is
worried, offered to have [[Freya|name]] but [[Freya|name]] wants to stay with nan [[Val|name]]. Young carers' worker
[[Sian Doughty|name]] told. [[24/11/2026|date]] 16:30  Mum calmer. [[Karen Brewster|name]] (neighbour) has the spare key.
[[25/11/2026|date]] 10:00  [[Jonathan|name]] rang [[Freya|name]]'s school; spoke to [[Tom Ellingworth|name]];
[[Rob Hickling|name]] to be told.
"""),
    ("school attendance officer's email", """From: [[r.hickling@catmose.org|email]]
Sent: [[27 November 2026|date]] 15:12
To: [[Sian Doughty|name]]
Subject: [[Freya T|name]] 8W
Hi [[Sian|name]] - [[Freya|name]] has been late 6 times since half term and absent on [[23/11|date]] and [[24/11|date]].
She told her tutor Mr [[Oyelaran|name]] she was at her nan's in [[Langham|place]] and the bus from there is late. Can we meet
with mum? I've asked [[Tom Ellingworth|name]] (pastoral) to join. [[Rob Hickling|name]], attendance officer

Reply from [[Sian|name]], [[27/11/26|date]] 16:40: Hi [[Rob|name]], yes - [[Freya|name]]'s mum is unwell and she has been at nan's
([[Valerie Gilbert|name]], [[3 Church Street|address]], [[Langham|place]]). Please don't fine. Can we meet on [[2 December|date]]
with [[Michelle|name]] and [[Jonathan Ayres|name]]? [[Freya|name]] would like Mr [[Oyelaran|name]] there, and her friend
[[Keisha Adu|name]] to sit with her in the meeting if allowed. [[Sian|name]]

From [[Rob Hickling|name]], [[28/11/26|date]]: [[2 December|date]] works; I'll book the room at [[Catmose|school]]. [[Tom|name]]
and Mr [[Oyelaran|name]] will come.
"""),
]


# --- F. Reilly / Kowal family (white British and Irish), Langham; parental drug and alcohol misuse, a baby ---------------

HOME_F = d.Address("Flat 2, 40 Church Street", "Langham", "Oakham", "LE15 7JE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Reilly")], dt.date(2026, 4, 18), addresses=[HOME_F], ids=["6023097367"]),
    _p("s", "sibling", [("Jack", "Reilly")], dt.date(2016, 7, 25), addresses=[HOME_F], ids=["A857353047528"],
       schools=["Langham Primary"]),
    _p("m", "mother", [("Shannon", "Reilly")], dt.date(1996, 3, 3), addresses=[HOME_F], phones=["07389 662 104"]),
], "c")

DOCS_F = []

DOCS_F += [
    ("pre-birth and newborn chronology", """CHRONOLOGY - [[REILLY, Ruby|name]] (DOB [[18/04/2026|dob]], NHS [[602 309 7367|nhs]])
and [[Jack Reilly|name]]
Home: [[Flat 2, 40 Church Street|address]], [[Langham|place]], [[LE15 7JE|postcode]]. Mum: [[Shannon Reilly|name]] [[07389 662 104|phone]]
[[02/02/2026|date]] Midwife [[Lorna Quigley|name]]: [[Shannon|name]] positive for cocaine at booking.
[[18/04/2026|date]] [[Ruby|name]] born at [[Leicester|place]], 2.3kg, watched for withdrawal. Father not named; [[Shannon|name]]'s
partner [[Darren Kowal|name]] (DOB [[13/09/1991|dob]]) visited.
[[5 June|date]] Police at the flat: [[Darren|name]] and [[Shannon|name]] fighting, [[Jack|name]] (9) hid in the bathroom.
then [[12 July|date]]: [[Jack|name]] told his teacher Miss [[Dunmore|name]] at [[Langham Primary|school]] he
made [[Ruby|name]]'s bottle.
[[3/9/26|date]] Child protection plan (neglect). SW [[Ciara Mulhern|name]].
[[28th October|date]] Hair strand test; [[Shannon|name]]'s mum [[Bernadette Reilly|name]] in [[Dublin|place]] offered to come over
([[+353 87 214 6690|phone]]).
[[4/11/26|date]] Core group: [[Shannon|name]], [[Ciara|name]], [[Lorna Quigley|name]], HV [[Deborah Ashby|name]], Miss
[[Dunmore|name]]. [[Darren|name]] did not come. [[Jack|name]]'s dad [[Kevin Skelton|name]] ([[Corby|place]]) rang in.
[[12/11/26|date]] [[Darren Kowal|name]] stopped in his van ([[PX67 LRO|vehicle]]) in [[Oakham|place]]; cannabis found.
[[20/11/26|date]] [[Jack|name]] stayed with his friend [[Oscar Pell|name]] in [[Braunston|place]] after [[Shannon|name]] did not
collect him; [[Oscar|name]]'s mum [[Naomi Pell|name]] rang the school.
[[25/11/26|date]] Review: [[Jack Reilly|name]] (DOB [[25/07/2016|dob]], UPN [[A857353047528|upn]]) attending well; DSL Mr [[Hallam|name]].
[[27/11/26|date]] Strategy meeting re [[Darren|name]]; [[Shannon|name]]'s friend [[Leanne Woolley|name]] at
[[Flat 4, 40 Church Street|address]] gave a statement. Next review [[15/01/2027|date]].
"""),
    ("hair strand test results letter", """Toxicology results (invented lab) - [[16 November 2026|date]]
Donor: [[Shannon Reilly|name]], DOB [[03.03.1996|dob]]. Collected [[28/10/2026|date]] at [[Oakham|place]] by [[P. Guthrie|name]].
Cocaine: consistent with regular use over 3 months. Alcohol (EtG): excessive use.
Copy to: [[Ciara Mulhern|name]], Rutland Children's Services; [[Shannon|name]]'s solicitor [[Anna Mistry|name]].
Chain of custody: sample sealed by [[P. Guthrie|name]], witnessed by [[Ciara Mulhern|name]]. Results sent to
[[ciara.mulhern@rutland.gov.uk|email]] on [[16/11/2026|date]]. [[Darren Kowal|name]] (DOB [[13.09.1991|dob]]) declined a test.
Second sample for [[Shannon|name]] booked [[8 January 2027|date]] at [[Oakham|place]].
Lab ref (invented) SR/26/4471. Queries to [[Paula Guthrie|name]] on [[01572 722 419|phone]].
Earlier tests: [[02/02/2026|date]] (urine, [[Leicester|place]]), [[14 July 2026|date]] (urine, [[Oakham|place]]).
"""),
    ("boy's school worksheet 'my family'", """my family by [[Jack Reilly|name]] 4R
my mum is [[shannon|name]] she is funny. my baby sister is [[ruby|name]] she is 7 munths. [[darren|name]] is not my dad
my dad is [[kev|name]] and he lives in [[corby|place]]. my nanny [[bernie|name]] lives in ireland and she has a dog
called biscuit. my best frend is [[oscar|name]] from [[braunston|place]]. i like [[langham|place]] park and fifa.
mrs [[dunmore|name]] sed i can draw them. (drawing: mum, [[ruby|name]], me, [[oscar|name]] and nanny [[bernie|name]]
with biscuit. [[darren|name]] is not in it.) teacher note: [[Jack|name]] did this on [[25/11|date]] - passed to DSL Mr
[[Hallam|name]].
([[Jack|name]] also wrote on the back: "[[kev|name]] has a big tv. [[oscar|name]] has a trampoline in [[braunston|place]].")
"""),
    ("social worker's text messages with the mother", """texts [[Ciara|name]] (work mob) / [[Shannon|name]]
[[30/11|date]] 09:12 C: hi [[shannon|name]] its [[ciara|name]], can i come at 2 today with [[lorna|name]]?
[[30/11|date]] 09:40 S: ye ok. [[daz|name]] not here he's at his brothers in [[stamford|place]]
[[30/11|date]] 14:45 C: thanks for today. [[Jack|name]] did well. reminder meeting at [[Oakham|place]] on wed [[9th|date]] 10am
[[01/12|date]] 07:03 S: [[ruby|name]] bin sick all nite taking her to dr [[Ahmed|name]]
[[01/12|date]] 11:30 C: ok let me know. my number for out of hours is the EDT [[01572 756 203|phone]]
[[01/12|date]] 15:10 S: dr [[ahmed|name]] sed its a bug. my mum [[bernie|name]] is coming from [[dublin|place]] on the [[12th|date]]
[[01/12|date]] 15:22 C: that's good news [[Shannon|name]]. Can [[Bernadette|name]] ring me? [[07908 134 752|phone]] is my work mobile
[[01/12|date]] 15:25 S: ok. [[jack|name]] wants [[oscar|name]] for tea sat is that ok with [[darren|name]] not here
[[01/12|date]] 15:30 C: yes fine. Say hi to [[Jack|name]] and [[Oscar|name]]. [[Naomi|name]] can ring me too.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 196 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:38 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "father", "atya", "asszony", "apa", "anya", "mama", "nagyi", "mamó", "apu"}
_AFTER = {"senior", "junior", "atya", "asszony", "neni"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "rutland", "leicestershire",
               "lincolnshire", "spain", "northamptonshire", "romania", "moldavia", "hungary", "ireland", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Father Bálint", "Bálint atya", "Kata asszony", "Nan Val")
# and counties and countries ("Rutland", "Romania", "Moldavia", "ireland").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
