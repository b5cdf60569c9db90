"""Set 255: a held-out hand-written set for the redaction detector, six invented families in Bingham, Southwell and Tuxford
(Nottinghamshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set254.py, bench/redaction_set256.py, bench/redaction_set257.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and
the signature of Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set253.py were searched by script for the towns and for candidate communities, printing only the numbers of
the sets that matched: Bingham, Southwell and Tuxford matched none; Maranao, Meranaw, Marawi, Lanao and Mindanao matched none
(Iligan matched one set, as a city, and is not claimed as new). Phone numbers were checked with the phonenumbers library and
NHS numbers and UPNs (LA 891) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Size: 24 documents and 872 gold spans, 502 of them names (about 900 and 500 were asked); the documents were written short and
lengthened in rounds while time allowed.

Six families: a white British mother on Moorbridge Road, Bingham (Froggatt / Bestwick; domestic abuse by a partner, a boy of 9
and a girl of 4, a nan in Radcliffe on Trent); a Maranao family from Marawi, the Philippines, on Halam Road, Southwell
(Dimakuta / Macarambon; a father away in Dubai or Marawi, a girl of 12 missing school to care for her brother, a mother's
message in Maranao translated); a young carer of 13 on Eldon Street, Tuxford (Pickering; a mother with multiple sclerosis);
a white British boy of 16 on Tithby Road, Bingham (Marriott; missing to Nottingham, criminal exploitation); a white British
and Black Caribbean family on Lower Kirklington Road, Southwell (Hollis / Campbell; domestic abuse, a girl of 7 on a plan);
and a mother misusing alcohol on Newcastle Street, Tuxford (Wragg; a baby of 16 months and a girl of 10, a nan in Retford).
The community new to this set: Maranao (Meranaw) of Lanao del Sur, Mindanao, in the Philippines (Maranao language; kin
words ama, ina, apo, babo, bapa, kaka; the women's title Bai; home towns Marawi, Saguiaran, Iligan; phones +63).

24 documents, each with its own style label: a primary school safeguarding log, a mother's WhatsApp messages typed up, a
strategy discussion minute, a nan's phone call note, a health visitor's home visit note, a mother's message in Maranao
translated, a school attendance officer's email, a child's own words (lower case), a young carer's own words, a young carers'
assessment, a GP letter to the school nurse, a social worker's phone notes, a police missing person log, a Snapchat extract
typed up, a return home interview, a mother's complaint email, a police domestic abuse log, child protection conference
minutes, family support worker's notes, a child's words with the school nurse, an OCR'd scanned GP letter (with l for 1, O
for 0, 0 for O and 1 for l), a duty social worker's phone notes, a nan's text messages typed up and a health visitor's record.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (the Philippines, +63); NHS numbers and UPNs pass their check digits (the
OCR'd letter's NHS number and phone are written without misreadings, so that they stay checkable). Councils, surgeries,
prisons, hospitals, clubs and services are unmarked organisations; towns, villages, districts and streets are real and
marked as places or addresses.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name
is NOT marked (none is named here, a dog is mentioned unnamed); a month with its year, a season or feast with its year and a
year alone ("since 2021"; a month alone, "in August", likewise) are NOT marked as dates;
a named day of the year without a date written is not marked;
a day with its month ("14 March", "3 nov", "the 21st", "14/10/2026") and dates of birth are marked as before. Titles and kinship
words stay outside a name (Mr, Mrs, Ms, Dr, PC, DC, SW, HV, Nan, Nanny, Nana, Uncle, Daddy, and the Maranao ama, ina, apo,
babo, bapa, kaka and Bai); "SURNAME, First" is one span; initials alone are not marked; organisations holding a town's name
stay unmarked ("Bingham Medical Centre", "Tuxford Medical Centre", "Bingham Town", "HMP Lowdham Grange", "Rushcliffe
neighbourhood team", "NOTTINGHAMSHIRE POLICE"); counties, provinces and countries ("Nottinghamshire", "Lanao del Sur", "the
Philippines") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("skinz:", "tanya:"); a Maranao kin word used alone ("ina",
"ama", "AMA") is not a name; "Bai" before a woman's name is a title; "sherwood forest" and "clumber park" are landmarks and not
marked; "Castle House" (the council offices in Newark) and "King's Mill" (a hospital) are unmarked; a street named without a
number ("Westgate", "lincoln road", "tithby rd", "Market Place") is an address; "Dubai" is a place (a city); a street name
inside a school name stays in the school ("The Minster School"); a town before a shop or service in lower-case words ("the
Tuxford Co-op", "Bingham station", "Southwell library") marks the town; "Big J" and "skinz" are nicknames and marked as names.

Self-check without the detector: `python -m bench.redaction_set255` (and tests/test_redaction_set255.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 872 gold spans, 502 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Froggatt / Bestwick family (white British), Bingham -----------------------------------------------------------

HOME_A = d.Address("14 Moorbridge Road", "Bingham", "Nottinghamshire", "NG13 8GT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Froggatt")], dt.date(2017, 6, 21), addresses=[HOME_A], ids=["8464972970", "R891405616905"],
       schools=["Carnarvon Primary School"]),
    _p("s", "sibling", [("Lexi-Mae", "Bestwick")], dt.date(2022, 10, 3), addresses=[HOME_A], ids=["4618254378"]),
    _p("m", "mother", [("Tanya", "Froggatt")], dt.date(1996, 1, 30), addresses=[HOME_A], phones=["07723 415 806"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """CARNARVON PRIMARY - SAFEGUARDING LOG (CPOMS print)
Pupil: [[FROGGATT, Kayden|name]]   DOB [[21/06/2017|dob]]   UPN [[R891405616905|upn]]   NHS [[846 497 2970|nhs]]
Mum: [[Tanya Froggatt|name]] [[07723 415 806|phone]], [[14 Moorbridge Road|address]], [[Bingham|place]] [[NG13 8GT|postcode]]

[[08/09/2026|date]]  [[Kayden|name]] late 9.35, said mum's boyfriend [[Ryan|name]] "kicked the telly". Logged by Miss [[Archer|name]].
[[15/09/2026|date]]  Lunchbox empty. [[Kayden|name]] ate [[Alfie Shelton|name]]'s crisps. TA [[Donna Keeling|name]] gave toast.
[[22.9.26|date]]  [[Kayden|name]] said [[Lexi|name]] "sleeps in mummy's bed cos the cot broke". HV [[Sarah Pilgrim|name]] informed.
[[1 Oct|date]]  Bruise left cheek. [[Kayden|name]]: "[[Ryan|name]] pushed me into the door". DSL [[Helen\nMorrissey|name]] rang MASH.
[[2nd October 2026|date]]  Strategy discussion. SW [[Joanne Hurt|name]] allocated. Police: DC [[Whitehead|name]].
[[12/10/2026|date]]  Nan [[Pauline Froggatt|name]] from [[Radcliffe on Trent|place]] collecting for now ([[01949 837 216|phone]]).
[[19/10/26|date]]  [[Ryan Bestwick|name]] at the gate, shouting. Car [[FE18 WKJ|vehicle]]. Mr [[Glover|name]] (head) asked him to leave.
[[3/11/2026|date]]  [[Kayden|name]] and [[Harvey Moult|name]] fighting on the field. [[Kayden|name]] said "[[Harvey|name]]
said my dad's in
prison". Dad is [[Craig Froggatt|name]] (HMP Lowdham Grange).
[[10/11/26|date]]  Mum rang ([[07723 415 806|phone]]): moving to her friend [[Kelly Annable|name]]'s at
[[22 Fisher Lane|address]], [[Bingham|place]] for a week.
[[17/11/2026|date]]  [[Kayden|name]] happier, says [[Kelly|name]]'s dog is "the best". Attendance 88%.
[[24/11/2026|date]]  Neighbour Mrs [[Bexon|name]] ([[no. 16|address]]) told Miss [[Archer|name]] she heard shouting on the [[21st|date]].
[[1/12/2026|date]]  [[Kayden|name]] asked if he can stay at nan's in [[Radcliffe|place]] "for ever". Passed to [[Joanne Hurt|name]].
[[3/12/2026|date]]  Dinner lady Mrs [[Voce|name]] said [[Kayden|name]] hid food in his coat. He shares with [[Lexi|name]]
"cos she's hungry".
[[4/12/26|date]]  [[Kayden|name]]'s friend [[Mason Tebbutt|name]] said [[Kayden|name]] told him "[[Ryan|name]] has a knife".
Told [[Joanne Hurt|name]]
and DC [[Whitehead|name]] same day. Mum's friend [[Kelly Annable|name]] collected; [[KELLY|name]] said [[Tanya|name]] was at the police
station in [[West Bridgford|place]] giving a statement.
"""),
    ("mother's whatsapp messages typed up", """whatsapp [[tanya froggatt|name]] and her sister [[leanne|name]], shown to SW
[[jo hurt|name]]
[[27/11/26|date]]

[[tanya|name]]: [[ry|name]] kicked off again last night. [[kayd|name]] hid in the bathroom
[[leanne|name]]: omg [[tan|name]] come to mine in [[aslockton|place]]. i mean it
[[tanya|name]]: cant, [[lexi|name]] has the hv tmrw at [[bingham|place]] clinic
[[leanne|name]]: mum says she will have [[kayden|name]] again in [[radcliffe|place]]
[[tanya|name]]: [[ryan|name]]s mum [[sheila|name]] says im making it up lol
[[leanne|name]]: [[sheila bestwick|name]] wud say that. where is he now
[[tanya|name]]: at his mate [[gaz|name]]s in [[whatton|place]]. he took the car
[[leanne|name]]: good. [[kelly|name]] says u can stay at hers on [[fisher lane|address]] again
[[tanya|name]]: [[jo|name]] the social is coming weds the [[2nd|date]]
[[leanne|name]]: tell her everything babe. im driving over from [[aslockton|place]] sat
[[tanya|name]]: [[kayd|name]] keeps asking for [[craig|name]]. prison said visit on the [[9th|date]]
[[leanne|name]]: [[craig|name]]s mum [[pauline|name]] will take him. shes driving from [[radcliffe|place]] anyway
[[tanya|name]]: [[ry|name]] just messaged me from [[gaz|name]]s phone. says hes sorry. i aint answering
[[leanne|name]]: good girl. [[darren|name]] says he seen [[ryan|name]] in the chequers in [[bingham|place]] last nite
[[tanya|name]]: typical. [[lexi|name]] is teething, [[kayd|name]] has nits again
[[leanne|name]]: bring them both sat. my [[jess|name]] will play with [[kayden|name]]
"""),
]


# --- B. Dimakuta / Macarambon family (Maranao, from Marawi, the Philippines), Southwell -------------------------------

HOME_B = d.Address("6 Halam Road", "Southwell", "Nottinghamshire", "NG25 0AD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Sittie Aisah", "Dimakuta")], dt.date(2014, 4, 9), addresses=[HOME_B], ids=["8576234955",
       "Y891462515888"], schools=["The Minster School"]),
    _p("s", "sibling", [("Farhan", "Dimakuta")], dt.date(2019, 12, 17), addresses=[HOME_B], ids=["8396631867"]),
    _p("m", "mother", [("Norhaya", "Macarambon")], dt.date(1989, 8, 2), addresses=[HOME_B], phones=["07841 306 297"]),
    _p("f", "father", [("Amer", "Dimakuta")], dt.date(1985, 3, 25), addresses=[HOME_B], phones=["+63 917 482 6031"]),
], "c")

DOCS_B = [
    ("health visitor's home visit note", """HEALTH VISITOR HOME VISIT - [[14/10/2026|date]] - HV [[Ruth Kirkland|name]]
Child: [[Farhan Dimakuta|name]] DOB [[17/12/2019|dob]] NHS [[8396631867|nhs]]. Sister [[Sittie Aisah|name]]
("[[Aisah|name]]") at home, off school.
Mother [[Norhaya Macarambon|name]] ([[07841 306 297|phone]]), [[6 Halam Road|address]], [[Southwell|place]] [[NG25 0AD|postcode]].
Interpreter (Maranao / Tagalog): Mrs [[Jamila Pangandaman|name]] by phone from [[Nottingham|place]].
Mum says husband [[Amer Dimakuta|name]] has worked in [[Dubai|place]] since the spring and phones from a [[+63 917 482 6031|phone]]
number when he is home in [[Marawi|place]]. Money stopped in August. [[Norhaya|name]] cleans at a care home in [[Newark|place]].
[[Farhan|name]]'s speech delayed; says "ina" and "[[Aisah|name]]" only. Referred to SALT at [[Southwell|place]] clinic.
[[Aisah|name]] helps with her brother every morning. Her friend [[Grace Lowe|name]]'s mum Mrs [[Lowe|name]] drives her to school.
Mum's cousin Bai [[Sittie Lucman|name]] lives in [[Balderton|place]] and visits on Sundays. Babo [[Raihana|name]] is in [[Iligan|place]].
Plan: revisit [[28 October|date]]; early help referral; ask [[Minster|school]] about [[Aisah|name]]'s attendance.
Family in [[Southwell|place]] since 2021 (came via [[Manila|place]] and [[Leicester|place]]). Mum's friend from the mosque in
[[Newark|place]],
Mrs [[Amina Begum|name]], helps with letters. [[Norhaya|name]]'s brother [[Jamal Macarambon|name]] lives in [[Marawi|place]].
[[Aisah|name]] said bapa [[Jamal|name]] sends money "when [[Amer|name]] forgets". Next visit: [[Ruth Kirkland|name]], to see
[[Farhan|name]] at the nursery on [[Westgate|address]], [[Southwell|place]], with his key worker [[Molly Start|name]].
"""),
    ("mother's message in Maranao, translated", """Message from [[Norhaya|name]] to the school, in Maranao, translated by
[[Jamila Pangandaman|name]]
[[3/11/2026|date]]

Assalamu alaykum Mrs [[Teal|name]]. I am the mother of [[Sittie Aisah Dimakuta|name]] (Year 8). [[Aisah|name]] was not in school
on [[30 October|date]] because [[Farhan|name]] was sick and I had work in [[Newark|place]]. I am sorry. Her ama [[Amer|name]] is not
here. My kaka [[Tarhata|name]] in [[Marawi|place]] says he went home to [[Saguiaran|place]] to his first wife. I do not know.
His number there is [[+63 926 315 7408|phone]]. Apo [[Potri|name]] is sick in [[Iligan|place]]. Please do not tell [[Aisah|name]] this.
Translator's note ([[J. Pangandaman|name]]): "kaka" is elder sister, "apo" grandmother, "ama" father, "ina" mother. [[Tarhata|name]] is
[[Tarhata Macarambon|name]], the mother's elder sister, in [[Marawi|place]], Lanao del Sur.
My cousin [[Sittie Lucman|name]] from [[Balderton|place]] can come to meetings. I live at [[6 Halam Road|address]] still.
[[Farhan|name]] is better now. He goes to nursery with [[Ellis|name]], the son of my friend [[Hannah Rudd|name]] on [[Westgate|address]].
If you need me please ring [[07841 306 297|phone]]. Thank you. [[Norhaya Macarambon|name]] (ina of [[Aisah|name]] and [[Farhan|name]])
"""),
]

# --- C. Pickering family (white British), young carer, Tuxford -------------------------------------------------------

HOME_C = d.Address("9 Eldon Street", "Tuxford", "Nottinghamshire", "NG22 0LH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Pickering")], dt.date(2013, 2, 11), addresses=[HOME_C], ids=["8144768329", "H891426317497"],
       schools=["Tuxford Academy"]),
    _p("m", "mother", [("Kerry", "Pickering")], dt.date(1984, 7, 19), addresses=[HOME_C], phones=["07968 254 731"]),
], "c")

DOCS_C = [
    ("young carer's own words", """me and my mum - by [[jayden|name]] (year 9) for [[Beth|name]] from the young carers group

my mum [[kerry|name]] has MS and some days she cant get out of bed. i do her tablets and make tea. my sister [[courtney|name]]
lives in [[retford|place]] with her boyfriend [[dale|name]] and she comes on sundays. my dad [[steve|name]] lives in
[[worksop|place]] and i dont see him much. my best mate is [[owen|name]], he lives on [[lincoln road|address]] near the co op.
i like going to the group in [[ollerton|place]] because i can play pool and [[beth|name]] gives us pizza. sometimes im tired at
school and mr [[dunstan|name]] shouts. i dont want to go in care. i want mum to get a carer so i can go to [[owen|name]]s on
saturdays. our neighbour [[mavis|name]] at [[no 11|address]] checks on mum when im at school.
when mum fell in the summer i rang [[courtney|name]] and she came with [[dale|name]] from [[retford|place]]. nan [[brenda|name]] died
last year, she lived in [[east markham|place]]. i miss her. [[beth|name]] says i can have a break at the camp in sherwood forest? its
called clumber park i think. [[owen|name]]s mum [[tracey|name]] says i can sleep over at theirs on [[lincoln road|address]] any time.
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Nottinghamshire Young Carers Service
Young carer: [[PICKERING, Jayden|name]]   DOB [[11/02/2013|dob]]   School: [[Tuxford Academy|school]]   UPN [[H891426317497|upn]]
Address: [[9 Eldon Street|address]], [[Tuxford|place]], [[NG22 0LH|postcode]]. Assessed by [[Bethany Coupe|name]] on
[[18 November 2026|date]].
Cared-for: mum [[Kerry Pickering|name]] (multiple sclerosis; MS nurse [[Lorraine Gell|name]]). Mum's phone [[07968 254 731|phone]].
Tasks: medication, meals, shopping at the [[Tuxford|place]] Co-op, helping mum up the stairs. About 30 hours a week.
Family: sister [[Courtney Pickering|name]] (19) in [[Retford|place]]; dad [[Steven Ashmore|name]] in [[Worksop|place]].
[[Jayden|name]] wants: Saturdays off; a trip to [[Skegness|place]] with the group; his friend [[Owen Brackenbury|name]] to come.
Tutor Mr [[Dunstan|name]] ([[p.dunstan@tuxfordacademy.org.uk|email]]) to give [[Jayden|name]] a pass to phone home.
Emergency contact: neighbour [[Mavis Trueman|name]], [[11 Eldon Street|address]], [[01777 870 413|phone]].
Review: [[18 February 2027|date]]. Signed: [[B. Coupe|name]]; [[Jayden Pickering|name]] ("[[Jay|name]]"); [[Kerry Pickering|name]].
Other people: mum's friend [[Denise Sowter|name]] from [[Ollerton|place]] shops on Thursdays; sister's partner [[Dale Ingall|name]]
([[07462 918 305|phone]] is [[Courtney|name]]'s mobile). Adult social care worker for [[Kerry|name]]: [[Raj Sandhu|name]].
"""),
]


# --- D. Marriott family (white British), a boy of 16 criminally exploited, Bingham ----------------------------------

HOME_D = d.Address("31 Tithby Road", "Bingham", "Nottinghamshire", "NG13 8GQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Marriott")], dt.date(2010, 5, 6), addresses=[HOME_D], ids=["8419834343", "Q891497715974"],
       schools=["Toot Hill School"]),
    _p("m", "mother", [("Lisa", "Marriott")], dt.date(1981, 9, 14), addresses=[HOME_D], phones=["07586 903 142"]),
], "c")

DOCS_D = [
    ("police missing person log", """NOTTINGHAMSHIRE POLICE - MISSING PERSON LOG 0412 of [[06/11/2026|date]]
Subject: [[MARRIOTT, Tyler|name]]  DOB [[06/05/2010|dob]]  Home: [[31 Tithby Road|address]], [[Bingham|place]] [[NG13 8GQ|postcode]]
Reported by mother [[Lisa Marriott|name]] ([[07586 903 142|phone]]) at 23:10. Last seen 16:30 at [[Bingham|place]] station
getting the train to [[Nottingham|place]] with [[Reece Hallam|name]] (16) and a male known as "[[Skinz|name]]".
Risk: HIGH. Previous: found in [[St Ann's|place]] on [[12 October|date]] and in [[Sneinton|place]] on the [[21st|date]].
PC [[Danvers|name]] 2213 attended. Bedroom search: two phones, £340, a note with "[[Kez|name]] [[07415 862 039|phone]]".
01:40 [[07/11|date]]: [[Tyler|name]] found by PC [[Amy Roper|name]] at a flat on [[Hungerhill Road|address]], [[St Ann's|place]], with
[[Reece|name]]; adult male [[Kieran Sumner|name]] (DOB [[02/03/1998|dob]]) arrested. Vehicle [[NX20 OHT|vehicle]] seized.
Returned home 03:15. Mum's partner [[Gary Holt|name]] present. RHI to be offered by worker [[Neil Farrow|name]].
Note: [[Reece Hallam|name]] (DOB [[19/01/2010|dob]]) lives with mother [[Sharon Hallam|name]], [[Radcliffe on Trent|place]]; shared with
Rushcliffe neighbourhood team. Intel: "[[Skinz|name]]" may be [[Jordan Skinner|name]] (17) of [[Clifton|place]].
"""),
    ("snapchat extract typed up", """snapchat messages from [[tyler|name]]s phone, typed up by DC [[Whitehead|name]] [[8/11/26|date]]

[[skinz|name]]: yo [[ty|name]] u on tmrw
[[ty|name]]: cant my mum took my trainers lol
[[skinz|name]]: [[kez|name]] said ur owing. 2 bags short from [[ruddington|place]]
[[ty|name]]: that was [[reece|name]] not me
[[reece|name]]: bro dont snitch. meet at [[bingham|place]] station 4
[[ty|name]]: my mum is with the social tmrw. [[neil|name]] is coming
[[skinz|name]]: [[kieran|name]] is out on bail sat. he wants u in [[st anns|place]]
[[ty|name]]: my nan [[jean|name]] is at ours til sunday i cant
[[skinz|name]]: get the bus from [[radcliffe|place]] then. [[kez|name]] will pick u up
[[reece|name]]: [[ty|name]] delete this
[[ty|name]]: [[big j|name]] was at [[cotgrave|place]] sat asking for me
[[skinz|name]]: [[big j|name]] dont play. come thru [[clifton|place]] wed or [[kez|name]] comes to [[tithby rd|address]]
[[reece|name]]: my mum [[shaz|name]] says the feds been to ours in [[radcliffe|place]]
"""),
]

# --- E. Hollis / Campbell family (white British and Black Caribbean), domestic abuse, Southwell ----------------------

HOME_E = d.Address("42 Lower Kirklington Road", "Southwell", "Nottinghamshire", "NG25 0BJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Campbell")], dt.date(2019, 8, 27), addresses=[HOME_E], ids=["9966525947", "W891442714825"],
       schools=["Holy Trinity Infants School"]),
    _p("m", "mother", [("Gemma", "Hollis")], dt.date(1993, 4, 4), addresses=[HOME_E], phones=["07934 517 286"]),
    _p("f", "father", [("Marcus", "Campbell")], dt.date(1990, 11, 12), phones=["07752 681 934"]),
], "c")

DOCS_E = [
    ("police domestic abuse log", """DOMESTIC ABUSE INCIDENT - [[Southwell|place]] - log 1187 of [[19/10/2026|date]] - DASH: high
Victim: [[HOLLIS, Gemma|name]] DOB [[04/04/1993|dob]], [[42 Lower Kirklington Road|address]], [[Southwell|place]] [[NG25 0BJ|postcode]]
Suspect: [[CAMPBELL, Marcus|name]] DOB [[12/11/1990|dob]], NI [[JP 73 41 28 D|ni]], of [[Flat 3, 18 Kings Road|address]],
[[Newark|place]]. Phone [[07752 681 934|phone]]. Vehicle [[FY19 KZD|vehicle]] (grey Corsa).
Child present: [[Nevaeh Campbell|name]] (7). PC [[Lucy Orme|name]] and PC [[Javed|name]] attended 22:40.
[[Gemma|name]] says [[Marcus|name]] came back from [[Newark|place]] drunk, grabbed her neck in the kitchen. [[Nevaeh|name]] was on the
stairs. Neighbour [[Derek Pacey|name]] (no. 44) rang 999. [[Marcus|name]] left in the Corsa towards [[Farnsfield|place]].
Arrested 02:10 at his mother's ([[Yvonne Campbell|name]], [[Rainworth|place]]). Bail: not to enter [[Southwell|place]].
Referral to MARAC; IDVA [[Tasha Brett|name]] to contact [[Gemma|name]] on [[07934 517 286|phone]].
Witness: [[Derek Pacey|name]], [[44 Lower Kirklington Road|address]], [[Southwell|place]], [[01636 812 905|phone]]; his wife
[[Margaret|name]] saw
[[Marcus|name]] kick the door. [[Gemma|name]]'s mother [[Sandra Hollis|name]] collected [[Nevaeh|name]] to [[Edingley|place]] at 23:30.
Previous: [[Marcus|name]] cautioned [[3 June|date]] (assault on ex-partner [[Keisha Morgan|name]], [[Bulwell|place]]).
Officer: PC [[Orme|name]] 1456.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[17 November 2026|date]] -
[[Newark|place]] Castle House
Child: [[Nevaeh Campbell|name]] ([[27.08.2019|dob]]), NHS [[996 652 5947|nhs]], UPN [[W891442714825|upn]]
Chair: [[Alison Tredgett|name]]. Present: [[Gemma Hollis|name]] (mother), SW [[Kwame Asante|name]], IDVA [[Tasha Brett|name]],
[[Holy Trinity|school]] DSL Mrs [[Vanessa Pogson|name]], HV [[Ruth Kirkland|name]], PC [[Lucy Orme|name]]. Father
[[Marcus\nCampbell|name]] sent a
statement by email ([[marcuscampbell90@hotmail.co.uk|email]]); not invited to attend.
SW: [[Nevaeh|name]] told him "daddy squeezed mummy". Maternal nan [[Sandra Hollis|name]] of [[Edingley|place]] supports daily.
School: [[Nevaeh|name]] quiet, draws "Daddy" with a big mouth. Best friend [[Poppy Caunt|name]].
Paternal grandmother [[Yvonne|name]] wants contact at [[Rainworth|place]]; the conference noted [[Marcus|name]] stays there.
Decision: child protection plan, emotional abuse. Core group [[1 December|date]]. Review [[16 February 2027|date]].
Dissent: none. [[Gemma|name]] asked that [[Marcus|name]]'s mother [[Yvonne Campbell|name]] (of [[Rainworth|place]],
[[07586 143 920|phone]]) not be
told the address. Minutes by [[Leah Burrows|name]].
"""),
]


# --- F. Wragg family (white British), alcohol and a baby, Tuxford --------------------------------------------------

HOME_F = d.Address("5 Newcastle Street", "Tuxford", "Nottinghamshire", "NG22 0LN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Wragg")], dt.date(2025, 7, 8), addresses=[HOME_F], ids=["8061756064"]),
    _p("s", "sibling", [("Mia", "Wragg")], dt.date(2016, 3, 29), addresses=[HOME_F], ids=["6734774007", "A891481616378"],
       schools=["Tuxford Primary Academy"]),
    _p("m", "mother", [("Shannon", "Wragg")], dt.date(1998, 12, 1), addresses=[HOME_F], phones=["07903 148 625"]),
], "c")

DOCS_F = [
    ("OCR'd scanned GP letter", """Markham M0or Medlcal Practice (scanned letter, OCR text)
Dear Ms [[Wragg|name]],
Re: [[HARLEY WRAGG|name]]  DOB [[O8/O7/2O25|dob]]  NHS [[806 175 6064|nhs]]
[[5 Newcast1e Street|address]], [[Tuxf0rd|place]], [[NG22 OLN|postcode]]
[[Har1ey|name]] was not brought to his l2 month immunisations on [[l4/O9/2O26|date]] or on [[2l/lO/2O26|date]]. Dr [[0ldham|name]] has
asked the health visitor, [[Kirsty Mel1ors|name]], to visit. Y0ur mother [[Ju1ie Wragg|name]] of [[Ret ford|place]] rang on
[[3O/lO|date]] to say y0u were unwell.
[[Mia|name]] ([[29/O3/2Ol6|dob]]) is also due her flu spray; the school nurse [[Lorna Bi1by|name]] at [[Tuxford Primary|school]] knows.
We have a note that [[Jordan F0x|name]] of [[Gainsb0rough|place]] is not to collect the children. cc: HV [[Kirsty
Mellors|name]].
Please ring reception on [[01636 703 418|phone]] to book.
Yours sincerely, Dr [[A. 0ldham|name]]
"""),
    ("duty social worker's phone notes", """PHONE NOTES - duty SW [[Sophie Gallimore|name]] - [[Tuxford|place]] / [[Retford|place]] team

[[4/11/2026|date]] 10:05  Nan [[Julie Wragg|name]] ([[07817 249 563|phone]]) rang from [[Retford|place]]: [[Shannon|name]] drinking
again since her ex [[Jordan Fox|name]] left. Says [[Harley|name]] in the same nappy when she called round on the [[2nd|date]].
[[4/11/2026|date]] 11:20  Rang [[Shannon Wragg|name]] ([[07903 148 625|phone]]): denies. Says [[Julie|name]] "hates [[Jordan|name]]".
[[4/11/2026|date]] 14:00  [[Tuxford Primary|school]] DSL Mr [[Haywood|name]]: [[Mia|name]] (10) late 6 times; said "mum was
asleep on the floor". [[Mia|name]]'s friend [[Ruby Clixby|name]]'s mum [[Stacey|name]] drops her sometimes.
[[5/11/2026|date]] 09:30  Home visit, [[5 Newcastle Street|address]]: cans in the bin, [[Harley|name]] clean, fed. Mum's friend
[[Chloe Darby|name]] from [[East Markham|place]] present; says she will stay the week.
[[5/11/2026|date]] 16:45  [[Jordan Fox|name]] rang, number withheld. Says he lives in [[Gainsborough|place]] now.
[[6/11/2026|date]] 10:00  Strategy discussion with PC [[Marsh|name]] and HV [[Kirsty Mellors|name]]: [[Jordan Fox|name]] (DOB
[[14/05/1995|dob]]),
van [[YD17 HXR|vehicle]], lives at [[16 Caskgate Street|address]], [[Gainsborough|place]]. Section 47 for [[Harley|name]] and
[[Mia|name]].
"""),
]


DOCS_A += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[02/10/2026|date]]
[[Kayden Froggatt|name]] ([[21.06.2017|dob]]) and [[Lexi-Mae Bestwick|name]] ([[03/10/2022|dob]])
Chair: [[Martin Oakley|name]] (team manager). SW [[Joanne Hurt|name]]; DC [[Paul Whitehead|name]]; DSL [[Helen Morrissey|name]];
HV [[Sarah Pilgrim|name]] ([[sarah.pilgrim@nhs.net|email]]); GP practice (Bingham Medical Centre) by email.
Information: [[Ryan Bestwick|name]] (DOB [[15/08/1994|dob]]), father of [[Lexi-Mae|name]], of no fixed address, stays with his mother
[[Sheila Bestwick|name]] at [[8 Long Acre|address]], [[Bingham|place]]. Two call-outs in [[Cropwell Bishop|place]] with a former partner,
[[Danielle Widdowson|name]]. [[Lexi-Mae|name]]'s NHS [[461 825 4378|nhs]]. [[Kayden|name]]'s father [[Craig Froggatt|name]] is in prison.
Decision: section 47 joint visit [[3 October|date]]; [[Ryan|name]] not to stay at [[Moorbridge Road|address]]; nan [[Pauline|name]] in
[[Radcliffe on\nTrent|place]] as a safe place. Next: ICPC within 15 days.
Actions: [[Joanne Hurt|name]] and DC [[Whitehead|name]] to see [[Kayden|name]] at [[Carnarvon|school]] tomorrow; [[Sarah Pilgrim|name]] to
see [[Lexi-Mae|name]] at home; [[Helen Morrissey|name]] to share the log; check on [[Danielle Widdowson|name]] (now
[[Danielle Keeling|name]],
[[Aslockton|place]]). Police to speak to [[Ryan|name]]'s brother [[Jack Bestwick|name]] about the car [[FE18 WKJ|vehicle]].
"""),
    ("nan's phone call note", """Phone call - [[Pauline Froggatt|name]] ([[01949 837 216|phone]]) to SW [[Joanne Hurt|name]],
[[2/12/2026|date]] 16:20
[[Pauline|name]] says [[Ryan|name]] was outside her house on [[Shelford Road|address]], [[Radcliffe|place]], last night in the
[[FE18 WKJ|vehicle]]. She did not open the door. [[Kayden|name]] saw him and cried. [[Tanya|name]] is at [[Kelly|name]]'s
with [[Lexi|name]].
[[Pauline|name]]'s husband [[Ken|name]] wants to change the locks. She asked if [[Kayden|name]] can go to [[Radcliffe|place]] school
instead of [[Carnarvon|school]]. Advised to ring 999 if he comes back; told DC [[Whitehead|name]].
[[Pauline|name]] also said [[Ryan|name]]'s mum [[Sheila|name]] rang her from [[Long Acre|address]] calling [[Tanya|name]] a liar, and that
[[Craig|name]]'s sister [[Nicola Froggatt|name]] in [[Cotgrave|place]] can help with school runs from the [[7th|date]].
"""),
]

DOCS_B += [
    ("school attendance officer's email", """From: [[k.teal@minsterschool.org.uk|email]]
To: SW [[Farida Hussain|name]]
Date: [[10/11/2026|date]]
Subject: [[Sittie Aisah DIMAKUTA|name]] (8T) - attendance 71%

Hi [[Farida|name]], [[Aisah|name]] (UPN [[Y891462515888|upn]], NHS [[857 623 4955|nhs]]) has missed 14 days since [[7 September|date]].
Mum ([[Norhaya Macarambon|name]]) sent a note in Maranao on the [[3rd|date]], translated by Mrs [[Pangandaman|name]]. [[Aisah|name]]
told her tutor Mr [[Selby|name]] she looks after [[Farhan|name]] when mum works in [[Newark|place]]. Her friend [[Grace|name]] says she
cries about her dad ("ama") in [[Marawi|place]]. Dad, [[Amer Dimakuta|name]], rang us from [[+63 917 482 6031|phone]] on
[[6 November|date]]
asking for her reports to be sent to [[amer.dimakuta@gmail.com|email]]. We did not. Home is [[6 Halam Road|address]], [[Southwell|place]].
Regards, [[Karen Teal|name]], attendance officer, [[The Minster School|school]]
PS [[Aisah|name]]'s head of year Mrs [[Pidcock|name]] and the EAL lead Mr [[Rahman|name]] can meet on [[17 November|date]]. Dad's
sister [[Sittie Rohaima Dimakuta|name]] rang too, from [[Leicester|place]] ([[07752 318 640|phone]]).
"""),
    ("child's own words", """what [[aisah|name]] said (written down by [[Farida|name]] SW, [[24/11/2026|date]], at school)

i am [[sittie aisah|name]] but everyone says [[aisah|name]]. we came from [[marawi|place]] when i was 6. my ina works in [[newark|place]].
i take [[farhan|name]] to nursery on [[westgate|address]] and then im late. my ama is in [[dubai|place]] or maybe [[saguiaran|place]].
apo [[potri|name]] is sick. i talk to kaka [[jalilah|name]] on video, she is in [[iligan|place]]. i like art with miss [[hardstaff|name]].
my best friend is [[grace lowe|name]]. i want to go to [[southwell|place]] library on saturdays. bai [[sittie|name]] from
[[balderton|place]]
brings us rice.
[[Farida|name]] wrote: [[Aisah|name]] smiled when talking about [[Grace|name]] and Miss [[Hardstaff|name]]. She drew apo [[Potri|name]]'s
house in [[Marawi|place]] by the lake and wrote "AMA" (dad) on a plane.
"""),
]

DOCS_C += [
    ("GP letter to the school nurse", """Tuxford Medical Centre, [[Faraday Avenue|address]], [[Tuxford|place]]
[[25 November 2026|date]]
Dear Mrs [[Langford|name]],
Re: [[Jayden Pickering|name]], DOB [[11 February 2013|dob]], NHS [[814 476 8329|nhs]], [[9 Eldon Street|address]], [[Tuxford|place]]
[[Jayden|name]] came with his mother [[Kerry|name]] on [[20 November|date]] with headaches and poor sleep. He told me he gets up at
night to help his mum and that his friend [[Owen|name]]'s dad (Mr [[Brackenbury|name]]) drives them to [[Retford|place]] for her
prescriptions. I have referred [[Kerry|name]] to the adult social care team in [[Newark|place]] for a needs assessment, and
[[Jayden|name]] to the young carers service (worker [[Bethany Coupe|name]]). Please keep an eye on him at school.
Mrs [[Pickering|name]] has asked that letters go to [[9 Eldon Street|address]], [[Tuxford|place]], [[NG22 0LH|postcode]], and not to her
former partner [[Steven Ashmore|name]] at [[27 Gateford Road|address]], [[Worksop|place]].
Yours sincerely, Dr [[Nadia Pryce|name]] ([[nadia.pryce@nhs.net|email]])
"""),
    ("social worker's phone notes", """Phone notes - SW [[Martin Sale|name]] - [[PICKERING|name]]

[[1/12/2026|date]] 09:15  [[Kerry Pickering|name]] ([[07968 254 731|phone]]): fell on the stairs last night, [[Jayden|name]] called 999.
Ambulance took her to King's Mill. [[Jayden|name]] stayed with [[Mavis|name]] at [[no. 11|address]].
[[1/12/2026|date]] 10:40  [[Courtney|name]] ([[07462 918 305|phone]]) will come from
[[Retford|place]] tonight. Her partner [[Dale Ingall|name]] will drive.
[[1/12/2026|date]] 12:00  Dad [[Steve Ashmore|name]] in [[Worksop|place]] says he can have [[Jay|name]] weekends from the [[12th|date]].
[[2/12/2026|date]] 08:50  [[Kerry|name]] home. OT [[Ann Brumby|name]] to visit on the [[4th|date]] about a stair lift.
[[3/12/2026|date]] 15:30  [[Jayden|name]] rang from school ([[Tuxford Academy|school]]): worried about mum. Spoke to Mr
[[Dunstan|name]] too.
[[Jay|name]] going to [[Owen Brackenbury|name]]'s tonight; [[Owen|name]]'s mum [[Tracey Brackenbury|name]]
([[07934 205 817|phone]]) agreed.
"""),
]

DOCS_D += [
    ("return home interview", """RETURN HOME INTERVIEW - [[Tyler Marriott|name]] - [[9/11/2026|date]] - worker [[Neil Farrow|name]]
Where: [[Bingham|place]] library, then a walk by the [[Market Place|address]]. Mum [[Lisa|name]] waited in the car.
[[Tyler|name]] ("[[Ty|name]]") said he went to [[Nottingham|place]] with [[Reece|name]] to "see a mate". He would not name
"[[Skinz|name]]" but
said [[Kez|name]] ([[Kieran Sumner|name]]) gives him money for "dropping stuff" in [[Ruddington|place]], [[Keyworth|place]]
and [[West\nBridgford|place]].
He is scared of [[Kieran|name]]'s cousin "[[Big J|name]]". He wants to go back to [[Toot Hill|school]] and play football for
Bingham Town again. His nan [[Jean Marriott|name]] in [[Newton|place]] is "the only one who listens".
He likes his tutor Mr [[Okonkwo|name]]. Ex girlfriend [[Chloe-Ann|name]] from [[Cotgrave|place]] blocked him.
[[Tyler|name]] says [[Reece|name]]'s older brother [[Callum Hallam|name]] "started it" in [[Radcliffe|place]] and that a girl called
[[Jess|name]] from [[Bottesford|place]] holds the phones. [[Ty|name]] agreed to see [[Neil|name]] again on the [[23rd|date]].
Agreed: NRM referral; phone checks; football with coach [[Dave Pask|name]] on Saturdays.
[[Neil|name]]'s note: [[Lisa|name]] says [[Tyler|name]]'s dad [[Shaun Marriott|name]] lives in [[Mansfield|place]] and has
not seen him since
he was 11. [[Tyler|name]]'s older brother [[Connor|name]] is in the army at [[Catterick|place]].
"""),
    ("mother's complaint email", """From: [[lisa.marriott81@outlook.com|email]]
Sent: [[16 November 2026|date]]
To: complaints, Nottinghamshire County Council
Subject: my son [[TYLER MARRIOTT|name]] DOB [[6/5/2010|dob]]

I want to complain. [[Tyler|name]] went missing again on the [[14th|date]] and nobody rang me back for 3 hours. I rang the duty team
on [[07586 903 142|phone]] (my mobile, they have it) and the emergency duty team. The worker [[Neil|name]] is nice but the social
worker [[Gemma Tansley|name]] has changed 3 times. Police (PC [[Roper|name]]) found him in [[Hyson Green|place]] with that man
[[Kieran Sumner|name]] again who is meant to be on bail. I live at [[31 Tithby Road|address]], [[Bingham|place]], [[NG13 8GQ|postcode]]
and my partner [[Gary Holt|name]] and my mum [[Jean|name]] will back me up. [[Tyler|name]]'s UPN is [[Q891497715974|upn]] and NHS
[[8419834343|nhs]] if you need them. [[Lisa Marriott|name]]
P.S. The manager I spoke to, Mrs [[Aldred|name]], said she would ring on the [[17th|date]]. She didn't.
"""),
]

DOCS_E += [
    ("family support worker's notes", """FAMILY SUPPORT NOTES - [[Gemma Hollis|name]] and [[Nevaeh|name]] - worker [[Shelley Marsh|name]]

[[24/11/2026|date]]  Visit at [[42 Lower Kirklington Road|address]]. [[Gemma|name]] tired; [[Nevaeh|name]] showed me her drawing of
"Nanny [[Sandra|name]]'s house in [[Edingley|place]]". New locks fitted by [[Gemma|name]]'s brother [[Lewis Hollis|name]].
[[26/11/2026|date]]  Walk to [[Holy Trinity|school]] with [[Nevaeh|name]]. She said "Daddy rang nana [[Yvonne|name]]'s phone
and said sorry". Told SW [[Kwame|name]].
[[1/12/2026|date]]  Core group at [[Southwell|place]] library. [[Gemma|name]] says [[Marcus|name]]'s friend [[Tyrone Gayle|name]] drove
past in [[FY19 KZD|vehicle]] on the [[29th|date]]. Police told ([[Lucy Orme|name]]).
[[2/12/2026|date]]  Phone call: [[Sandra Hollis|name]] ([[01636 812 547|phone]]) says [[Marcus|name]]'s sister
[[Shanice Campbell|name]] messaged
[[Gemma|name]] on Facebook from [[Mansfield|place]]. [[Gemma|name]] did not reply. Advised to screenshot for PC [[Orme|name]].
[[3/12/2026|date]]  Freedom Programme place in [[Newark|place]] from [[12 January|date]]. [[Nevaeh|name]] starts play therapy with
[[Rosie Threlfall|name]]. [[Gemma|name]]'s new number: [[07934 517 286|phone]] (same as before; old one was her mum's).
"""),
    ("child's words, with the school nurse", """[[nevaeh|name]] says (written by the school nurse [[Jo|name]], [[8/12/2026|date]])

i live with mummy in [[southwell|place]]. daddy [[marcus|name]] lives at nana [[yvonne|name]]s in [[rainworth|place]]. he shouted
and he squeezed mummy. i was on the stairs. i like nanny [[sandra|name]]s house because she has chickens. my friend is [[poppy|name]]
and [[isla-rose|name]]. uncle [[lewis|name]] made the door safe. i want daddy to say sorry properly. i dont want to go to
[[rainworth|place]] on my own.
[[Jo|name]] wrote: [[Nevaeh|name]] said nana [[yvonne|name]] is "nice but [[marcus|name]] is there". Passed to SW
[[Kwame Asante|name]] and
Mrs [[Pogson|name]] on the [[8th|date]]. [[Poppy|name]]'s mum [[Kirsty Caunt|name]] offers after-school care at [[Easthorpe|place]].
[[Jo|name]] wrote: [[Nevaeh|name]] drew her home on [[Lower Kirklington\nRoad|address]] and a car with "[[MARCUS|name]]" on it.
"""),
]

DOCS_F += [
    ("nan's text messages typed up", """texts from [[julie wragg|name]] (nan) to SW [[sophie|name]], copied [[6/11/26|date]]

mon [[2 nov|date]] 18:10  hi its [[julie|name]] [[harleys|name]] nan. been to [[shans|name]] in [[tuxford|place]]. cans everywhere
mon [[2 nov|date]] 18:12  [[harley|name]] in a dirty nappy and [[mia|name]] made her own tea
tue [[3 nov|date]] 09:00  ive took [[mia|name]] to school from mine in [[retford|place]]. [[shan|name]] wont answer
tue [[3 nov|date]] 21:40  [[jordan|name]] was there again. he drives a white van [[YD17 HXR|vehicle]]
wed [[4 nov|date]] 07:55  my landline is [[01777 703 582|phone]] if my mobile dies
wed [[4 nov|date]] 19:30  [[chloe|name]] from [[east markham|place]] is stopping with her, thats good. [[chloe|name]]s mum
[[tina|name]] knows me
thu [[5 nov|date]] 08:20  [[mia|name]] says her friend [[ruby|name]] knows. kids talk in [[tuxford|place]]
thu [[5 nov|date]] 20:10  [[jordans|name]] mum [[bev fox|name]] rang me from [[gainsborough|place]] shouting. i put the phone down
fri [[6 nov|date]] 08:00  [[shannon|name]] rang me crying. says she will go to the drink service in [[newark|place]]. fingers
crossed [[sophie|name]]
"""),
    ("health visitor's record of a home visit", """HV RECORD - [[Harley Wragg|name]] ([[8 July 2025|dob]]) - NHS
[[806 175 6064|nhs]] - HV [[Kirsty Mellors|name]]
[[12/11/2026|date]] home visit, [[5 Newcastle Street|address]], [[Tuxford|place]] [[NG22 0LN|postcode]]. Mother
[[Shannon Wragg|name]] ([[07903 148 625|phone]]).
[[Harley|name]] weighed: 9.8 kg, dropped a centile. Immunisations now booked for [[19 November|date]] at [[Tuxford|place]].
[[Shannon|name]] says she drinks "only at weekends". AUDIT-C 9. Referred to the alcohol service in [[Newark|place]] (worker
[[Dean Ruddock|name]]). [[Mia Wragg|name]] (DOB [[29/03/2016|dob]], UPN [[A891481616378|upn]]) home from school, said "nanny
[[Julie|name]]
takes me to [[Retford|place]] on Saturdays". Friend [[Chloe Darby|name]] present; partner [[Jordan Fox|name]] "gone to
[[Gainsborough|place]]".
Plan: weekly visits; joint visit with SW [[Sophie Gallimore|name]] on the [[26th|date]].
Copy: GP Dr [[Oldham|name]], [[Markham Moor|place]]; [[Tuxford Primary|school]] (Mr [[Haywood|name]]); nan
[[Julie Wragg|name]] with consent.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 255 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nanny", "nana", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "bai", "ama",
           "ina", "apo", "babo", "bapa", "kaka", "coach", "tutor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "nottinghamshire", "the philippines", "philippines", "lanao del sur", "mindanao", "bassetlaw"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Bai Sittie Lucman", "Apo Potri", "Babo Raihana") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
