"""Set 249: a held-out hand-written set for the redaction detector, six invented families in Tideswell, Bradwell and Castleton
(the Hope valley and the White Peak, Derbyshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set246.py to bench/redaction_set248.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set213.py (its docstring, first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party
in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set245.py were
searched by script for the towns and the communities considered, printing only the numbers of the sets that hit and, for
"Bradwell" (set 96: Bradwell near Great Yarmouth) and "Castleton" (set 141: Castleton, Rochdale), one line around the word;
no set names Tideswell, and none names the Kichwa, Otavalo, Peguche or Ilumán. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs (LA 830, Derbyshire) made with python-stdnum in small snippets. Nobody may tune
the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families: a young white British mother in Tideswell with a boy of 7 and a baby (Marsden / Whitworth; neglect, a
boyfriend dealing cannabis, a grandad in Peak Forest); a Kichwa family from Otavalo, Ecuador, in Castleton (Cachiguango /
Yamberla; domestic abuse by a father who lives in Manchester, a mother's WhatsApp voice message in Kichwa translated, a
grandmother in Peguche); a young carer of 13 in Bradwell (Fletcher; a mother with MS); a white British boy of 15 in Bradwell
exploited by a county line from Sheffield (Brennan / Hollis; missing, a father's complaint); a British Pakistani family in
Tideswell with a disabled girl of 7 (Hussain / Akhtar; short breaks); and a boy of 10 in Castleton whose mother's partner
drinks (Rowbotham / Gibbons; the boy living with his nanna in Litton). The community named here, Kichwa (Otavalo, Ecuador;
Kichwa and Spanish speakers, kin words "ñaña", "turi", "taita", "hatun mama", Ecuadorian phones +593), did not appear in
any earlier docstring searched. 24 documents, each with its own style label: a primary school safeguarding log, a grandad's
texts typed up, initial child protection conference minutes, a mother's WhatsApp messages typed up, a police domestic abuse
log, a mother's WhatsApp voice message in Kichwa translated, a MARAC referral, a class teacher's email to the DSL, a young
carer's own writing, a GP's letter to the school nurse, a young carers assessment, a mother's and daughter's texts typed up,
a return home interview, a Snapchat extract typed up by police, strategy discussion minutes, a father's complaint email, a
health visitor's home visit note, a paediatrician's letter scanned with OCR (with its misreadings: l for 1, O for 0, 0 for
O, 1 for l, 5 for S), a short breaks application, family support notes, a duty social worker's phone notes, a boy's own
words with the school nurse, a police incident log and a nanna's letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Ecuador +593); NHS numbers and UPNs pass their check digits. The hospital,
the practice, the charities and the council's services are real-sounding organisations left unmarked; towns, villages and
districts (here and in Ecuador) are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES THE BRIEF SETS FOR EVERY NEW SET: a pet's name
is NOT marked ("Bramble", "Smudge"); a month with its year ("September 2026"), a season or feast with its year ("summer
2025", "Christmas 2025") and a year alone are NOT marked as dates; a named day of the year without a date ("Bonfire Night")
is not marked; a day with its month, with a year or not ("5 November", "the 21st", "08/01/2019"), and dates of birth are
marked as before. As in set 213: titles and kinship words stay outside a name (Mr, Mrs, Dr, PC, DC, nan, nanna, grandad,
auntie, mama, taita, papá, tía, tío, ñaña, turi, hatun mama, dadi, nani, chacha, chachi); "SURNAME, First" is one span;
usernames ("tanks_s2") are not marked, chat speaker labels are; organisations holding a town's name stay unmarked
("Sheffield Children's Hospital", "Hope Medical Practice", "Buxton Town Hall"); counties, countries and regions
("Derbyshire", "Ecuador") are not places; an OCR misreading keeps its kind.

Choices this set had to make: "Hope Valley College" is a school (the valley is not a place, the village of Hope is);
"Smalldale" (a lane and hamlet in Bradwell), "Cross Street" and a house name ("Rose Cottage") are addresses; Gleadless and
Longsight (districts of Sheffield and Manchester) are places; "Chapel" for Chapel-en-le-Frith is a place; a nickname
("Tanks", "Daz", "Jord", "rubes", "Jodes") is a name; the co op or chippy named by its village marks the village; "the 2nd
saturday" (an ordinal of a week) is not a date; "Tideswell library" marks the town; the OCR split "Tides well" is one place span.

Self-check without the detector: `python -m bench.redaction_set249` (and tests/test_redaction_set249.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 866 gold spans, 530 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Marsden / Whitworth family (white British), Tideswell ---------------------------------------------------------------

HOME_A = d.Address("14 Sherwood Road", "", "Tideswell", "SK17 8HN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Marsden")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["4994997829", "J830267641539"],
       schools=["Bishop Pursglove CE Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Whitworth")], dt.date(2025, 9, 23), addresses=[HOME_A], ids=["2732755850"]),
    _p("m", "mother", [("Shannon", "Whitworth")], dt.date(2002, 1, 30), addresses=[HOME_A], phones=["07718 352 604"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """[[BISHOP PURSGLOVE CE PRIMARY|school]] - SAFEGUARDING LOG (CPOMS EXPORT)
Pupil: [[MARSDEN, Kayden|name]]   DOB [[11/06/2019|dob]]   UPN [[J830267641539|upn]]   NHS [[499 499 7829|nhs]]
Mum: [[Shannon Whitworth|name]] ([[07718 352 604|phone]]), [[14 Sherwood Road|address]], [[Tideswell|place]] [[SK17 8HN|postcode]]

[[08/09/2026|date]]  [[Kayden|name]] in at 9.35, no coat, shoes with holes. Class teacher Miss [[Ashby|name]] found spare pumps.
[[15/09/2026|date]]  [[Kayden|name]] asleep in phonics. Said "[[Ruby|name]] screams and mummy's friend [[Jordan|name]] stays".
[[22.9.26|date]]  HV [[Lucy Barraclough|name]] rang: baby [[Ruby-Mae|name]] missed her 12 month review, no answer at home.
[[29 Sept|date]]  Mum's friend [[Kirsty Hallam|name]] from [[Litton|place]] collected; said mum "poorly". Not on the list.
[[6th October 2026|date]]  Referral to Derbyshire Starting Point by DSL [[Helen\nGrundy|name]]. SW [[Aisha Mahmood|name]] allocated
[[9/10|date]].
[[20/10/2026|date]]  [[Jordan|name]] ([[Jordan Platts|name]]) at the gate smelling of cannabis, car [[YK18 HWD|vehicle]].
[[3/11/26|date]]  [[Kayden|name]] told TA Mrs [[Bagshaw|name]] he went to "grandad [[Keith|name]]'s in [[Peak Forest|place]]".
Checked: grandad [[Keith Whitworth|name]], [[2 Church Lane|address]], [[Peak Forest|place]], [[SK17 8EG|postcode]].
[[17/11/2026|date]]  [[Kayden|name]] and [[Archie Booth|name]] fought over a ball. Mr [[Thorpe|name]] spoke to both boys.
[[24/11/2026|date]]  Home visit by [[Helen Grundy|name]] and [[Aisha|name]]: neighbour Mrs [[Jean Lomas|name]] at [[no. 16|address]]
said the baby cries for hours and "[[Jordan|name]]'s van is there most nights".
[[1/12/2026|date]]  [[Kayden|name]] off. Mum rang from [[07718 352 604|phone]]: "at my nan's in [[Buxton|place]]".
[[2/12/26|date]]  [[Kayden|name]] back. Said he slept at "auntie [[Tash|name]]'s in [[Great Hucklow|place]]". Mum: [[Tash|name]] =
[[Natasha Whitworth|name]], her sister, [[4 Bank Lane|address]], [[Great Hucklow|place]].
[[3/12/2026|date]]  [[Jordan|name]]'s mum Mrs [[Carol Platts|name]] at the gate asking for [[Kayden|name]]; not on the list, sent away.
[[4.12.26|date]]  [[Kayden|name]] took [[Archie|name]]'s snack; told Miss [[Ashby|name]] he was "starvin". [[Archie|name]]'s dad
[[Nathan Booth|name]] rang in to complain.
[[7/12/2026|date]]  [[Kayden|name]]'s nan Mrs [[Irene Whitworth|name]] ([[Buxton|place]]) rang to ask about the conference. Told to speak
to [[Aisha Mahmood|name]]. [[Kayden|name]] said [[Jordan|name]] and "[[Ry|name]]" took him to [[Bakewell|place]] in the van at night.
"""),
    ("grandad's texts typed up by the social worker", """Texts from [[Keith Whitworth|name]] (grandad) to SW [[Aisha Mahmood|name]],
copied [[26/11/26|date]]

Sun [[22 Nov|date]] 18:40  its [[keith|name]] [[kaydens|name]] grandad. been down [[tideswell|place]] to [[shannons|name]], no food in
Sun [[22 Nov|date]] 18:42  [[ruby|name]] in the same babygro as thurs. [[jordan|name]] asleep on the settee again
Sun [[22 Nov|date]] 18:55  took [[kayden|name]] up to mine at [[peak forest|place]] for the night. ill run him to [[pursglove|school]] tmrw
Mon [[23 Nov|date]] 08:20  dropped him off. he had his breakfast at least
Tue [[24 Nov|date]] 10:01  landline is [[01298 871 462|phone]]. my neighbour [[dot|name]] at [[no 4|address]] has a key
Wed [[25 Nov|date]] 13:15  [[kirsty|name]] says [[jordan|name]] is dealing behind the co op in [[tideswell|place]]
Wed [[25 Nov|date]] 13:16  and his brother [[ryan platts|name]] been round. drives a blue corsa dont know the reg
Thu [[26 Nov|date]] 09:30  [[shannon|name]] wont pick up. her mum [[tracey|name]] is in [[chesterfield|place]] and wants nothing to do
Thu [[26 Nov|date]] 09:34  [[dot|name]] says [[ryan|name]] and [[jordan|name]] were at the co op in [[litton|place]] at 2am
Thu [[26 Nov|date]] 09:40  tell [[helen|name]] at school ill pick [[kay|name]] up fri. [[tash|name]] can have him sat
Fri [[27 Nov|date]] 15:10  got him. [[kayden|name]] says [[jordans|name]] mum [[carol|name]] was at the school. whats that about
Fri [[27 Nov|date]] 15:12  my sister [[irene|name]] in [[buxton|place]] can help on weds
"""),
]


# --- B. Cachiguango / Yamberla family (Kichwa, from Otavalo, Ecuador), Castleton --------------------------------------------

HOME_B = d.Address("3 Back Street", "", "Castleton", "S33 8WE")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Inti", "Cachiguango")], dt.date(2015, 4, 19), addresses=[HOME_B], ids=["2367178577", "U830268315791"],
       schools=["Castleton CE Primary School"]),
    _p("m", "mother", [("Sisa", "Yamberla")], dt.date(1989, 10, 2), addresses=[HOME_B], phones=["07946 218 735"]),
    _p("f", "father", [("Amaru", "Cachiguango")], dt.date(1986, 7, 14), phones=["+593 98 724 5163"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """DERBYSHIRE CONSTABULARY - INCIDENT LOG 0412 - [[18/10/2026|date]]
Location: [[3 Back Street|address]], [[Castleton|place]], [[S33 8WE|postcode]]. Caller: [[Sisa Yamberla|name]] ([[07946 218 735|phone]]).
Suspect: [[CACHIGUANGO, Amaru|name]], DOB [[14/07/1986|dob]], no fixed UK address, Ecuadorian mobile [[+593 98 724 5163|phone]].
Child present: [[Inti Cachiguango|name]] (11). PC [[Gareth Wragg|name]] and PC [[Mollie Staniforth|name]] attended 22:14.
[[Sisa|name]] (speaks Kichwa and Spanish; some English) said [[Amaru|name]] came from [[Sheffield|place]] by bus, drunk, pushed her
against the range and took her phone. [[Inti|name]] ran to neighbour Mr [[Derek Eyre|name]] at [[no. 5|address]]. [[Amaru|name]] left
on foot towards [[Hope|place]]; found at [[Hope|place]] station 23:05 and arrested. DASH: high. Interpreter by phone: [[Rocío|name]].
[[Sisa|name]]'s cousin [[Killa Lema|name]] of [[Bradwell|place]] came to sit with her. Referral to MARAC and to Children's Services.
Vehicle: none. [[Amaru|name]] says he works the markets with his brother [[Yupanqui|name]] in [[Manchester|place]].
Previous: [[Amaru|name]] was cautioned in [[Stockport|place]] on [[3 March|date]] for a public order offence. [[Sisa|name]]'s
employer Mrs [[Ann Bramall|name]] of [[Castleton|place]] gave a statement. Officer in the case: DC [[Nadine Kirkland|name]].
Witness: [[Derek Eyre|name]], [[5 Back Street|address]], [[Castleton|place]], tel [[01433 620 418|phone]]. He heard [[Amaru|name]]
shout "[[Sisa|name]]!" and saw [[Inti|name]] barefoot.
"""),
    ("mother's WhatsApp message in Kichwa, translated", """WhatsApp voice message from [[Sisa Yamberla|name]] to her sister [[Nina|name]] in
[[Otavalo|place]], [[20/10/2026|date]]; translated from Kichwa by [[Rocío Males|name]] (interpreter), shown to SW by [[Sisa|name]]

"Ñaña [[Nina|name]], I am well, do not tell mama. [[Amaru|name]] came again on Sunday to [[Castleton|place]]. He was drunk like in
[[Peguche|place]]. He says he will take [[Inti|name]] back to [[Ilumán|place]] to his taita's house. The police took him. [[Inti|name]] was
brave, he ran to the old man [[Derek|name]] next door. Ask hatun mama [[Rosa|name]] to pray. Call me on this number,
[[07946 218 735|phone]],
not the old one. [[Killa|name]] is here from [[Bradwell|place]]. Give my love to [[Wayra|name]] and [[Sumak|name]]."
Translator's note: "ñaña" = a woman's sister; "taita" = father; "hatun mama" = grandmother. Grandmother [[Rosa Farinango|name]] lives
in [[Peguche|place]] near [[Otavalo|place]]; phone [[+593 6 292 1487|phone]].
Reply from [[Nina|name]] (Spanish, translated): "[[Sisa|name]], mama knows. [[Wayra|name]] will ring [[Killa|name]].
Taita [[José|name]] says [[Amaru|name]]'s brother [[Yupanqui|name]] is in [[Manchester|place]] with him."
Second message from [[Sisa|name]]: "Tell turi [[Wayra|name]] not to give [[Amaru|name]] my address. [[Inti|name]] says hi to
[[Sumak|name]]. The social worker is [[Owen|name]]."
"""),
]


# --- C. Fletcher family (white British; a young carer), Bradwell --------------------------------------------------------------

HOME_C = d.Address("22 Netherside", "", "Bradwell", "S33 9JL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jodie", "Fletcher")], dt.date(2013, 2, 5), addresses=[HOME_C], ids=["9001270077", "F830267072720"],
       schools=["Hope Valley College"]),
    _p("m", "mother", [("Lorraine", "Fletcher")], dt.date(1978, 12, 9), addresses=[HOME_C], phones=["01433 620 857"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """My life at home by [[Jodie|name]] (13) - for Mrs [[Nadin|name]] at young carers, [[4/11/2026|date]]

my mum has MS and bad days. i do her tablets and the washing and i help her up the stairs. my brother [[connor|name]] lives in
[[sheffield|place]] with his girlfriend [[abbie|name]] and only comes sundays. i get the bus from [[bradwell|place]] to school and
sometimes i am late because mum fell. my best friend is [[Tilly Furness|name]] she lives on [[Smalldale|address]] and her mum
[[Gail|name]] gives me tea. i want to go on the trip to [[Edale|place]] with the group on the [[21st|date]]. i worry about mum when im
at school. nan [[Pat Fletcher|name]] in [[Hathersage|place]] cant drive no more. i like drawing and our dog Bramble.
when i grow up i want to be a nurse like [[Joanne|name]] who comes to see mum. my teacher mr [[cresswell|name]] is kind. my
cousin [[Megan Fletcher|name]] lives in [[Bamford|place]] and sometimes i stay there on the 2nd saturday when [[connor|name]] has
mum.
sometimes [[Tilly|name]]s brother [[Josh Furness|name]] walks me home from the bus in [[bradwell|place]] if its dark.
"""),
    ("GP's letter to the school nurse", """HOPE MEDICAL PRACTICE

Dr [[S. Kinder|name]], Hope Medical Practice, [[Hope|place]]
To: [[Rebecca Oldfield|name]], School Nurse, [[Hope Valley College|school]]          [[12 November 2026|date]]

Re: [[Lorraine Fletcher|name]], DOB [[09/12/1978|dob]], [[22 Netherside|address]], [[Bradwell|place]], [[S33 9JL|postcode]]
and her daughter [[Jodie Fletcher|name]], DOB [[05/02/2013|dob]], NHS [[900 127 0077|nhs]]

Thank you for your call. Mrs [[Fletcher|name]] has relapsing MS and recent low mood. She relies heavily on [[Jodie|name]] for personal
care. Her son [[Connor Fletcher|name]] ([[07852 417 096|phone]]) is in [[Sheffield|place]]. I have referred her to the MS nurse
[[Joanne Pickering|name]] and to adult social care. I would support a young carers assessment for [[Jodie|name]].
Yours sincerely, Dr [[Simon Kinder|name]]
cc: [[Gill Nadin|name]], Derbyshire Carers Association; MS nurse [[Joanne Pickering|name]]
[[Jodie|name]]'s UPN for your records: [[F830267072720|upn]].
Her neighbour [[Gail Furness|name]] has a key. [[Lorraine|name]]'s ex-husband [[Steve Fletcher|name]] is not involved.
"""),
]


# --- D. Brennan / Hollis family (white British; a boy exploited by a county line), Bradwell ----------------------------------

HOME_D = d.Address("7 Hugh Lane", "", "Bradwell", "S33 9HZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Callum", "Brennan")], dt.date(2011, 3, 27), addresses=[HOME_D], ids=["6535906396", "N830262204938"],
       schools=["Hope Valley College"]),
    _p("m", "mother", [("Tracy", "Hollis")], dt.date(1983, 5, 16), addresses=[HOME_D], phones=["07593 684 201"]),
    _p("f", "father", [("Sean", "Brennan")], dt.date(1981, 8, 3), phones=["07405 739 118"], ids=["JL 63 81 47 B"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - Derbyshire Missing Service
Young person: [[Callum Brennan|name]]   DOB [[27/03/2011|dob]]   Address: [[7 Hugh Lane|address]], [[Bradwell|place]] [[S33 9HZ|postcode]]
Missing from [[2/11/2026|date]] 16:30 to [[4/11/2026|date]] 07:10. Found by BTP at [[Sheffield|place]] station. Interview by
[[Dan Hirst|name]] on [[5 November|date]] at [[Hope Valley College|school]].
[[Callum|name]] said he went with "[[Tanks|name]]" and an older lad called [[Reece|name]] to a flat in [[Gleadless|place]]. He was given
a phone and told to "look after" a bag. He stayed with a girl called [[Mia|name]]. He would not give surnames. He first went missing in
summer 2025. He says he met
[[Tanks|name]] at the skate park in [[Castleton|place]] through [[Ollie Rangeley|name]] from year 11. Mum [[Tracy|name]] reported him
missing; dad [[Sean Brennan|name]] drove round [[Hathersage|place]] and [[Bamford|place]] looking. [[Callum|name]] wants to see his
gran [[Maureen Hollis|name]] in [[Chapel-en-le-Frith|place]] more. Shared with PC [[Lee Sidebottom|name]] and SW [[Priya Chauhan|name]].
[[Callum|name]]'s phone was bought by "[[Reece|name]]" in [[Sheffield|place]]. He said a man with a grey car [[KX68 TVF|vehicle]] drove
them back to [[Hope|place]]. He does not want [[Jayden Swindell|name]] to know. Next contact with [[Dan|name]] on the [[12th|date]].
Mum [[Tracy Hollis|name]] said [[Callum|name]] has cash and new trainers; her partner [[Dean Ashmore|name]] found a second phone.
[[Callum|name]] said [[Mia|name]] is "about 16" and from [[Sheffield|place]].
"""),
    ("snapchat messages typed up by police", """Snapchat extract, phone of [[callum brennan|name]], seized [[4/11/26|date]] - typed by DC
[[Fiona Greaves|name]]

tanks_s2: u still in [[bradwell|place]] [[cal|name]]
[[cal|name]]: ye at mums
tanks_s2: bus to [[hope|place]] 4 oclock, [[reece|name]] will get u at the station
[[cal|name]]: my mum will kill me
tanks_s2: tell her ur at [[ollies|name]]. [[ollie|name]] knows
[[cal|name]]: ok. is [[mia|name]] there
tanks_s2: ye shes at the flat in [[gleadless|place]]. dont bring ur own phone
[[cal|name]]: what about [[jayden|name]] he wants in
tanks_s2: no [[jayden|name]] is a snake. just u
[[cal|name]]: sound. [[castleton|place]] skate park after?
tanks_s2: [[reece|name]] says ur mum rang [[ollies|name]] mum. sort it
[[cal|name]]: shes called [[tracy|name]] shes mad. ill be at [[hope|place]] at 4
tanks_s2: [[jayden|name]] been chattin to [[ollie|name]]. tell [[ollie|name]] keep his mouth shut
"""),
]


# --- E. Hussain / Akhtar family (British Pakistani; a disabled girl), Tideswell ----------------------------------------------

HOME_E = d.Address("9 Queen Street", "", "Tideswell", "SK17 8JZ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Hussain")], dt.date(2019, 1, 8), addresses=[HOME_E], ids=["8824443478", "F830263414744"],
       schools=["Bishop Pursglove CE Primary School"]),
    _p("m", "mother", [("Nadia", "Akhtar")], dt.date(1991, 4, 22), addresses=[HOME_E], phones=["07984 502 367"]),
    _p("f", "father", [("Imran", "Hussain")], dt.date(1988, 11, 3), addresses=[HOME_E], phones=["07812 690 453"]),
], "c")

DOCS_E = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT NOTE   [[19/10/2026|date]]   HV: [[Lucy Barraclough|name]]
Child: [[Aleena Hussain|name]], DOB [[08.01.2019|dob]], NHS [[882 444 3478|nhs]]. [[9 Queen Street|address]], [[Tideswell|place]],
[[SK17 8JZ|postcode]]. Present: mum [[Nadia Akhtar|name]], dadi (paternal grandmother) [[Shamim Bibi|name]] visiting from
[[Bradford|place]], baby cousin [[Zayan|name]].
[[Aleena|name]] has cerebral palsy and epilepsy; two seizures this week. Mum tired: dad [[Imran|name]] works nights at the quarry near
[[Buxton|place]]. Chacha [[Tariq Hussain|name]] helps with lifts to Sheffield Children's Hospital. Equipment: new chair
promised by OT [[Wendy Froggatt|name]] by the [[30th|date]]. Mum asked about short breaks and a sitter; [[Nadia|name]]'s friend
[[Samina Iqbal|name]] from [[Glossop|place]] says her son goes to one. Next visit [[2 November|date]]. Mum's mobile [[07984 502 367|phone]].
Dad [[Imran Hussain|name]] phoned later on [[07812 690 453|phone]]: asks for visits after 2pm. Nani [[Rukhsana Akhtar|name]] to visit
from [[Rochdale|place]]. Neighbour Mrs [[Hodgkinson|name]] helps in the day.
Plan: ask [[Wendy Froggatt|name]] about the chair; speak to GP Dr [[Kinder|name]] about mum's mood; sitter [[Aasma|name]] suggested.
"""),
    ("paediatrician's letter, scanned with OCR", """Sheffield Children's Hospital - Neurodisability Service
Dr [[A. 0ldroyd|name]], Consultant Paediatrician                               [[2l October 2O26|date]]

Dear Dr [[Kinder|name]],
Re: [[AIeena Hussain|name]], DOB [[O8/Ol/2Ol9|dob]], NHS [[882 444 3478|nhs]]
[[9 0ueen Street|address]], [[Tldeswell|place]] [[SKl7 8JZ|postcode]]
l saw [[Aleena|name]] with her parents [[Nadia Akhtar|name]] and [[lmran Hussain|name]] on [[l9/lO/2O26|date]]. Her seizures
have increased. l have increased her levetiracetam. l would support a short breaks assessment; her mother is exhausted.
Her physiotherapist [[Kate Roebuck|name]] in [[Chesterfield|place]] wil| review. Copy to HV [[Lucy Barrac1ough|name]].
Yours sincere|y, Dr [[A. Oldroyd|name]]
cc: [[Nadia Akhtar|name]], [[9 Queen Street|address]], [[Tides
well|place]]; OT [[Wendy Fr0ggatt|name]]
Dictated [[2O/1O/2O26|date]]. Typed by [[R. 5ykes|name]]. Clinic [[l4 Januarv|date]].
"""),
]


# --- F. Gibbons / Rowbotham family (white British; a father's drinking), Castleton ---------------------------------------------

HOME_F = d.Address("11 Hollowford Road", "", "Castleton", "S33 8WB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Rowbotham")], dt.date(2016, 9, 14), addresses=[HOME_F], ids=["3863525345", "Z830267998488"],
       schools=["Castleton CE Primary School"]),
    _p("m", "mother", [("Gemma", "Rowbotham")], dt.date(1990, 6, 1), addresses=[HOME_F], phones=["07736 491 825"]),
    _p("f", "father", [("Darren", "Gibbons")], dt.date(1987, 2, 19), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("phone notes of a duty social worker", """Duty phone notes - [[Mark Ollerenshaw|name]] - [[7/11/2026|date]]
10:05 call from [[Gemma Rowbotham|name]] ([[07736 491 825|phone]]), [[11 Hollowford Road|address]], [[Castleton|place]]. Partner
[[Darren Gibbons|name]] drinking since the pub shut at 1am; smashed the telly. [[Tyler|name]] (10) hid in his room. [[Gemma|name]] took
[[Tyler|name]] to her mum [[Pauline Rowbotham|name]] at [[Litton|place]] ([[01298 872 915|phone]]).
10:40 rang school: head Mrs [[Eyre-Wilson|name]] says [[Tyler|name]] has been tired and tearful; friend [[Noah Slack|name]]'s mum
[[Becky|name]] told her "[[Daz|name]]" was shouting in the street on the [[31st|date]].
11:15 PC [[Wragg|name]] confirms a call on [[1/11|date]] to the same address; no arrest. Car [[FD15 LKM|vehicle]] ([[Gibbons|name]]).
12:00 [[Darren|name]] rang back from a withheld number, says [[Gemma|name]] "is making it up" and he is going to his brother
[[Wayne Gibbons|name]] in [[Bradwell|place]].
13:20 [[Pauline|name]] rang: [[Tyler|name]] settled; [[Darren|name]]'s mum [[Sheila Gibbons|name]] at her door in [[Litton|place]]
shouting. Advised 999 if she comes back. Told TM [[Rachel Goodall|name]].
14:00 [[Wayne Gibbons|name]] rang from [[07405 912 663|phone]], says [[Daz|name]] is at his in [[Bradwell|place]] and "sobering up".
"""),
    ("boy's own words with the school nurse", """what i want you to know - [[tyler|name]] (year 5), written with [[Rebecca|name]] the nurse,
[[12/11/2026|date]]

i like it at nannas in [[litton|place]] she makes pancakes and her cat Smudge sleeps on my bed. i miss mum. [[daz|name]] is loud when he has
drinked and he breaks stuff. i dont want to go home to [[castleton|place]] till he stops. my best mate is [[Noah|name]] and his
brother [[Alfie|name]] lets us play on his xbox. [[Rebecca|name]] wrote: [[Tyler|name]] drew his house in [[Castleton|place]] with
the hill behind and "[[DAZ|name]]" in a cloud. He says nanna [[pauline|name]] lets him phone mum at 6.
nanna [[pauline|name]] says i can go to [[noahs|name]] party in [[hope|place]] on the [[5th|date]].
i want [[daz|name]] to stop drinking. [[alfie|name]] says his dad stopped. [[Rebecca|name]] wrote: [[Tyler|name]] asked for mum to read it.
"""),
]


DOCS_A += [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Kayden Marsden|name]] and
[[Ruby-Mae Whitworth|name]] - [[8/12/2026|date]]
Held at Buxton Town Hall. Chair: [[Graham Heathcote|name]]. Minutes: [[Kelly Mycock|name]].
Present: mother [[Shannon Whitworth|name]]; grandfather [[Keith Whitworth|name]]; SW [[Aisha Mahmood|name]]; DSL [[Helen Grundy|name]];
HV [[Lucy Barraclough|name]]; PC [[Sam Ollivant|name]]. Apologies: GP Dr [[Kinder|name]]. Not invited: [[Jordan Platts|name]].
Address: [[14 Sherwood Road|address]], [[Tideswell|place]]. Dates of birth: [[Kayden|name]] [[11.06.2019|dob]]; [[Ruby-Mae|name]]
[[23.09.2025|dob]].
[[Aisha|name]] reported a home of dog mess and empty cans. [[Ruby-Mae|name]] has dropped from the 50th centile. [[Kayden|name]]'s
attendance is 81% since September 2026. [[Shannon|name]] said [[Jordan|name]] "does not live there", but [[Jean Lomas|name]] next door and
[[Kirsty Hallam|name]] say he stays most nights; PC [[Ollivant|name]] said [[Jordan|name]] was stopped on the [[2nd|date]] in
[[YK18 HWD|vehicle]]
near [[Millers Dale|place]] with cannabis. [[Keith|name]] offered to have [[Kayden|name]] at [[Peak\nForest|place]] at weekends.
Decision: both children subject to a child protection plan under neglect. Core group on [[15 December|date]] at [[Tideswell|place]]
library; review conference [[8 March 2027|date]]. [[Shannon|name]] to register [[Ruby-Mae|name]] with the GP in [[Tideswell|place]].
Core group: [[Shannon|name]], [[Keith|name]], [[Aisha|name]], [[Helen Grundy|name]], [[Lucy Barraclough|name]] and
[[Natasha Whitworth|name]] (aunt, [[Great Hucklow|place]]). Lead professional: [[Aisha Mahmood|name]].
Grandmother [[Irene Whitworth|name]] (great-aunt in fact) asked to be kept informed. [[Ruby-Mae|name]]'s father,
[[Kyle Wardle|name]], lives in [[Stoney Middleton|place]]; he has not been told. SW [[Aisha|name]] to contact him.
"""),
    ("mother's whatsapp messages typed up", """whatsapp [[shannon|name]] to her mate [[kirsty|name]], shown to SW by [[kirsty hallam|name]]
on
[[9/12/26|date]]

[[shannon|name]]: babe can u have [[kay|name]] after school tmrw im wrecked
[[kirsty|name]]: ye hun. bring [[rubes|name]] 2? im at my dads in [[litton|place]] til 5
[[shannon|name]]: hv came again. [[lucy|name]] says [[ruby|name]] lost weight. i feed her!!
[[kirsty|name]]: ignore her. [[jord|name]] been back?
[[shannon|name]]: he went [[buxton|place]] with [[ryan|name]]. his mum [[carol platts|name]] keeps ringing me
[[kirsty|name]]: block her lol. see u at [[pursglove|school]] 3.15
[[shannon|name]]: my dad took [[kay|name]] to [[peak forest|place]] again sun. always judging
[[kirsty|name]]: ur dad means well. my [[liam|name]] says he'll fix ur door thurs the [[10th|date]]
[[shannon|name]]: ta. [[aisha|name]] the social coming mon [[14th|date]] ugh
[[kirsty|name]]: [[carol|name]] messaged me too. says [[jord|name]] is at [[ryans|name]] in [[buxton|place]]
[[shannon|name]]: tell [[tash|name]] i said thanks for having [[kay|name]] x
[[kirsty|name]]: [[kyle wardle|name]] was asking about [[rubes|name]] in the [[eyam|place]] chippy. told him nowt
"""),
]

DOCS_B += [
    ("MARAC referral form", """MARAC REFERRAL - Derbyshire - [[21/10/2026|date]]   Referrer: IDVA [[Harriet Cotterill|name]]
Victim: [[Sisa Yamberla|name]], DOB [[02/10/1989|dob]], [[3 Back Street|address]], [[Castleton|place]] [[S33 8WE|postcode]],
mobile [[07946 218 735|phone]] (safe to call after 10am). Languages: Kichwa, Spanish. Interpreter: [[Rocío Males|name]].
Perpetrator: [[Amaru Cachiguango|name]], DOB [[14/07/1986|dob]]; staying with brother [[Yupanqui Cachiguango|name]] in
[[Longsight|place]], [[Manchester|place]]; phone [[+593 98 724 5163|phone]] (Ecuador).
Children: [[Inti Cachiguango|name]] DOB [[19/04/2015|dob]], NHS [[236 717 8577|nhs]], [[Castleton CE Primary School|school]].
History: abuse began in [[Otavalo|place]]; [[Sisa|name]] came to [[Castleton|place]] for work at the cafe of Mrs [[Ann Bramall|name]].
Cousin [[Killa Lema|name]] ([[14 Church Street|address]], [[Bradwell|place]]) is her support. Bail conditions: not to enter
[[Castleton|place]] or [[Hope|place]]. Risk: high (DASH 16).
Other agencies: Children's Services (SW [[Owen Bagguley|name]]); school DSL [[Martin Hadfield|name]]; GP Dr [[Kinder|name]].
Family abroad: mother's sister [[Nina Yamberla|name]], [[Otavalo|place]]; grandmother [[Rosa Farinango|name]], [[Peguche|place]],
[[+593 6 292 1487|phone]].
Neighbours: [[Derek Eyre|name]] (no. 5). Employer: [[Ann Bramall|name]], [[Castleton|place]]. Her brother [[Wayra Yamberla|name]] in
[[Quito|place]] has been in touch with [[Amaru|name]].
"""),
    ("class teacher's email to the DSL", """From: [[Chloe Birks|name]] <[[c.birks@castleton.derbyshire.sch.uk|email]]>
To: [[Martin Hadfield|name]] (DSL)
Date: [[23/10/2026|date]]
Subject: [[Inti|name]] (Y6)

Hi [[Martin|name]], [[Inti|name]] was very quiet today. He wrote in his journal (in Spanish and English) that "papá [[Amaru|name]]" wants to
take him to [[Ilumán|place]] and that his "hatun mama [[Rosa|name]]" in [[Peguche|place]] is sick. He asked if he could ring his
tía [[Nina|name]] in [[Otavalo|place]]. His friend [[Freddie Marrison|name]] said [[Inti|name]] cried at lunch. Mum [[Sisa|name]] collected
with her cousin [[Killa|name]]. I've added it to CPOMS.
Thanks, [[Chloe|name]]
PS [[Inti|name]] also said [[Yupanqui|name]] ("tío [[Yupa|name]]") sent him a message on his mum's phone. [[Freddie|name]]'s
mum Mrs [[Marrison|name]] says the boys can walk to [[Hope|place]] together after cubs.
PPS the interpreter [[Rocío|name]] can come on the [[30th|date]] for parents' evening; [[Sisa|name]] asked for her.
"""),
]

DOCS_C += [
    ("young carers assessment summary", """YOUNG CARERS ASSESSMENT - Derbyshire Carers Association
Young carer: [[FLETCHER, Jodie|name]]   DOB [[05/02/2013|dob]]   UPN [[F830267072720|upn]]   School: [[Hope Valley College|school]]
Address: [[22 Netherside|address]], [[Bradwell|place]], [[S33 9JL|postcode]]. Assessor: [[Gill Nadin|name]], [[18 November 2026|date]].
Cared-for: mum [[Lorraine Fletcher|name]] (MS, low mood). Brother [[Connor|name]] in [[Sheffield|place]] helps on Sundays.
Tasks: tablets, washing, shopping at the [[Bradwell|place]] shop, helping mum on the stairs. About 20 hours a week.
[[Jodie|name]] wants: the trip to [[Edale|place]] on the [[21st|date]]; her friend [[Tilly|name]] to come. Tutor Mr [[Cresswell|name]]
([[p.cresswell@hvc.derbyshire.sch.uk|email]]) to let her keep her phone on in lessons.
Emergency contacts: [[Connor Fletcher|name]] [[07852 417 096|phone]]; nan [[Pat Fletcher|name]], [[Hathersage|place]]; neighbour
[[Gail Furness|name]] at [[Smalldale|address]]. Review [[18 May 2027|date]].
Signed [[G. Nadin|name]]; [[Jodie Fletcher|name]] ("[[Jodes|name]]"); [[Lorraine Fletcher|name]].
Notes: [[Jodie|name]] said her dad [[Steve Fletcher|name]] left for [[Matlock|place]] years ago and does not ring.
Group worker: [[Ria Staley|name]]. Transport to [[Edale|place]] from [[Hope|place]] station by [[Ria|name]].
"""),
    ("mother and daughter's texts typed up", """texts between [[jodie|name]] and her mum, typed up by [[gill|name]] with their ok,
[[20/11/26|date]]

mum: [[jodes|name]] i fell on the landing again, cant get up
[[jodie|name]]: omg mum im in maths. ill ring [[connor|name]]
mum: dont bother him hes at work in [[sheffield|place]]
[[jodie|name]]: ill ask [[gail|name]] to come round shes only on [[smalldale|address]]
mum: ok love. sorry
[[jodie|name]]: [[tilly|name]] says her mum is coming now. ill get the 2.40 bus from [[hope|place]]
mum: ur a good girl. dont tell nan [[pat|name]] she worries
[[jodie|name]]: mr [[cresswell|name]] says i can go. love u
mum: [[gail|name]] here now. shes made me a tea. tell [[tilly|name]] thanks
[[jodie|name]]: ok. [[connor|name]] says hes coming sat with [[abbie|name]] xx
mum: [[pat|name]] rang. she says shes getting the bus from [[hathersage|place]] sun to see us
"""),
]

DOCS_D += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Callum Brennan|name]] ([[27/03/2011|dob]]) - [[6/11/2026|date]], Teams
Chair: [[Rachel Goodall|name]] (TM). Present: SW [[Priya Chauhan|name]]; PC [[Lee Sidebottom|name]]; DC [[Fiona Greaves|name]];
[[Dan Hirst|name]] (missing service); [[Hope Valley College|school]] DSL [[Andrew Mellor|name]]; YOT [[Kerry-Ann Beard|name]].
Police: [[Callum|name]] found with 14 wraps and a phone; the line is run from [[Gleadless|place]] by a man known as "[[Tanks|name]]",
believed [[Tanveer Shah|name]] (19). Older lad "[[Reece|name]]" thought to be [[Reece Haythorne|name]] of [[Hathersage|place]].
Father [[Sean Brennan|name]], NI [[JL 63 81 47 B|ni]], phone [[07405 739 118|phone]], lives in [[Chesterfield|place]]; mother
[[Tracy Hollis|name]] ([[07593 684 201|phone]]) at home in [[Bradwell|place]]. School: [[Callum|name]] seen with [[Ollie Rangeley|name]]
and [[Jayden Swindell|name]] at [[Castleton|place]] skate park. Actions: NRM referral; S47 enquiry; disruption at the [[Hope|place]]
bus stop; [[Callum|name]] to stay with gran [[Maureen Hollis|name]] in [[Chapel-en-le-\nFrith|place]] for now.
Dad's partner [[Lisa Ashmore|name]] ([[Chesterfield|place]]) not known. [[Callum|name]]'s friend [[Ollie|name]]'s mum [[Dawn Rangeley|name]]
to be spoken to by PC [[Sidebottom|name]]. Next meeting [[20/11/2026|date]].
School: [[Andrew Mellor|name]] to share attendance with [[Kerry-Ann Beard|name]]; [[Callum|name]]'s tutor Mr [[Cresswell|name]] to be told.
"""),
    ("father's complaint email", """From: [[Sean Brennan|name]] <[[seanbrennan81@hotmail.co.uk|email]]>
To: Complaints, Derbyshire County Council
Date: [[13 November 2026|date]]
Subject: complaint about my son [[Callum Brennan|name]]

I want to complain about SW [[Priya Chauhan|name]] and her manager [[Rachel Goodall|name]]. Nobody told me my son [[Callum|name]] was
missing until his mum [[Tracy|name]] rang me at 11pm on the [[2nd|date]]. I drove from [[Chesterfield|place]] to [[Bradwell|place]],
then round [[Hathersage|place]] and [[Bamford|place]] till 3am. The police found him in [[Sheffield|place]], not you. I am his
father and I have parental responsibility. I also want to know why [[Callum|name]] is at his gran [[Maureen|name]]'s in
[[Chapel|place]] and nobody asked me. My number is [[07405 739 118|phone]] and my car is [[WR19 OXT|vehicle]] if you think I'm not
serious. [[SEAN BRENNAN|name]]
PS his gran [[Maureen Hollis|name]] says [[Tracy|name]]'s new fella [[Dean Ashmore|name]] was there when [[Callum|name]] went.
I have also written to my MP and to Mrs [[Goodall|name]]'s boss [[Steven Ackroyd|name]].
"""),
]

DOCS_E += [
    ("short breaks application form", """SHORT BREAKS APPLICATION - Derbyshire Disabled Children's Service
Child: [[HUSSAIN, Aleena|name]]   DOB [[08/01/2019|dob]]   NHS [[882 444 3478|nhs]]   UPN [[F830263414744|upn]]
Address: [[9 Queen Street|address]], [[Tideswell|place]], [[SK17 8JZ|postcode]]
Parents: [[Nadia Akhtar|name]] ([[07984 502 367|phone]]) and [[Imran Hussain|name]] ([[07812 690 453|phone]])
School: [[Bishop Pursglove CE Primary School|school]] (class teacher Mrs [[Mottram|name]]); nursery before: Little Acorns.
Family: dadi [[Shamim Bibi|name]] ([[Bradford|place]]); chacha [[Tariq Hussain|name]] ([[Sheffield|place]]); nani [[Rukhsana Akhtar|name]]
in [[Rochdale|place]].
Needs: 24 hour supervision, night seizures. Sitter asked for: [[Samina Iqbal|name]] has suggested [[Aasma Rauf|name]] from
[[Glossop|place]]. Supporting letters: Dr [[Oldroyd|name]] ([[21 October|date]]); HV [[Lucy Barraclough|name]].
Signed [[Nadia Akhtar|name]], [[3/11/2026|date]].
Other children: cousin [[Zayan Hussain|name]] ([[Sheffield|place]]) visits at weekends with chacha [[Tariq|name]].
Health visitor: [[Lucy Barraclough|name]]. Family support worker: [[Joanne Brocklehurst|name]]. Aunt [[Farzana Hussain|name]]
([[Sheffield|place]]) helps on Sundays.
"""),
    ("family support worker's notes", """Family support notes - [[Joanne Brocklehurst|name]] - visits to [[Aleena|name]]'s family,
[[Tideswell|place]]

[[10/11/2026|date]]: [[Nadia|name]] and [[Imran|name]] at home. [[Imran|name]] asleep after nights. [[Aleena|name]] had a seizure at
4am. Talked about the sitter; [[Nadia|name]] would like [[Aasma|name]] because she speaks Urdu with dadi.
[[17/11/2026|date]]: took [[Nadia|name]] to the carers' cafe in [[Bakewell|place]]; met [[Jan Furniss|name]] whose son has CP.
[[Imran|name]]'s brother [[Tariq|name]] drove. [[Aleena|name]] stayed with neighbour Mrs [[Bridget Hodgkinson|name]] at [[no. 11|address]].
[[24/11/2026|date]]: [[Nadia|name]] low. Says [[Imran|name]]'s mum [[Shamim|name]] blames her for [[Aleena|name]]'s disability.
Nani [[Rukhsana|name]] to come from [[Rochdale|place]] on the [[28th|date]]. GP Dr [[Kinder|name]] told.
[[1/12/2026|date]]: [[Rukhsana|name]] here. She and [[Shamim|name]] talked. [[Imran|name]] says [[Aasma Rauf|name]] can start on
the [[8th|date]]. Next visit with OT [[Wendy Froggatt|name]].
[[5/12/2026|date]]: [[Aasma|name]] met [[Aleena|name]]; good. [[Farzana|name]] (chachi) came from [[Sheffield|place]] with [[Zayan|name]].
"""),
]

DOCS_F += [
    ("police incident log of a drunk father", """DERBYSHIRE CONSTABULARY - INCIDENT 0077 - [[1/11/2026|date]] 00:52
Location: [[11 Hollowford Road|address]], [[Castleton|place]] [[S33 8WB|postcode]]. Caller: neighbour [[Philip Needham|name]]
([[01433 623 491|phone]]).
Subject: [[GIBBONS, Darren|name]], DOB [[19/02/1987|dob]]. Partner: [[Gemma Rowbotham|name]]. Child: [[Tyler Rowbotham|name]]
([[14/09/2016|dob]]).
PC [[Wragg|name]] attended 01:10. [[Darren|name]] in the road shouting, smelt of alcohol, had come back from the [[Hope|place]] pub
with his brother [[Wayne|name]]. [[Gemma|name]] said nothing physical. [[Tyler|name]] awake, upset. Words of advice. Car
[[FD15 LKM|vehicle]]
parked on [[Cross Street|address]]; keys taken by [[Gemma|name]]. DASH: medium. Notification to Children's Services.
Previous: [[1/10/2026|date]] call from [[Gemma|name]]'s sister [[Leanne Rowbotham|name]] of [[Bradwell|place]]. Officer: PC
[[Gareth Wragg|name]].
Neighbour [[Philip Needham|name]] says [[Darren|name]] threatened his wife [[Margaret Needham|name]] last month.
"""),
    ("nanna's letter to the social worker", """[[Rose Cottage|address]], [[Litton|place]]
[[20th November|date]]

Dear Mr [[Ollerenshaw|name]],
I am [[Tyler|name]]'s nanna, [[Pauline Rowbotham|name]]. [[Tyler|name]] has been with me since the [[7th|date]] and he is settled. He was
with me at Christmas 2025 and on Bonfire Night too. He
walks to the bus with [[Noah Slack|name]]'s mum [[Becky|name]]. My daughter [[Gemma|name]] is trying but [[Darren|name]] is drinking
every day at the pub in [[Castleton|place]] and his brother [[Wayne|name]] in [[Bradwell|place]] is no better. [[Darren|name]]'s mum
[[Sheila Gibbons|name]] rang me to say I am "stealing" [[Tyler|name]]. You can ring me on [[01298 872 915|phone]].
Yours, [[Pauline Rowbotham|name]]
P.S. [[Tyler|name]]'s school friend [[Alfie Slack|name]] says [[Daz|name]] was at the gates in [[Castleton|place]] on Friday.
P.P.S. my other daughter [[Leanne|name]] in [[Bradwell|place]] will help, her number is [[07718 940 236|phone]].
P.P.P.S. [[Tyler|name]]'s teacher Mrs [[Eyre-Wilson|name]] has been very good and so has Mr [[Needham|name]] next door to [[Gemma|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 249 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:02 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "tm", "dsl",
           "nurse", "our", "nan", "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "mama", "taita", "papá", "tía", "tío", "ñaña", "turi", "chachi", "hatun", "dadi", "nani", "chacha", "aunt"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "derbyshire", "ecuador", "pakistan", "peak district", "hope valley"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("hatun mama Rosa", "tía Nina", "dadi", "chacha Tariq") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
