"""Set 250: a held-out hand-written set for the redaction detector, six invented families in Droitwich Spa, Ombersley and
Hanbury (mid-Worcestershire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set251.py to bench/redaction_set253.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set249.py were searched by script for the towns and for candidate African communities, printing only the
names of the files that hit (none named Droitwich, Ombersley or Hanbury; Dagomba and Dagbani were in none). Phone numbers
were checked with the phonenumbers library and NHS numbers and UPNs (LA 885, Worcestershire) made with python-stdnum in a
small script. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Shorter than asked: 853 gold spans (495 names) rather than about 900 (about 500 names); the documents were written short
and lengthened in two rounds while time allowed.

Six families: a young white British mother on Westlands, Droitwich Spa (Parsons / Cotterill; neglect, a baby losing weight,
a partner's violence, a nan in Ombersley); a Dagomba family from Tamale, northern Ghana (Dagbani speakers; Muslim) in
Chawson, Droitwich Spa (Alhassan / Iddrisu; physical chastisement with a belt by a father often in Ghana, a mother's voice
message in Dagbani translated); a white British girl of 14 in Ombersley (Booth; missing to Worcester, child sexual
exploitation); a white British and Black Caribbean boy of 15 in Witton, Droitwich Spa (Clarke-Mills / Mills; criminal
exploitation, county lines from Redditch, a mother's complaint); a white British family in Hanbury (Haywood; domestic abuse,
strangulation, a MARAC); and a girl of 6 in kinship care with her grandfather in Boycott, Droitwich Spa (Lench / Probert; a
mother in rehab, special guardianship). The community new to this set: Dagomba (Dagbani-speaking, northern Ghana), which no
earlier docstring searched names; its kin words ("Yaba", grandparent; "Mma", mother) stay outside names, its home towns
(Tamale, Yendi, Savelugu, Gushegu) are places, and its foreign phones are Ghanaian (+233).

24 documents, each with its own style label: a first school safeguarding log, a mum's Snapchat messages typed up, a health
visitor's home visit note, child protection conference minutes, a social worker's phone notes, a mother's WhatsApp voice
message in Dagbani translated, a child's own words with a learning mentor, a strategy discussion minute, a police missing
person log, a return home interview, a Snapchat chat typed up by the police, a GP's email, a youth justice referral, a
mother's complaint email (with upper-case names), child in need review minutes, a boy's own words with a youth worker, a
police domestic abuse log, an OCR'd paediatrician's letter (with its misreadings: l for 1, O for 0, 0 for O, I for l), a MARAC
referral, a mother's texts to her sister typed up, family support worker's notes, a grandfather's letter to the court, a
mother's phone call note and a special guardianship assessment extract.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Ghana +233); NHS numbers and UPNs pass their check digits. Towns, villages,
districts, estates and streets are real; the council and charities are unmarked organisations.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name
is NOT marked (a dog, a hamster: a pet is not a person); a month with its year, a season or a feast with its year, and a
year alone ("in 2021", "since 1998") are NOT marked as dates; a named day of the year without a date written ("Christmas")
is not marked; a day with its month ("21 November", "the 3rd of August"), a day alone ("the 12th"), full dates and dates of
birth are marked as before (a birthday written as a day and month is a dob). Titles and kinship words stay outside a name
(Mr, Mrs, Dr, PC, DC, nanny, grandad, auntie, coach, Yaba, Mma, Alhaji); "SURNAME, First" is one span; usernames ("jonno_x")
are not marked, but a chat speaker label that is a first name or a nickname ("kay:", "chels:", "keels:", "laura:") is a
name, as in set 213; organisations holding a town's name stay unmarked ("West Mercia Police", "Worcestershire Acute
Hospitals", "Worcestershire Royal", "HMP Hewell", "Raven Hotel", "St Andrews" church); Worcestershire, Ghana and England are
regions or countries, not places.

Choices this set had to make: a school named in a document and in the records is marked as a school ("Witton Middle
School", "Witton" for it in a minute, "Chawson First", "Hanbury First", "Droitwich Spa High"), a headed school name is not
there; "Lido Park" (a park) and "Hanbury Wharf" (a hamlet) are places, "the wharf" in a text is the same place in lower case;
"brum" (Birmingham) is a place; "Foregate Street" (a station) and a street alone ("Vines Lane", "Main Road", "Pulley Lane")
are addresses; a dish ("tuo zaafi") and a prayer time ("Asr") are not marked; nicknames and short forms are names ("Fusi",
"Kay", "Chels", "Zee", "K-Dog", "Deeks", "Taff", "ozzy", "Keef"); an OCR misread name, place or number keeps
its kind; a misspelt name in a letter ("Kaleigh") is a name; "the B4090" is a road, a landmark, and not marked; a phone number
written and then corrected in a note is still a phone.

Self-check without the detector: `python -m bench.redaction_set250` (and tests/test_redaction_set250.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 853 gold spans, 495 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Parsons / Cotterill family (white British), Westlands, Droitwich Spa ------------------------------------------------

HOME_A = d.Address("14 Addyes Way", "Westlands", "Droitwich", "WR9 9NT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Parsons")], dt.date(2019, 6, 11), addresses=[HOME_A], ids=["6628108325", "C885541048660"],
       schools=["Chawson First School"]),
    _p("s", "sibling", [("Mia-Rose", "Cotterill")], dt.date(2025, 4, 23), addresses=[HOME_A], ids=["5646789494"]),
    _p("m", "mother", [("Kayleigh", "Cotterill")], dt.date(2000, 9, 2), addresses=[HOME_A], phones=["07723 418 905"]),
], "c")

DOCS_A = [
    ("first school safeguarding log", """SAFEGUARDING LOG - CPOMS PRINT
Pupil: [[PARSONS, Tyler|name]]   DOB [[11/06/2019|dob]]   UPN [[C885541048660|upn]]   NHS [[662 810 8325|nhs]]
Parent: [[Kayleigh Cotterill|name]] ([[07723 418 905|phone]]), [[14 Addyes Way|address]], [[Westlands|place]], [[Droitwich|place]]
[[WR9 9NT|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, coat wet through, no socks. Miss [[Harcourt|name]] (class teacher) found spares.
[[15/09/2026|date]]  [[Tyler|name]] asleep at carpet time. Said "[[Mia|name]] was screaming and mummy was shouting at [[Shane|name]]".
[[22.9.26|date]]  Mum's partner [[Shane Tolley|name]] collected, first time. Not on the contact sheet. Car [[KX18 VNO|vehicle]].
[[1 Oct|date]]  HV [[Sarah Pountney|name]] rang: baby [[Mia-Rose|name]] weight dropping, two missed appointments at the clinic.
[[6th October 2026|date]]  [[Tyler|name]] told TA [[Becky\nHolloway|name]] he had crisps for tea "every day". Referral made by DSL
[[Gareth Ince|name]]. SW [[Anjali Mistry|name]] allocated on [[9/10|date]].
[[20/10/2026|date]]  Neighbour Mrs [[Joan Bickley|name]] from [[no. 16|address]] came in to say the dog (Tyson) is left in
the garden all night and the baby cries.
[[3/11/26|date]]  [[Tyler|name]] said he went to nanny [[Lorraine|name]]'s in [[Ombersley|place]] for the weekend. Nan is
[[Lorraine Cotterill|name]], [[4 Holloway Cottages|address]], [[Ombersley|place]], [[WR9 0EL|postcode]].
[[12/11/2026|date]]  [[Tyler|name]] and [[Alfie Brookes|name]] fought at lunch. [[Alfie|name]]'s mum [[Nikki Brookes|name]] complained.
[[26/11/2026|date]]  Core group at the [[Westlands|place]] children's centre. [[Kayleigh|name]] came with her friend [[Chelsea\nDyer|name]].
Next on the [[10th|date]].
[[2/12/2026|date]]  [[Tyler|name]] absent. No answer on [[07723 418 905|phone]]. Home visit: [[Shane|name]] answered, said
[[Kay|name]] was at her mum's.
[[3/12/2026|date]]  [[Tyler|name]] back. Said he slept at "auntie [[Chels|name]]'s" in [[Witton|place]] with [[Kay|name]] and
[[Mia|name]]. [[Chelsea Dyer|name]] confirmed: [[Flat 6, 2 Ombersley Street West|address]], [[Droitwich|place]] [[WR9 8HZ|postcode]].
[[4/12/2026|date]]  [[Tyler|name]] drew his family: mummy, [[Mia|name]], nanny [[Lorraine|name]] and "[[Dan|name]]" ([[Chelsea|name]]'s
partner, [[Daniel Kimber|name]]). No [[Shane|name]] in the picture. Miss [[Harcourt|name]] kept it on file.
[[7/12/2026|date]]  Letter from mum signed "[[Kaleigh Cotterill|name]]" (sic) giving permission for nan [[Lorraine|name]] and
[[Chelsea Dyer|name]] to collect. New number for mum: [[07592 318 604|phone]] crossed out, [[07723 418 905|phone]] again.
"""),
    ("mum's snapchat messages typed up by the family support worker", """Snapchat messages shown to FSW [[Leanne Rudge|name]] by
[[Kayleigh Cotterill|name]], typed up [[27/11/26|date]]

[[kay|name]]: hes not hitting me hes just loud
[[chels|name]]: [[kay|name]] he threw the remote at [[tyler|name]] i seen it
[[kay|name]]: it hit the wall not him
[[chels|name]]: come stay at mine in [[witton|place]] for a bit, [[dan|name]] dont mind
[[kay|name]]: [[shane|name]] will go mad
[[chels|name]]: let him. [[mia|name]] needs her milk not his mates round smoking
[[kay|name]]: my mum said i can go [[ombersley|place]] but its miles and no bus after 6
[[chels|name]]: ill pick u up. ill be outside [[addyes way|address]] at 7
[[kay|name]]: dont come to the door hes in
[[chels|name]]: ok babe ill text from the coop on [[westlands|place]]
[[kay|name]]: [[tylers|name]] teacher rang again. they know
[[chels|name]]: good. tell [[anjali|name]] the truth x
[[kay|name]]: she wont take them off me will she
[[chels|name]]: no babe. [[sarah|name]] the hv said ur a good mum just need help
[[kay|name]]: [[shane|name]]s mum [[bev|name]] keeps messaging me from [[tagwell|place]]
[[chels|name]]: block her
"""),
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT
Child: [[Mia-Rose Cotterill|name]]  DOB [[23/04/2025|dob]]  NHS [[564 678 9494|nhs]]
Address: [[14 Addyes Way|address]], [[Droitwich|place]] [[WR9 9NT|postcode]]
Seen by: [[Sarah Pountney|name]], HV, [[14/11/2026|date]]

Mum ([[Kayleigh|name]]) present, partner ([[Shane Tolley|name]]) in the kitchen, would not come through. Strong smell of cannabis.
[[Mia-Rose|name]] in a dirty sleepsuit; weight 8.1 kg, below the 2nd centile now. Bottles made up with too much water:
[[Kayleigh|name]] said money ran out till Friday. [[Tyler|name]] home from school, ate two slices of dry bread while I was there.
Dog in the garden. Maternal grandmother [[Lorraine|name]] rang during the visit and asked me to "tell them [[Shane|name]]'s
no good". Plan: weigh again on [[21 November|date]] at the [[Droitwich|place]] clinic; Healthy Start vouchers; share with SW
[[Anjali Mistry|name]] today. GP: Dr [[Okafor|name]].
Addendum [[21/11/2026|date]]: weighed at the clinic, 8.4 kg. [[Kayleigh|name]] came with [[Chelsea Dyer|name]] and said
she is staying at [[Chelsea|name]]'s in [[Witton|place]]. Mum's mobile still [[07723 418 905|phone]]. [[Mia-Rose|name]] smiling and
babbling. Nan [[Lorraine Cotterill|name]] to attend the next weigh-in.
Second addendum [[28/11/2026|date]]: HV student [[Megan Harte|name]] observed. Mum asked about nursery for [[Tyler|name]]'s
sister at [[Westlands|place]] from [[6 January|date]]. GP surgery in [[Droitwich|place]] to be told of the address change.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[7 December 2026|date]]
Children: [[Tyler PARSONS|name]] ([[11.06.2019|dob]]) and [[Mia-Rose COTTERILL|name]] ([[23.04.2025|dob]])
Chair: [[Hilary Westwood|name]]. Minutes: [[Josh Tandy|name]].
Present: [[Kayleigh Cotterill|name]] (mother), [[Lorraine Cotterill|name]] (maternal grandmother), [[Anjali Mistry|name]] (SW),
[[Sarah Pountney|name]] (HV), [[Gareth Ince|name]] (DSL), PC [[Mark Skidmore|name]]. Apologies: [[Shane Tolley|name]].

[[Anjali|name]] read her report. Police attended [[14 Addyes Way|address]] on [[29/11/2026|date]] after a call from
Mrs [[Bickley|name]] next door: shouting, a smashed window. [[Shane|name]] was arrested and bailed to his mother's address,
[[31 Tagwell Road|address]], [[Droitwich|place]] [[WR9 7AQ|postcode]], with a condition not to come to [[Westlands|place]].
[[Tyler|name]]'s father, [[Ryan Parsons|name]], lives in [[Bromsgrove|place]] and has not seen him since 2023; he was
invited but did not reply. [[Lorraine|name]] has offered to have both children at [[Ombersley|place]] at weekends.
Decision: both children subject to a child protection plan, category neglect. Core group on [[14/12/2026|date]].
[[Lorraine|name]] said [[Kayleigh|name]] "was a good girl till she met [[Shane|name]]". [[Kayleigh|name]] said she has ended
it and will stay at [[Chelsea Dyer|name]]'s flat on [[Ombersley Street West|address]] until [[Shane|name]]'s bail ends on the
[[19th|date]]. PC [[Skidmore|name]] confirmed [[Shane|name]]'s previous partner, [[Jodie Marsh|name]] of [[Bromsgrove|place]], had
a non-molestation order against him. [[Gareth|name]] said [[Tyler|name]]'s attendance is 81%.
"""),
]


# --- B. Alhassan / Iddrisu family (Dagomba, from Tamale, northern Ghana), Chawson, Droitwich Spa ----------------------------

HOME_B = d.Address("7 Chawson Pleck", "Chawson", "Droitwich", "WR9 8RJ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Fuseini", "Alhassan")], dt.date(2014, 2, 19), addresses=[HOME_B], ids=["2263743960", "Q885486076546"],
       schools=["Witton Middle School"]),
    _p("m", "mother", [("Ayishetu", "Iddrisu")], dt.date(1987, 7, 30), addresses=[HOME_B], phones=["07851 266 340"]),
    _p("f", "father", [("Abdul-Rahaman", "Alhassan")], dt.date(1982, 1, 5), addresses=[HOME_B], phones=["+233 24 418 7730"]),
], "c")

DOCS_B = [
    ("social worker's phone notes", """PHONE NOTES - SW [[Anjali Mistry|name]]
Re: [[Fuseini ALHASSAN|name]] (DOB [[19/02/2014|dob]]), [[7 Chawson Pleck|address]], [[Chawson|place]], [[Droitwich|place]]
[[WR9 8RJ|postcode]]

[[3/11/26|date]] 10:15  Call from [[Witton Middle School|school]] (DSL Mr [[Pritchard|name]]): [[Fuseini|name]] has a belt mark on his
upper arm. Said his father "corrects" him when he lies. Father [[Abdul-Rahaman Alhassan|name]] is in [[Tamale|place]], back
next week. Mother [[Ayishetu Iddrisu|name]] on [[07851 266 340|phone]].
[[3/11/26|date]] 11:40  Rang mum with interpreter [[Rahinatu Sulemana|name]] (Dagbani, by phone). Mum said the mark was from
football. She said her husband's uncle, Yaba [[Mahama|name]], does the discipline when they visit [[Yendi|place]].
[[3/11/26|date]] 14:05  Rang father on [[+233 24 418 7730|phone]]. No answer. Left message in English.
[[4/11/26|date]] 09:30  Father rang back from [[+233 20 563 1942|phone]] (his brother [[Iddrisu Alhassan|name]]'s phone in
[[Savelugu|place]]). He said he will be back on the [[12th|date]] and "the boy must respect".
[[4/11/26|date]] 16:20  Family friend Mrs [[Memunatu Abukari|name]] ([[Chawson|place]] mosque) rang, worried. Said [[Fusi|name]]
stays at hers on [[Pulley Lane|address]] when his dad is angry.
[[5/11/26|date]] 12:00  School nurse [[Bronwen Lloyd|name]] saw [[Fuseini|name]]; mark fading. [[Zakaria|name]] ([[Fuseini|name]]'s
brother, 6) at [[Chawson First|school]], no concerns from his teacher Mrs [[Oakley|name]].
[[6/11/26|date]] 09:10  Interpreter [[Rahinatu|name]] unavailable; [[Abdulai Seidu|name]] booked for [[10/11|date]]. Mum asked for a
female interpreter only.
[[6/11/26|date]] 15:45  [[Ayishetu|name]] rang from [[07851 266 340|phone]]: husband's cousin [[Abukari Yakubu|name]] has offered a room in
[[Droitwich|place]]. Mum's friend [[Memunatu|name]]'s husband, Alhaji [[Yahaya Abukari|name]], drives a taxi and will bring her
to the office.
"""),
    ("mother's whatsapp voice message in Dagbani, translated", """Translated from Dagbani by [[Rahinatu Sulemana|name]], interpreter,
[[6 November 2026|date]]. Sent by [[Ayishetu Iddrisu|name]] to [[Memunatu|name]].

"[[Memunatu|name]], my sister, thank you for keeping [[Fuseini|name]] last night. His father is still in [[Tamale|place]] but he
calls every night and shouts at the boy on the phone. The school called the social worker, a lady called [[Anjali|name]]. I
am afraid they will take my son. In [[Gushegu|place]] when we were children our fathers beat us and nobody came. My mother
(Mma [[Fati|name]]) says I must not talk to the council. My brother [[Sulemana Iddrisu|name]] in [[Birmingham|place]] says I
must. Please tell [[Fusi|name]] I am not angry. [[Zakaria|name]] and [[Azara|name]] are asking for him. Come to the house after
Asr."
Second message, the same evening: "[[Memunatu|name]], [[Abdul-Rahaman|name]]'s sister
[[Hawa|name]] in [[Tamale|place]] called me. She says the family is talking. Tell [[Rashid|name]] to bring [[Fusi|name]]'s school bag.
I will call [[Sulemana|name]] on Sunday."
Third message, [[8 November|date]]: "[[Memunatu|name]], the social worker came with a man from the
police, [[Tom|name]]. They were kind. [[Fuseini|name]] told them the truth. [[Abdul-Rahaman|name]] has not called today. [[Zakaria|name]]
has a fever. If he calls tell him I am at the hospital in [[Worcester|place]]."
"""),
    ("child's own words written with the school learning mentor", """MY WORDS - [[Fuseini|name]] (Year 8), with Mrs [[Kettle|name]],
learning mentor, [[10/11/2026|date]]

My name is [[Fuseini|name]] but everyone says [[Fusi|name]]. I live in [[Chawson|place]] with my mum and my little brother
[[Zakaria|name]] and my sister [[Azara|name]]. My dad works and goes to Ghana a lot. My best friend is [[Kofi Mensah|name]] and
[[Oliver Glynn|name]]. We play football at [[Lido Park|place]].
When dad is cross he uses his belt. It happened before he went to [[tamale|place]]. I do not want him to get in trouble.
I like going to auntie [[Memunatu|name]]'s because she makes tuo zaafi and her son [[Rashid|name]] has a PS5.
My grandad in [[Yendi|place]] is called Yaba [[Mahama|name]]. He is old. I want to go back and see him but not live
there.
My mum is called [[Ayishetu|name]] but her friends say [[Ayi|name]]. She cleans at the
hospital. I want to be a footballer like [[Mohammed Kudus|name]]. My friend [[Oliver|name]] lives on [[Briar Mill|address]].
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[13/11/2026|date]], 14:00 (Teams)
Child: [[ALHASSAN, Fuseini|name]], [[19.02.2014|dob]], NHS [[226 374 3960|nhs]], UPN [[Q885486076546|upn]]
Attendees: [[Rosalind Hyde|name]] (team manager, chair); [[Anjali Mistry|name]] (SW); DC [[Tom Gwilliam|name]]; Mr
[[Dewi Pritchard|name]] (DSL, [[Witton|school]]); Dr [[Helen Arkwright|name]] (named doctor).

Father [[Abdul-Rahaman ALHASSAN|name]] returned to the UK on [[12/11/2026|date]] via [[Accra|place]]. Mother [[Ayishetu|name]]
says he has agreed to stay with his cousin [[Abukari Yakubu|name]] at [[22 Briar Mill|address]], [[Droitwich|place]]
[[WR9 8UH|postcode]] while enquiries are made. Father's mobile [[+233 24 418 7730|phone]] and a UK number [[07496 327 118|phone]].
Child protection medical booked at the Worcestershire Royal on the [[14th|date]]. Section 47 enquiry: yes, joint.
Interpreter for all meetings: Dagbani, not Twi (mum asked). [[Fusi|name]] to stay with mum; [[Memunatu Abukari|name]] as a
safe adult.
Actions: [[Anjali|name]] and DC [[Gwilliam|name]] to see [[Fuseini|name]] at school on [[16/11/2026|date]]; [[Dewi|name]] to keep
a daily check; [[Rosalind|name]] to review on [[20/11/2026|date]]. Aunt [[Hawa Alhassan|name]] ([[Tamale|place]]) not to be contacted.
Note added [[14/11/2026|date]] by [[Anjali Mistry|name]]: medical by Dr [[Arkwright|name]] consistent with a belt. Father seen at
[[22 Briar Mill|address]] with interpreter [[Abdulai Seidu|name]]; he accepted he used a belt and agreed to parenting work with
[[Kwame Boateng|name]] (family support, [[Redditch|place]]).
"""),
]


# --- C. Booth family (white British), Ombersley ------------------------------------------------------------------------------

HOME_C = d.Address("3 Chatley Lane", "Ombersley", "Droitwich", "WR9 0HL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Keeley", "Booth")], dt.date(2012, 1, 27), addresses=[HOME_C], ids=["7369759334", "T885071722517"],
       schools=["Droitwich Spa High School"]),
    _p("m", "mother", [("Donna", "Booth")], dt.date(1984, 5, 16), addresses=[HOME_C], phones=["07984 503 662"]),
], "c")

DOCS_C = [
    ("police missing person log", """WEST MERCIA POLICE - MISSING EPISODE LOG
Subject: [[BOOTH, Keeley|name]] ([[27/01/2012|dob]]), [[3 Chatley Lane|address]], [[Ombersley|place]] [[WR9 0HL|postcode]]
Reported by: [[Donna BOOTH|name]] (mother) on [[07984 503 662|phone]]

[[18/10/2026|date]] 23:10  Mother reports [[Keeley|name]] not home. Last seen 17:30 at the bus stop on [[Main Road|address]],
[[Ombersley|place]], getting into a grey Golf [[FJ67 WZP|vehicle]]. Driver believed to be "[[Jonno|name]]", 19-20.
[[19/10/2026|date]] 01:45  PC [[Ellie Raybould|name]] spoke to friend [[Tegan Lowbridge|name]] ([[Fernhill Heath|place]]): said
[[Keeley|name]] went to a flat in [[Worcester|place]] near [[Lowesmoor|place]] with [[Jonno|name]] and his mate "[[Deeks|name]]".
[[19/10/2026|date]] 06:20  [[Keeley|name]] found by PCSO [[Raj Bains|name]] at [[Foregate Street|address]] station, [[Worcester|place]].
Cold, phone dead, smelt of alcohol. Taken home to [[Ombersley|place]]. Vehicle keeper: [[Jonathan Deakin|name]],
[[Flat 4, 60 Sansome Walk|address]], [[Worcester|place]] [[WR1 1LX|postcode]].
[[20/10/2026|date]]  Return home interview requested. Intel to the CSE team: [[Jonno|name]] = [[Jonathan\nDeakin|name]]?
[[21/10/2026|date]]  Second friend named by mother: [[Macy Garbett|name]], [[Hampton Lovett|place]]. [[Macy|name]] said
[[Keeley|name]] calls [[Jonno|name]] "[[Jon|name]]" and has him saved as "[[Jonathan|name]] work".
[[22/10/2026|date]]  Second vehicle linked to [[Deakin|name]]: white Corsa [[FY19 KTE|vehicle]], keeper [[Shannon Bright|name]],
[[Kidderminster|place]]. [[Shannon Bright|name]] (17) known to [[Worcester|place]] CSE team.
[[23/10/2026|date]]  Mother rang again from [[07984 503 662|phone]]: [[Keeley|name]] home, grounded. Nan [[Pauline Hurd|name]] staying.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[21 October 2026|date]]
Young person: [[Keeley Booth|name]] (14). Interviewer: [[Chloe Amphlett|name]], Children's Society. At [[Droitwich|place]] library.

[[Keeley|name]] said she met [[Jonno|name]] on Snapchat in the summer. He is "like 19". He buys her vapes and food. She has
been to the flat in [[Worcester|place]] three times; there are older girls there, one called [[Shannon|name]] from
[[Kidderminster|place]]. [[Deeks|name]] is [[Jonno|name]]'s cousin and "the scary one". She does not want [[Tegan|name]] to get in
trouble. She fell out with her mum because of her mum's boyfriend [[Gary Hemming|name]] who "acts like my dad". Her real dad,
[[Lee Booth|name]], lives in [[Stourport|place]] and she'd like to see him more. She would talk to [[Chloe|name]] again.
Safety plan: Mum's number [[07984 503 662|phone]] saved as ICE; nan [[Pauline\nHurd|name]] in [[Hawford|place]] as a safe place.
[[Keeley|name]] asked that [[Macy Garbett|name]] not be told she spoke. She said [[Gary|name]] is "alright really" and
her mum [[Donna|name]] works at the pub in [[Ombersley|place]] till late.
[[Chloe|name]]'s manager [[Tariq Hussain|name]] shared this with SW [[Anjali Mistry|name]] on [[22/10/2026|date]]. Next visit at
[[Ombersley|place]] on the [[28th|date]], with [[Keeley|name]]'s agreement.
"""),
    ("snapchat chat typed up by the police", """Exhibit RB/3 - Snapchat chat extracted from [[Keeley|name]]'s phone, typed up
by DC [[Raj Bains|name]] on [[24/10/26|date]]

jonno_x: u coming tonight
[[keels|name]]: cant mum took my money
jonno_x: ill get u from the chip shop in [[ombersley|place]] at 8
[[keels|name]]: not [[ombersley|place]] my mum works there. [[hawford|place]] bus stop
jonno_x: sound. bring [[tegan|name]]
[[keels|name]]: [[tegan|name]]s grounded
jonno_x: [[deeks|name]] wants to meet u properly
[[keels|name]]: hes weird [[jon|name]]
jonno_x: hes alright. we go [[droitwich|place]] after then back to mine
[[keels|name]]: ok. dont tell [[shannon|name]]
jonno_x: [[shan|name]] dont matter
[[keels|name]]: [[macy|name]] might come
jonno_x: bring her to [[lowesmoor|place]]
[[keels|name]]: whats ur real name anyway
jonno_x: [[jonathan|name]]. [[jonno|name]] to u x
"""),
    ("GP's email to the social worker", """From: Dr [[Fiona Tranter|name]] <[[fiona.tranter@nhs.net|email]]>
To: [[Anjali Mistry|name]]
Date: [[30/10/2026|date]]
Subject: [[Keeley Booth|name]] [[27/01/2012|dob]] NHS [[736 975 9334|nhs]]

Dear [[Anjali|name]],
I saw [[Keeley|name]] with her mother [[Donna|name]] today at the [[Ombersley|place]] branch surgery. She asked for the
contraceptive pill and said her boyfriend is 16; her mum said "[[Jonathan|name]]" is older. I have referred to the sexual
health nurse, [[Beth Careless|name]], at [[Droitwich|place]]. She has a self-harm history from 2025 (CAMHS, [[Worcester|place]]).
Her grandmother, Mrs [[Pauline Hurd|name]], also rang to ask us to "keep an eye out". Happy to join any meeting.
Kind regards, [[Fiona|name]]
PS [[Keeley|name]]'s mother's partner, [[Gary Hemming|name]], is also our patient; I cannot share about him without
consent. Mum's number is [[07984 503 662|phone]].
Also: [[Keeley|name]]'s friend [[Macy Garbett|name]] is registered with us; her mother, [[Sharon Garbett|name]], came in
worried on [[29/10/2026|date]] and named [[Jonathan Deakin|name]] too.
"""),
]


# --- D. Clarke-Mills family (white British and Black Caribbean), Witton, Droitwich Spa -------------------------------------

HOME_D = d.Address("45 Kidderminster Road", "Witton", "Droitwich", "WR9 9AY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Clarke-Mills")], dt.date(2011, 8, 3), addresses=[HOME_D], ids=["5755330182", "K885543761230"],
       schools=["Droitwich Spa High School"]),
    _p("m", "mother", [("Stacey", "Mills")], dt.date(1990, 12, 9), addresses=[HOME_D], phones=["07517 840 239"]),
], "c")

DOCS_D = [
    ("youth justice referral", """YOUTH JUSTICE SERVICE - REFERRAL
Name: [[Jaden CLARKE-MILLS|name]]   DOB [[03/08/2011|dob]]   NHS [[575 533 0182|nhs]]   UPN [[K885543761230|upn]]
Address: [[45 Kidderminster Road|address]], [[Witton|place]], [[Droitwich|place]] [[WR9 9AY|postcode]]
Mother: [[Stacey Mills|name]], [[07517 840 239|phone]]. Father: [[Dwayne Clarke|name]], [[Birmingham|place]] ([[Handsworth|place]]).

On [[2/11/2026|date]] [[Jaden|name]] was stopped by PC [[Harvey Lench|name]] on [[Vines Lane|address]] with £340 and two
phones. A second boy, [[Kieran Doolan|name]] (16, [[Redditch|place]]), ran. [[Jaden|name]] said the money was his nan's. His nan,
Mrs [[Marcia Clarke|name]], lives at [[9 Hanbury Road|address]], [[Droitwich|place]] and says she never gave him any. Known
associates: "[[Zee|name]]" ([[Zachary Owusu|name]]), "[[K-Dog|name]]" ([[Kieran|name]]). NRM referral made on [[4/11|date]].
Worker: [[Marcus Oyelaran|name]], YJS, [[marcus.oyelaran@worcschildrenfirst.org.uk|email]].
Other contacts: uncle [[Andre Clarke|name]] ([[Wolverhampton|place]]); coach [[Barry Nind|name]] ("[[Baz|name]]"), boxing,
[[Droitwich|place]].
[[Jaden|name]]'s sister [[Kiara Mills|name]] (19) lives in [[Worcester|place]] at [[St John's|place]].
Education: [[Droitwich Spa High|school]], head of year Ms [[Chandra|name]]. Attendance 62%. Excluded for a fight with
[[Louis Hadley|name]] on [[14/10/2026|date]]. [[Jaden|name]]'s phone: [[07368 215 974|phone]] is NOT his; his is unknown.
"""),
    ("mother's complaint email", """From: [[stacey.mills90@hotmail.co.uk|email]]
Sent: [[16 November 2026|date]] 22:41
Subject: COMPLAINT about how my son is being treated

To whoever reads these,
I am making a complaint about PC [[LENCH|name]] and your social worker [[ANJALI|name]]. My son [[JADEN|name]] is 15 and he is being
treated like a criminal when he is the VICTIM. Everyone in [[Witton|place]] knows who is running the lines out of
[[Redditch|place]] and it is not my son. On the [[2nd|date]] he was stopped on [[Vines Lane|address]] for walking home.
I have asked three times for a meeting and nobody has come. My mum [[Marcia|name]] is 71 and she had police at
her door in [[Hanbury\nRoad|address]] at 7am. [[Jaden|name]]'s dad [[Dwayne|name]] has not been told anything either.
Ring me on [[07517 840 239|phone]] not the landline.
[[Stacey Mills|name]]
PS my daughter [[Kiara|name]] will come to any meeting with me. [[Barry|name]] from the boxing will say what a good lad
[[Jaden|name]] is.
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[1 December 2026|date]], [[Witton|place]] family hub
Child: [[Jaden Clarke-Mills|name]]. Present: [[Stacey Mills|name]], [[Dwayne Clarke|name]] (by phone), [[Marcus Oyelaran|name]] (YJS),
[[Anjali Mistry|name]] (SW), Ms [[Priya Chandra|name]] (head of year, [[Droitwich Spa High|school]]).

[[Jaden|name]] has attended every day since [[16/11|date]]. He has a new friend, [[Ethan Price|name]], through boxing at the
[[Droitwich|place]] leisure centre, which mum is pleased about. [[Zachary Owusu|name]] was charged on [[24/11/2026|date]]. [[Jaden|name]]
still gets messages from a [[Redditch|place]] number ([[07368 215 974|phone]]); handed to police. Dad offered to have him in
[[Handsworth|place]] at weekends; mum does not agree, and [[Jaden|name]] said "[[Handsworth|place]] is worse, [[Dwayne|name]] knows
that". [[Dwayne|name]]'s partner, [[Chantal Rowe|name]], has a baby due. Next review [[9/2/2027|date]].
[[Stacey|name]] asked that [[Kiara Mills|name]] be told of meetings. [[Marcus|name]] will take [[Jaden|name]] to the college open
day in [[Worcester|place]] on [[20 January|date]].
Post-meeting: [[Dwayne Clarke|name]] rang [[Anjali|name]] from [[07538 664 021|phone]]? no - from a withheld number. He gave his
address as [[27 Grove Lane|address]], [[Handsworth|place]], [[Birmingham|place]] [[B21 9ES|postcode]].
"""),
    ("boy's own words written with the youth worker", """what i want people to know - [[jaden|name]], wrote with [[marcus|name]]
[[25/11/26|date]]

i am not a drug dealer. i got scared cos [[zee|name]] said hed hurt my mum. i only went [[redditch|place]] twice. [[k-dog|name]] is
alright he just does what [[zee|name]] says. i like boxing with [[ethan|name]] and coach [[baz|name]]. my nan [[marcia|name]] makes
me go church at st andrews with her. i want to go college in [[worcester|place]] to do sport. i miss my dad but i dont want
to live in [[brum|place]]. my mum tries her best.
my sister [[kiara|name]] lives in [[worcester|place]] and says i can stay if i want. [[ethan|name]] lives in
[[westlands|place]] near the shop.
"""),
]


# --- E. Haywood family (white British), Hanbury ------------------------------------------------------------------------------

HOME_E = d.Address("2 Saltway Cottages", "Hanbury", "Bromsgrove", "B60 4BT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Haywood")], dt.date(2017, 10, 5), addresses=[HOME_E], ids=["9882483909", "T885136514695"],
       schools=["Hanbury CE First School"]),
    _p("m", "mother", [("Laura", "Haywood")], dt.date(1988, 3, 21), addresses=[HOME_E], phones=["07812 903 447"]),
    _p("f", "father", [("Craig", "Haywood")], dt.date(1985, 11, 14), addresses=[HOME_E], ids=["NH 62 48 19 B"]),
], "c")

DOCS_E = [
    ("police domestic abuse log", """WEST MERCIA POLICE - DOMESTIC ABUSE INCIDENT
Date/time: [[09/11/2026|date]] 21:55   Location: [[2 Saltway Cottages|address]], [[Hanbury|place]], [[B60 4BT|postcode]]
Victim: [[HAYWOOD, Laura|name]] ([[21/03/1988|dob]]), [[07812 903 447|phone]]
Suspect: [[HAYWOOD, Craig|name]] ([[14/11/1985|dob]]), NI [[NH 62 48 19 B|ni]]
Children present: [[Poppy|name]] (9), [[Oscar|name]] (4)

Call from a neighbour, Mr [[Geoff Wakeman|name]] ([[Hanbury|place]]), hearing screams. PC [[Dan Whitehouse|name]] and PC
[[Amira\nSaleem|name]] attended. [[Laura|name]] had a red mark to the neck. [[Craig|name]] had left in his van [[WR16 HXL|vehicle]]
towards [[Droitwich|place]]. [[Poppy|name]] was in the bathroom with [[Oscar|name]] and said "daddy squeezed mummy". DASH: high.
[[Craig|name]] arrested on [[10/11/2026|date]] at his brother [[Wayne Haywood|name]]'s, [[18 Hadzor Road|address]],
[[Droitwich|place]]. Bailed to [[Upton Warren|place]] ([[Nigel Haywood|name]], his father). Referral to MARAC and IDVA.
[[11/11/2026|date]]  [[Laura|name]] and the children moved to her mother [[Sheila Pardoe|name]]'s at [[Hanbury Wharf|place]].
[[Laura|name]]'s sister [[Gemma Pardoe|name]] ([[Ombersley|place]]) to be the safe contact.
[[12/11/2026|date]]  [[Craig HAYWOOD|name]] breached bail: seen in [[Hanbury|place]] by PCSO [[Raj Bains|name]] near the church.
Van [[WR16 HXL|vehicle]] stopped on the B4090 at [[Hanbury Wharf|place]]. Rearrested; remanded by [[Kidderminster|place]]
magistrates on [[13/11/2026|date]].
"""),
    ("OCR'd scan of a paediatrician's letter", """WORCESTERSHIRE ACUTE HOSPITALS - CHILD DEVELOPMENT CENTRE
(scanned and OCR'd into the case record; misreadings kept)

Dr [[G. Fairbaim|name]], Consultant Paediatrician             Date: [[l9/ll/2O26|date]]
Re: [[P0ppy HAYW00D|name]]  DOB [[O5/1O/2Ol7|dob]]  NHS [[988 248 3909|nhs]]
[[2 SaItway Cottages|address]], [[Hanbury|place]], [[Br0msgrove|place]] [[B6O 4BT|postcode]]

Dear Dr [[Tranter|name]],
I saw [[P0ppy|name]] with her mother, Mrs [[Laura Haywo0d|name]], on [[l4 November|date]]. Since the incident at home
on the [[9th|date]] she has wet the bed most nights and will not sleep unless her brother [[0scar|name]] is in the room. Her
teacher, Mrs [[HoIlins|name]] at [[Hanbury First|school]], reports she is tearful. There are no concerns about her growth.
I have referred to the [[Dr0itwich|place]] CAMHS team and to the school nurse, [[Kirsty Lambe|name]]. Follow up on
[[O8/O2/2O27|date]] at [[Kidderminster|place]].
Yours sincerely, [[G Fairbairn|name]]
cc [[Anjali Mistry|name]], Childrens Services; [[Laura Haywood|name]] (parent)
PS [[P0ppy|name]]'s grandmother, Mrs [[Shei1a Pard0e|name]], was also present and gave the history of the [[9th|date]].
"""),
    ("MARAC referral", """MARAC REFERRAL - [[11/11/2026|date]]
Victim: [[Laura HAYWOOD|name]], [[2 Saltway Cottages|address]], [[Hanbury|place]] [[B60 4BT|postcode]]. Safe number: her sister
[[Gemma Pardoe|name]]'s, [[01905 774 218|phone]] ([[Ombersley|place]]).
Perpetrator: [[Craig HAYWOOD|name]], van [[WR16 HXL|vehicle]]. Previous partner, [[Donna Farley|name]] (now in [[Redditch|place]]),
reported him in 2019. Referrer: IDVA [[Hannah Boxley|name]], [[hannah.boxley@westmerciawomensaid.org|email]].

Risk: strangulation; threats to kill; he took her phone and car keys; he follows her to work at the farm shop on [[Droitwich
Road|address]]. Children [[Poppy|name]] and [[Oscar|name]] witness. [[Craig|name]]'s friend "[[Taff|name]]" ([[Rhys Morgan|name]]) drives
past the cottage. [[Laura|name]] wants to stay in [[Hanbury|place]] with the children near her mum, [[Sheila Pardoe|name]], at
[[Hanbury Wharf|place]].
[[Laura|name]]'s employer at the farm shop, [[Tom Bradley|name]], knows. Children's school: [[Hanbury First|school]]
(head Mrs [[Hollins|name]]).
MARAC date: [[19/11/2026|date]]. Chair DI [[Sue Ranford|name]]. Actions: a marker on [[2 Saltway Cottages|address]]; the
[[Hanbury|place]] school told; [[Gemma Pardoe|name]]'s address in [[Ombersley|place]] ([[Sandys Road|address]]) flagged too.
"""),
    ("mother's texts to her sister typed up", """texts from [[laura|name]] to [[gemma|name]], shown to the IDVA [[13/11/26|date]]

[[laura|name]]: hes outside again. the van by the church
[[gemma|name]]: ring 999 [[laur|name]]. im coming from [[ombersley|place]] now
[[laura|name]]: [[poppy|name]] saw him. shes crying in the loo
[[gemma|name]]: put [[ozzy|name]] in with her. lock the back
[[laura|name]]: [[taff|name]] just drove past too
[[gemma|name]]: did u ring [[hannah|name]]
[[laura|name]]: yes. she said the police will drive by. mum says come to hers at the [[wharf|place]]
[[gemma|name]]: go to mums. ill meet u there. bring biscuit if u can
[[laura|name]]: hes gone towards [[droitwich|place]]
[[gemma|name]]: ok. [[craig|name]] is a coward. love u
[[gemma|name]]: [[pops|name]] ok?
[[laura|name]]: asleep with [[ozzy|name]]. mums made tea
"""),
]


# --- F. Lench / Probert family (white British), Boycott, Droitwich Spa (kinship care with a grandfather) -------------------

HOME_F = d.Address("19 Boycott Close", "Boycott", "Droitwich", "WR9 8AL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Lench")], dt.date(2020, 1, 12), addresses=[HOME_F], ids=["5138112422", "E885130495648"],
       schools=["Chawson First School"]),
    _p("g", "grandfather", [("Keith", "Probert")], dt.date(1959, 4, 8), addresses=[HOME_F], phones=["01905 620 351"]),
    _p("m", "mother", [("Natalie", "Lench")], dt.date(1995, 6, 25), phones=["07445 190 826"]),
], "c")

DOCS_F = [
    ("family support worker's notes", """FAMILY SUPPORT - VISIT NOTES ([[Leanne Rudge|name]])
Child: [[Ruby Lench|name]], [[12/01/2020|dob]], NHS [[513 811 2422|nhs]], UPN [[E885130495648|upn]]
Carer: grandad [[Keith Probert|name]], [[19 Boycott Close|address]], [[Droitwich|place]] [[WR9 8AL|postcode]], [[01905 620 351|phone]]

[[5/11/26|date]]  [[Keith|name]] (67) has had [[Ruby|name]] since August. Mum [[Natalie|name]] in rehab in [[Malvern|place]]. He
is tired; his knee is bad. [[Ruby|name]] showed me her room and her hamster, Nibbles. She calls him "Grandad [[Keef|name]]".
[[12/11/26|date]]  [[Keith|name]]'s daughter [[Claire Probert|name]] ([[Ruby|name]]'s aunt) now helps at weekends from
[[Fernhill Heath|place]]. [[Ruby|name]]'s dad, [[Jordan Lench|name]], in HMP Hewell, writes to her.
[[19/11/26|date]]  [[Natalie|name]] rang [[Keith|name]] from [[07445 190 826|phone]] asking for money. He said no. [[Ruby|name]]
wet the bed that night. Neighbour Mrs [[Val Tipton|name]] at [[no 21|address]] minds [[Ruby|name]] after school on Tuesdays.
[[26/11/26|date]]  Special guardianship talked about. [[Keith|name]] wants to but worries about money and "being 80 when
she's 13". Passed to SW [[Anjali Mistry|name]].
[[3/12/26|date]]  [[Claire|name]] and [[Stuart|name]] took [[Ruby|name]] to [[Ombersley|place]] to see [[Keith|name]]'s sister
[[Margaret Probert|name]]. [[Ruby|name]] said "Auntie [[Mags|name]]" gave her sweets.
[[10/12/26|date]]  [[Keith|name]] rang ([[01905 620 351|phone]]): [[Ruby|name]] had a nosebleed at school, Mr [[Ashby|name]]
rang him. Fine now. [[Claire Hollies|name]] will do the Christmas play on the [[17th|date]] as he has a hospital appointment.
"""),
    ("grandfather's letter to the court", """To the Judge,
My name is [[Keith Probert|name]] and I am [[Ruby|name]]'s grandad. I live at [[19 Boycott Close|address]] in [[Droitwich|place]]
and have done since 1998. My wife [[Jean|name]] died in 2021 and my daughter [[Natalie|name]] has struggled with drink
and drugs since. [[Ruby|name]] came to me when [[Natalie|name]] was found at the Raven Hotel car park in a bad way
on the [[3rd of\nAugust|date]]. Since then [[Ruby|name]] has started at [[Chawson First|school]] and her teacher Mr [[Ashby|name]]
says she is doing well. My other daughter [[Claire|name]] and her husband [[Stuart Hollies|name]] help me. I was a postman in
[[Ombersley|place]] and [[Holt Heath|place]] for 30 years and everybody knows me. I would like to be her special guardian.
I will always let [[Natalie|name]] see her when she is well.
[[K. Probert|name]]
PS [[Ruby|name]]'s other nan [[Tracey|name]] in [[Salwarpe|place]] has not seen her since 2024 and I would
rather she did not without [[Claire|name]] or me there.
My address again is [[19 Boycott Close|address]], [[Droitwich Spa|place]], [[WR9 8AL|postcode]] and my phone is
[[01905 620 351|phone]]. My daughter [[Claire|name]]'s is [[07463 205 917|phone]], sorry no, I will send it.
"""),
    ("mother's phone call note", """PHONE CALL - [[Natalie Lench|name]] to SW [[Anjali Mistry|name]], [[2/12/2026|date]] 15:10

[[Natalie|name]] rang from [[Malvern|place]] ([[07445 190 826|phone]]). Day 40 of 60 at the rehab. Her key worker is
[[Siobhan Kerr|name]]. She wants [[Ruby|name]] to stay with her dad for now but wants contact at Christmas and on
[[Ruby|name]]'s birthday, [[12 January|dob]]. She does not want [[Jordan Lench|name]]'s mum, [[Tracey Lench|name]], in
[[Salwarpe|place]], to have [[Ruby|name]] at all: "[[Tracey|name]] let [[Jordan|name]] deal from her house." She asked after
her dog, which [[Claire|name]] has taken to [[Fernhill\nHeath|place]]. Her new partner is "[[Mikey|name]]", met in rehab.
[[Siobhan|name]] can be reached on [[01905 620 351|phone]] no - that is [[Keith|name]]'s number; she will email. [[Natalie|name]]
wants her friend [[Kerry Bache|name]] from [[Chawson|place]] to bring [[Ruby|name]] to visit.
"""),
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (extract) - [[PROBERT, Keith|name]]
Assessor: [[Yvonne Cheshire|name]], independent social worker. Visits: [[21/11/2026|date]], [[28/11/2026|date]], [[5/12/2026|date]].

Applicant: [[Keith Probert|name]], born [[08/04/1959|dob]], retired postman, widower. Child: [[Ruby LENCH|name]], born
[[12/01/2020|dob]]. Support network: [[Claire Hollies|name]] (née [[Probert|name]]) and [[Stuart Hollies|name]], [[Fernhill Heath|place]];
neighbour [[Valerie Tipton|name]]; friend [[Ron Gittins|name]] from the [[Droitwich|place]] bowls club.
[[Keith|name]] has a heart condition, controlled (GP Dr [[Okafor|name]], letter of [[18/11/2026|date]]). He drives a
[[WR59 KDE|vehicle]] Fiesta. He has no convictions; a DBS was done on [[22/11/2026|date]]. [[Ruby|name]] described grandad as "the
best" and drew him, [[Claire|name]] and the hamster. Recommendation: a special guardianship order with a support plan.
[[Natalie Lench|name]] supports the application. [[Jordan Lench|name]] was told by letter at HMP Hewell
and has not replied. His mother [[Tracey Lench|name]] ([[Salwarpe|place]]) objects.
References: [[Ron Gittins|name]] ([[Droitwich|place]]), [[Valerie Tipton|name]] ([[no 21|address]] [[Boycott Close|address]]),
Rev [[Judith Amos|name]] ([[Hampton Lovett|place]]). All positive. [[Ruby|name]]'s nursery key worker, [[Amy Yarnold|name]], also
wrote.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 250 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "fsw", "nurse",
           "our", "nan", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt",
           "coach", "yaba", "mma", "née", "alhaji"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "worcestershire", "ghana", "northern ghana", "west mercia"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Yaba Mahama", "Mma Fati", "Grandad Keef") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
