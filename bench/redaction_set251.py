"""Set 251: a held-out hand-written set for the redaction detector, six invented families in Alcester, Henley-in-Arden and
Bidford-on-Avon (west Warwickshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set250.py,
bench/redaction_set252.py, bench/redaction_set253.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party
in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set249.py were searched
by script for the three towns and for some forty Asian communities, printing only set numbers and the words hit (Henley is
named in set 197's docstring, not read further; Alcester and Bidford in none). Phone numbers were checked with the phonenumbers
library, NHS numbers and UPNs (LA 937, Warwickshire) made with python-stdnum in small snippets. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking
and say so here.

Size: about half an hour was given; this set has 24 documents and 894 gold spans (528 names), against the about 900
(about 500 names) asked for; the documents were written short and lengthened in rounds while time allowed.

Six families: a young white British mother in Broom, Bidford-on-Avon (Pardoe; neglect, a baby's weight falling, a partner
dealing cannabis); an Okinawan (Ryukyuan) family from Itoman and Naha, Japan, in Kinwarton, Alcester (Chinen / Shimabukuro;
domestic abuse by the father, the mother's LINE message in Japanese translated); a young carer of 13 in Beaudesert,
Henley-in-Arden (Farrow; a mother with MS); a white British girl of 15 in Oversley Green, Alcester (Lowther / Pinfold; missing to
Redditch, criminal exploitation); a white British and Black Caribbean boy of 9 in Wootton Wawen (Campbell-Reeve; ADHD,
exclusions, a mother's partner's violence, a father in Handsworth); and a mother in Marlcliff, Bidford-on-Avon (Rudge; domestic
abuse by a partner who drinks, children of 8 and 4 with their nan in Welford-on-Avon). The community new to this set: Okinawan
(Ryukyuan), from Okinawa, Japan; no earlier docstring searched names "Okinawa", "Okinawan", "Ryukyu" or "Uchinaa". Its kinship
words ("obaa", grandmother; "anmaa", mother; "tanmee", grandfather) and the Japanese endings "-san" and "-chan" stay outside
names; the foreign phones are Japanese (+81: an Itoman landline, a Naha landline and a mobile).

24 documents, each with its own style label: a primary school safeguarding log, a nan's texts typed up, a health visitor's
home visit note, core group minutes, a police domestic incident log, a mother's LINE message in Japanese translated, a school
DSL chronology, a child's own words in Japanese and English, a young carer's own writing, a school nurse's phone notes, a young
carers' assessment, a neighbour's call logged by the duty desk, a return home interview, a Snapchat extract typed up by police,
exploitation panel minutes, a mother's WhatsApp messages, an OCR'd paediatrician's letter (l for 1, O for 0, 0 for O, 1 for l),
a father's voice note transcribed, a school behaviour log, family support notes, strategy discussion minutes, a nan's
complaint email, a health visitor's email to a GP and a boy's own words written down at school.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration. Towns,
villages and districts are real (Alcester, Kinwarton, Oversley Green, Arrow, Great Alne, Coughton, Henley-in-Arden, Beaudesert,
Wootton Wawen, Ullenhall, Claverdon, Tanworth-in-Arden, Bidford-on-Avon, Broom, Marlcliff, Barton, Salford Priors, Welford-on-Avon,
Cleeve Prior, Pebworth; Itoman, Naha, Nago, Makishi, Okinawa City) and marked as places; street names are invented or common.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name is
NOT marked (the cat and the dogs stay unmarked); a month with its year, a season or feast with its year and a year alone are NOT
marked as dates (none is marked; "in 2021" and "October" stand unmarked); a named day of the year without a date written
("Christmas", "Bonfire Night") is not marked; a day with its month, with a year or not ("14 January", "the 28th", "28/11"), and
dates of birth are marked as before. Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, DC, DS, DI, SW, HV, Nan,
nanny, Grandma, grandad, Uncle, obaa, anmaa, Papa); "SURNAME, First" is one span; usernames are not marked; organisations holding
a town's name stay unmarked ("Bidford Health Centre", "Warwickshire Police", "Carers Arden"); counties and regions
("Warwickshire", "Okinawa", "Japan") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("sky:", "myaa:"); "Okinawa" alone is a prefecture (not marked) but
"Okinawa City" is a town (marked); a town written in Japanese script ("いとまん") is a place; "Henley" and "Bidford" and
"welford" as short forms are places; a school called by its town and kind ("Wootton Wawen Primary") is a school; "high street"
without a town is not an address; a name given with a question mark ("Jasdeep Kaur Bains?") is marked as a name; "Uncle
Deano" marks only the nickname.

Self-check without the detector: `python -m bench.redaction_set251` (and tests/test_redaction_set251.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 894 gold spans, 528 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pardoe family (white British), Broom, Bidford-on-Avon ------------------------------------------------------------

HOME_A = d.Address("14 Mill Lane", "Broom", "Bidford-on-Avon", "B50 4HR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Pardoe")], dt.date(2019, 6, 22), addresses=[HOME_A], ids=["5775850351", "K937124401233"],
       schools=["Bidford-on-Avon CE Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Pardoe")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["8088297060"]),
    _p("m", "mother", [("Kayleigh", "Pardoe")], dt.date(2002, 1, 30), addresses=[HOME_A], phones=["07723 415 908"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """BIDFORD-ON-AVON CE PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[PARDOE, Tyler|name]]   DOB [[22/06/2019|dob]]   UPN [[K937124401233|upn]]   NHS [[577 585 0351|nhs]]
Parent: [[Kayleigh Pardoe|name]] ([[07723 415 908|phone]]), [[14 Mill Lane|address]], [[Broom|place]], [[B50 4HR|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.25, hungry, shoes split. Miss [[Harcourt|name]] (Y2 teacher) gave him cereal.
[[15/09/2026|date]]  Head lice again; [[Tyler|name]] said "mummy's friend [[Shaz|name]] does my hair". [[Shaz|name]] =
[[Sharon Bliss|name]],
[[Bidford|place]].
[[22.9.26|date]]  TA [[Lorna Quiney|name]]: [[Tyler|name]] says baby [[Ruby-Mae|name]] "sleeps in the pram all day".
[[1 Oct|date]]  HV [[Josie Hemming|name]] rang DSL: [[Ruby|name]] missed her 1 year review twice; house smelt of smoke.
[[6th October 2026|date]]  MASH referral by DSL [[Martin\nCrofts|name]]. SW [[Anita Sandhu|name]] allocated [[9/10|date]].
[[20/10/2026|date]]  Mum's partner [[Craig Bissell|name]] ("[[Bizz|name]]") collected in van [[YK18 RWO|vehicle]], strong cannabis smell.
[[3/11/26|date]]  [[Tyler|name]] said he slept at nanny [[Deb|name]]'s in [[Salford Priors|place]]. Nan: [[Debbie Pardoe|name]],
[[5 Station Road|address]], [[Salford Priors|place]], [[WR11 8UX|postcode]].
[[17/11/2026|date]]  [[Tyler|name]] and [[Finley Ashby|name]] fell out at lunch; [[Tyler|name]] bit [[Finley|name]]. Mr [[Gorton|name]]
spoke
to both boys and rang [[Finley|name]]'s mum Mrs [[Ashby|name]].
[[2/12/2026|date]]  Home visit, [[Martin Crofts|name]] and [[Anita Sandhu|name]]: no answer at [[Mill Lane|address]]; neighbour
Mrs [[Pat Dunleavy|name]] at [[no. 16|address]] said [[Kayleigh|name]] had gone to [[Evesham|place]] with "[[Bizz|name]]".
[[3/12/26|date]]  [[Tyler|name]] back. Told Miss [[Harcourt|name]] he went to "[[Craig|name]]'s mate [[Tommo|name]] in [[Redditch|place]]".
[[4/12/2026|date]]  Mum rang from [[07723 415 908|phone]]: "[[Tommo|name]]" is [[Thomas Yarnold|name]], a friend from [[Studley|place]].
[[7/12/26|date]]  [[Tyler|name]] told [[Lorna|name]] that [[Craig|name]] and nanny [[Lorraine|name]] had a row in [[Bidford|place]]
high street.
[[8.12.26|date]]  [[Kayleigh|name]] and [[Shaz|name]] at the gate at 3.15. [[Sharon Bliss|name]] lives [[Flat 4, 2 Icknield Close|address]],
[[Bidford-on-Avon|place]] [[B50 4BZ|postcode]]. [[Ty|name]]'s nan [[Deb|name]] collected on Friday.
"""),
    ("nan's texts to the social worker, typed up", """texts from [[debbie pardoe|name]] (nan) to SW [[Anita Sandhu|name]], typed up
[[26/11/26|date]]

Sun [[22 Nov|date]] 18:44  hiya its [[deb|name]] [[tylers|name]] nan. been round [[kayleighs|name]] in [[broom|place]], state of it again
Sun [[22 Nov|date]] 18:46  [[ruby|name]] had a soaking nappy and [[bizz|name]] was asleep on the settee
Sun [[22 Nov|date]] 19:02  ive took [[ty|name]] back to mine in [[salford priors|place]], ill run him to school in the morning
Mon [[23 Nov|date]] 08:20  dropped him at [[bidford|place]] school. he said love u nanny
Mon [[23 Nov|date]] 17:31  [[shaz|name]] reckons [[craig|name]] is dealing out the flat over the chippy in [[bidford|place]]. not my
business
but
Tue [[24 Nov|date]] 09:10  landline is [[01789 490 138|phone]] if my mobile dies. my neighbour [[glenys|name]] at [[no 7|address]] has a key
Wed [[25 Nov|date]] 12:15  [[kayleigh|name]] not picking up. [[ty|name]] says [[bizz|name]] had a fight with [[tommo|name]] at the
[[welford|place]] pub
Thu [[26 Nov|date]] 10:02  [[craigs|name]] brother [[lee bissell|name]] was there as well. dont like him
Thu [[26 Nov|date]] 10:04  and [[shazs|name]] fella [[rob|name]] from [[barton|place]], hes alright, fixes [[kays|name]] boiler
Fri [[27 Nov|date]] 16:40  [[ty|name]] asked if he can stay at mine again sat. [[kayleigh|name]] says yes if [[bizz|name]] picks him up sun
Fri [[27 Nov|date]] 16:42  i said no [[bizz|name]]. i will drop him back to [[broom|place]] myself
"""),
]


# --- B. Chinen family (Okinawan, from Itoman and Naha, Japan), Kinwarton, Alcester -----------------------------------------

HOME_B = d.Address("6 Kinwarton Road", "Kinwarton", "Alcester", "B49 6AD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Haruto", "Chinen")], dt.date(2015, 4, 11), addresses=[HOME_B], ids=["5106473039", "K937167646225"],
       schools=["Alcester Academy"]),
    _p("m", "mother", [("Mariko", "Chinen")], dt.date(1986, 12, 5), addresses=[HOME_B], phones=["07891 346 270"]),
    _p("f", "father", [("Kenji", "Chinen")], dt.date(1983, 8, 19), addresses=[HOME_B], phones=["07456 218 903"]),
], "c")

DOCS_B = [
    ("police domestic incident log", """WARWICKSHIRE POLICE - DOMESTIC INCIDENT   Ref 23260104418
Date/time: Fri [[16/10/2026|date]] 22:35   Location: [[6 Kinwarton Road|address]], [[Kinwarton|place]], [[Alcester|place]]
[[B49 6AD|postcode]]
Victim: [[CHINEN, Mariko|name]] DOB [[05/12/1986|dob]] tel [[07891 346 270|phone]]
Suspect: [[CHINEN, Kenji|name]] DOB [[19/08/1983|dob]] tel [[07456 218 903|phone]] NI [[PW 61 83 27 B|ni]]
Other adult: none. Friend of victim: [[OSHIRO, Emiko|name]] tel [[07723 908 114|phone]].
Child present: [[Haruto|name]] ("[[Haru|name]]") aged 11.
Officers PC [[Tasha Grundy|name]] 2214 and PC [[Owen Meakin|name]]. Neighbour [[Glen Varney|name]] ([[no. 8|address]]) called 999 after
shouting. [[Mariko|name]] says [[Kenji|name]] threw a rice cooker; [[Haruto|name]] hid with the cat Mochi. Interpreter (Japanese)
by phone: Mrs [[Yuki Tanaka|name]]. DASH: medium. [[Mariko|name]]'s mother [[Tsuru Shimabukuro|name]] lives in [[Itoman|place]],
Okinawa, tel [[+81 98 994 2316|phone]]. [[Kenji|name]] taken to [[Leamington|place]] custody; bailed to his friend [[Dave Pugh|name]],
[[11 Priory Road|address]], [[Alcester|place]] [[B49 5DY|postcode]]. Car [[WM20 HZT|vehicle]].
Follow up [[17/10/2026|date]] by PC [[Grundy|name]]: [[Mariko|name]] moved with [[Haruto|name]] to her friend [[Emiko Oshiro|name]]'s,
[[20 Gunnings Road|address]], [[Alcester|place]], for two nights. [[Emiko|name]]'s husband [[Mark Oshiro|name]] says [[Kenji|name]]
"drinks awamori
and gets angry". [[Haruto|name]]'s school: [[Alcester Academy|school]].
"""),
    ("mother's LINE message in Japanese, translated", """Message from [[Mariko Chinen|name]] to the school's family worker
[[Helen Rowbotham|name]], sent in Japanese on LINE [[19/10/2026|date]], translated by [[Yuki Tanaka|name]] [[20/10/2026|date]]

"Thank you [[Helen|name]]-san. [[Haruto|name]] did not sleep again. My husband [[Kenji|name]] is staying with [[Dave|name]] in
[[Alcester|place]] now. I want to go home to [[Itoman|place]] to my obaa's house but [[Haru|name]] wants to stay at school with
[[Ollie|name]] and [[Reuben|name]]. My brother [[Seiichi|name]] in [[Naha|place]] says come ([[+81 90 3418 7725|phone]]). Anmaa
(my mother, [[Tsuru|name]]) cries on the phone. In Okinawa we say nuchi du takara, life is the treasure. Please tell
Mrs [[Okafor-Lane|name]] [[Haru|name]] will be late on [[21 October|date]]. - [[Mariko|name]]"
Translator's note: "obaa" and "anmaa" are Okinawan words for grandmother and mother; "-san" is a polite ending.
Second message, [[22/10/2026|date]]: "[[Emiko|name]] helps me. [[Kenji|name]] messaged [[Haru|name]] on his phone. I am scared he comes to
[[Kinwarton|place]]. Obaa says she can send money from [[Itoman|place]]." Translated by [[Yuki Tanaka|name]].
"""),
]


# --- C. Farrow family (white British), Beaudesert, Henley-in-Arden ---------------------------------------------------------

HOME_C = d.Address("9 Beaudesert Lane", "Beaudesert", "Henley-in-Arden", "B95 5JY")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jack", "Farrow")], dt.date(2013, 2, 17), addresses=[HOME_C], ids=["8881852578", "B937223958069"],
       schools=["Henley-in-Arden School"]),
    _p("m", "mother", [("Nicola", "Farrow")], dt.date(1979, 10, 8), addresses=[HOME_C], phones=["07984 120 657"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """me and my mum by [[jack|name]] (year 9) for the young carers group, [[4/11/2026|date]]

my mum [[nicola|name]] has MS. some days her legs dont work and i help her up the stairs in our house in
[[beaudesert|place]]. i do tea, mostly pasta, and get her tablets from the chemist on [[henley|place]] high street.
my best mate is [[rory|name]], he lives in [[wootton wawen|place]] and his mum [[cath|name]] gives me lifts. my dad [[paul|name]]
lives in [[Solihull|place]] with [[Tanya|name]] and i see him sometimes. my nan [[june|name]] in [[claverdon|place]] is nice but old.
i get tired at school and mr [[brennan|name]] says i am late too much. i want to go to the carers trip to [[Stratford|place]] on the
[[28th|date]]. my dog is Scout and he sleeps on mums bed.
when mum fell in the bath [[alan|name]] next door helped. his wife [[brenda|name]] made me toast. i dont want to go to [[solihull|place]]
because [[tanya|name]] doesnt like me. i want to stay in [[henley|place]] with mum and [[rory|name]].
"""),
    ("school nurse's phone notes", """Phone notes - School Nurse [[Kirsty Lamb|name]] - [[Henley-in-Arden School|school]]
[[10/11/2026|date]] 10:15  Call to mum [[Nicola Farrow|name]] ([[07984 120 657|phone]]). [[Jack|name]] ([[17/02/2013|dob]]) seen
for headaches and tiredness. Mum says MS relapse since half term; neuro nurse [[Gail Ferris|name]] at
[[Warwick|place]] involved. Mum agreed to a young carers referral.
[[10/11/2026|date]] 11:40  Call to dad [[Paul Farrow|name]] ([[07946 312 580|phone]]), [[Shirley|place]], [[Solihull|place]]: he can have
[[Jack|name]] on Saturdays only. His partner [[Tanya Rix|name]] "not keen".
[[10/11/2026|date]] 15:20  [[Tanya Rix|name]] rang back from [[07395 514 826|phone]]: [[Paul|name]] will come to the meeting on the
[[16th|date]]. [[Jack|name]]'s half-brother [[Mason Farrow|name]] (6) lives with them in [[Shirley|place]].
[[11/11/2026|date]]  GP Dr [[Helen Yau|name]] at the [[Henley|place]] surgery agreed to see [[Nicola|name]] on the [[19th|date]].
[[12/11/2026|date]]  Nan [[June Hollick|name]], [[2 Church Road|address]], [[Claverdon|place]] [[CV35 8PD|postcode]], rang back:
she will do Tuesday teas. Tutor Mr [[Sean Brennan|name]] told.
[[13/11/2026|date]]  Referral sent to carers' service, worker [[Dionne Platt|name]] ([[d.platt@carersarden.org.uk|email]]).
[[17/11/2026|date]]  [[Jack|name]] came to see me at break. Said [[Rory Pegg|name]]'s mum [[Cath|name]] drove him in. Mum's friend
[[Bev Ansell|name]] from [[Ullenhall|place]] now helps on Wednesdays.
"""),
]


# --- D. Lowther / Pinfold family (white British), Oversley Green, Alcester ------------------------------------------------

HOME_D = d.Address("17 Stratford Road", "Oversley Green", "Alcester", "B49 6LN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Skye", "Lowther")], dt.date(2011, 7, 25), addresses=[HOME_D], ids=["7205946441", "V937262702951"],
       schools=["Alcester Academy"]),
    _p("m", "mother", [("Donna", "Lowther")], dt.date(1985, 3, 12), addresses=[HOME_D], phones=["07535 902 814"]),
    _p("sf", "stepfather", [("Gary", "Pinfold")], dt.date(1980, 11, 4), addresses=[HOME_D], phones=["07817 663 209"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Skye Lowther|name]] ([[25/07/2011|dob]]), [[Oversley Green|place]],
[[Alcester|place]]
Missing from 19:00 [[14/11/2026|date]] to 02:10 [[15/11/2026|date]]. Interview by [[Carys Webb|name]] (RHI worker), [[17/11/2026|date]], at
[[Alcester Academy|school]].
[[Skye|name]] said she went to [[Redditch|place]] with her friend [[Mya Kettle|name]] in a car driven by "[[Jaz|name]]" (about 20).
They went to
a flat in [[Winyates|place]] where older lads gave them vodka and weed. A man called "[[Kez|name]]" asked her to carry a bag to
[[Studley|place]]. She said no. [[Jaz|name]]'s car: grey Golf [[FN19 LXO|vehicle]]. [[Skye|name]] was dropped at [[Arrow|place]] at 2am.
Mum [[Donna|name]] and stepdad [[Gary Pinfold|name]] were out looking. [[Skye|name]] says [[Gary|name]] "shouts at me all the time".
Her real dad [[Jason Lowther|name]] lives in [[Evesham|place]]; she has not seen him since she was 9. Her sister [[Kacey|name]] (19)
lives in [[Bromsgrove|place]] with her boyfriend [[Callum Tait|name]].
She wants to live with her nan [[Sue Lowther|name]] in [[Great Alne|place]]. Phone for contact: [[07412 806 337|phone]] (her own).
Shared with PC [[Ryan Selby|name]] and SW [[Maxine Doolan|name]].
[[Skye|name]] also named "[[Reece|name]]" ([[Reece Danks|name]], 17, from [[Studley|place]]) and a girl "[[Keira|name]]" from
[[Coughton|place]].
[[Skye|name]] said [[Keira|name]]'s surname is "[[Bourne|name]] or [[Bowen|name]]"; her mum works at the garage in [[Arrow|place]].
"""),
    ("snapchat messages typed up by police", """Snapchat extract from [[Skye|name]]'s phone, typed by DC [[Ash Mistry|name]]
[[18/11/2026|date]]
(usernames not shown)

[[sky|name]]: u still comin 2nite
[[myaa|name]]: yh [[jaz|name]] pickin us up by the [[alcester|place]] co op at 7
[[sky|name]]: [[gaz|name]] took my charger again hes such a knob
[[myaa|name]]: lol come to mine after. my mum [[trace|name]] dont care
[[jaz|name]]: girls im outside. [[kez|name]] wants u in [[redditch|place]]
[[sky|name]]: is [[kez|name]] the 1 with the tatt
[[jaz|name]]: yh hes safe. bring [[mya|name]]
[[myaa|name]]: [[sky|name]] ur mum is ringin me!!! [[donna|name]] is goin mad
[[sky|name]]: ignore. im at [[arrow|place]] by the bridge
[[kez|name]]: [[skye|name]] babe u got the bag
[[sky|name]]: no i left it in [[studley|place]]
[[jaz|name]]: wtf [[sky|name]]. [[kez|name]] gonna go mad
[[myaa|name]]: [[reece|name]] can get it from [[studley|place]] tmrw
[[sky|name]]: dont tell [[gaz|name]] or my mum
[[myaa|name]]: [[skyeee|name]] ur so dramatic lol. see u at [[alcester academy|school]] 8.40
"""),
]


# --- E. Campbell / Reeve family (white British and Black Caribbean), Wootton Wawen, Henley-in-Arden --------------------------

HOME_E = d.Address("12 Pennyford Lane", "Wootton Wawen", "Henley-in-Arden", "B95 6HJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Malachi", "Campbell-Reeve")], dt.date(2017, 11, 2), addresses=[HOME_E], ids=["7299861410",
       "X937199996456"], schools=["Wootton Wawen CE Primary School"]),
    _p("m", "mother", [("Lauren", "Reeve")], dt.date(1994, 5, 27), addresses=[HOME_E], phones=["07412 559 038"]),
    _p("f", "father", [("Andre", "Campbell")], dt.date(1991, 9, 14), phones=["07946 871 325"]),
], "c")

DOCS_E = [
    ("OCR of a scanned paediatrician's letter", """C0NFIDENTIAL - Child Development Centre, [[Stratf0rd|place]]
Dr [[F. 0yelaran|name]], Consultant Paediatrician                              [[2l Nov 2O26|date]]
Re: [[Malachi CAMPBELL-REEVE|name]]  D0B [[O2/ll/2Ol7|dob]]  NHS [[729 986 1410|nhs]]
[[l2 Pennyford Lane|address]], [[Woott0n Wawen|place]], [[B95 6HJ|postcode]]

Dear Dr [[Hussa1n|name]],
I saw [[Malachi|name]] with his mother Ms [[Lauren Reeve|name]] and his grandmother Mrs [[Merle Campbell|name]] on
[[l9/ll/2O26|date]]. [[Ma1achi|name]] has marked hyperactivity and impulsivity at home and at [[Wootton Wawen Primary|school]]. His
teacher Mrs [[Trudgi11|name]] reports he was sent home twice in October. Father Mr [[Andre Campbell|name]] lives in
[[Handsw0rth|place]], [[Birmingham|place]]. I will start a trial of medication and review on the [[3rd of\nFebruary|date]].
His c0usin [[Kai Campbe11|name]] has a simi1ar diagn0sis. [[Malachi|name]]'s aunt [[Shanice Campbell|name]] tel [[07946 873 102|phone]].
Yours sincerely, [[F. Oyelaran|name]]    cc: [[Lauren Reeve|name]]; SENCo [[Becky Hales|name]]
"""),
    ("dad's voice note transcribed", """Voice note from [[Andre Campbell|name]] ([[07946 871 325|phone]]) to SW [[Femi Adeyemi|name]],
[[24/11/2026|date]],
transcribed by [[Femi|name]]

"Yeah [[Femi|name]], it's [[Dre|name]]. Look, [[Malachi|name]]'s my boy, I want him weekends in [[Handsworth|place]]. My mum [[Merle|name]]
will have him, she's got the room. [[Lauren|name]] keeps saying I'm unreliable but it's her new man [[Kyle Sharman|name]], yeah, he's
the one
shouting. [[Kai|name]], I mean [[Malachi|name]]'s cousin [[Kai Campbell|name]], told me [[Kyle|name]] pushed him in [[Henley|place]]
park. My sister [[Shanice|name]] saw it too. Ring me back, or ring my mum on [[0121 554 3928|phone]]. Laters."
Second note, [[25/11/2026|date]]: "[[Femi|name]], me again. [[Mal|name]] can come Saturday the [[28th|date]]. I'll get him from
[[Wootton Wawen|place]] at ten. Tell [[Lauren|name]]."
"""),
]


# --- F. Rudge family (white British), Marlcliff, Bidford-on-Avon --------------------------------------------------------

HOME_F = d.Address("27 Waterloo Crescent", "Marlcliff", "Bidford-on-Avon", "B50 4JU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Rudge")], dt.date(2018, 3, 9), addresses=[HOME_F], ids=["5907086491", "C937137443765"],
       schools=["Bidford-on-Avon CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Rudge")], dt.date(2022, 8, 16), addresses=[HOME_F], ids=["5404926678"]),
    _p("m", "mother", [("Stacey", "Rudge")], dt.date(1990, 12, 21), addresses=[HOME_F], phones=["07368 244 190"]),
], "c")

DOCS_F = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Alfie Rudge|name]] ([[09/03/2018|dob]]) and [[Poppy Rudge|name]]
([[16/08/2022|dob]])
Date: [[30/11/2026|date]]. Chair: [[Gillian Marr|name]] (team manager). Present: DS [[Lewis Cope|name]] (police), [[Naomi Fell|name]]
(school DSL), HV [[Ros Dainty|name]], SW [[Ciaran Bolt|name]].
Address: [[27 Waterloo Crescent|address]], [[Marlcliff|place]], [[Bidford-on-Avon|place]] [[B50 4JU|postcode]].
Mother [[Stacey Rudge|name]] ([[07368 244 190|phone]]); partner [[HOLLIS, Wayne|name]] DOB [[02/05/1987|dob]], tel
[[07751 037 862|phone]], van [[BV17 TNE|vehicle]].
On [[28/11/2026|date]] police attended after [[Alfie|name]] rang 999 saying [[Wayne|name]] hit mum. [[Stacey|name]] had a cut lip.
[[Wayne|name]]
left for his mother [[Irene Hollis|name]]'s in [[Cleeve Prior|place]]. [[Alfie|name]] told PC [[Jess Wardle|name]] "[[Wayne|name]] drinks
cider and breaks stuff". Nan [[Carol Rudge|name]] of [[Welford-on-Avon|place]] took the children.
Decision: section 47 enquiry; [[Ciaran|name]] and [[Lewis Cope|name]] to visit [[1 December|date]].
Nan [[Carol Rudge|name]], [[4 Headland Road|address]], [[Welford-on-Avon|place]], tel [[01789 774 216|phone]]. [[Wayne|name]]'s ex,
[[Nadine Court|name]] of [[Evesham|place]], reported abuse in 2021 (log 0412).
"""),
    ("complaint email from a grandmother", """From: [[carol.rudge58@btinternet.com|email]]
To: complaints, children's services     Sent: [[3 December 2026|date]] 21:14
Subject: complaint about SW [[Ciaran Bolt|name]]

Dear Sir or Madam,
I am [[Carol Rudge|name]], nan of [[Alfie|name]] and [[Poppy|name]]. I have had them since the [[28th|date]] at my home,
[[4 Headland Road|address]], [[Welford-on-Avon|place]], [[CV37 8EY|postcode]]. Nobody has rung me back. Mr [[Bolt|name]] said he would
ring on Tuesday [[1st|date]] and did not. My daughter [[Stacey|name]] has gone back to [[WAYNE HOLLIS|name]] and his mum [[Irene|name]] is
telling everyone in [[Bidford|place]] it was [[Alfie|name]]'s fault. [[Alfie|name]] wets the bed now. [[Poppy|name]] asks for mummy.
My husband [[Derek|name]] and I are 68 and 70. Our neighbour Mrs [[Joan Kibble|name]] helps with the school run.
Please ring me on [[01789 774 216|phone]].
[[Carol Rudge|name]]
P.S. [[Stacey|name]]'s friend [[Lisa Gregg|name]] in [[Bidford|place]] says [[Wayne|name]] goes to the [[Cleeve Prior|place]] pub every
night.
P.P.S. [[Wayne|name]]'s mother [[Irene Hollis|name]] lives at [[6 Froglands Lane|address]], [[Cleeve Prior|place]], [[WR11 8LB|postcode]].
P.P.P.S. [[Alfie|name]]'s teacher Mrs [[Fell|name]] and the head Mr [[Gareth Bayliss|name]] have been very kind.
"""),
]


DOCS_A += [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT NOTE
Child: [[Ruby-Mae Pardoe|name]]  DOB [[03/09/2025|dob]]  NHS [[808 829 7060|nhs]]   HV: [[Josie Hemming|name]]
Visit [[27/11/2026|date]] 14:00 at [[14 Mill Lane|address]], [[Broom|place]]. Present: mum [[Kayleigh|name]], her friend
[[Sharon Bliss|name]].
[[Ruby|name]] weighed 8.1kg (dropped from 9th to 2nd centile). Bottle of cold milk in the cot. Ashtrays on the floor.
Known to HV team since March 2025 (antenatal). Previous HV [[Sinead Toller|name]] left; handover to [[Josie|name]] on [[3 June|date]].
[[Kayleigh|name]] said [[Craig|name]] is "away working in [[Worcester|place]]". [[Sharon|name]] said he is at his mum
[[Lorraine Bissell|name]]'s
in [[Bidford|place]]. Older brother [[Tyler|name]] at school. GP: Dr [[Anjali Rao|name]], Bidford Health Centre.
Plan: weekly weighing at the [[Bidford|place]] clinic; referral to Family Hub worker [[Tamsin Lowe|name]]; next visit
[[4 December|date]]. Mum's mobile [[07723 415 908|phone]] off twice this week.
[[4/12/2026|date]] addendum: visit done with student HV [[Mollie Franks|name]]. [[Ruby-Mae|name]] 8.3kg. [[Kayleigh|name]] said
[[Craig|name]] is back "now and then". Nan [[Debbie|name]] rang me from [[Salford Priors|place]] on [[01789 490 138|phone]].
[[11/12/2026|date]]: [[Kayleigh|name]] and [[Ruby-Mae|name]] seen at the [[Bidford|place]] clinic with [[Sharon|name]]'s daughter
[[Leah Bliss|name]].
"""),
    ("core group meeting minutes", """CORE GROUP - [[PARDOE|name]] children - [[10/12/2026|date]], [[Bidford|place]] Family Hub
Present: [[Anita Sandhu|name]] (SW, chair), [[Kayleigh Pardoe|name]] (mum), [[Debbie Pardoe|name]] (nan), [[Martin Crofts|name]] (DSL),
[[Josie Hemming|name]] (HV), [[Tamsin Lowe|name]] (Family Hub). Apologies: Dr [[Rao|name]].
[[Tyler|name]]: attendance 84%; friendship with [[Finley|name]] mended. [[Ruby-Mae|name]]: weight up to 8.4kg.
[[Craig Bissell|name]] (DOB [[11/04/1996|dob]]) not to stay overnight; [[Kayleigh|name]] agreed. Nan [[Deb|name]] to have [[Ty|name]]
Friday nights at [[Salford\nPriors|place]]. Next meeting [[14 January|date]] at [[Broom|place]].
Actions: [[Martin|name]] to share attendance weekly; [[Josie|name]] to weigh [[Ruby|name]] on [[17 December|date]]; [[Anita|name]] to
visit [[Lorraine Bissell|name]] at [[8 Grafton Lane|address]], [[Bidford|place]] about [[Craig|name]]. [[Kayleigh|name]]'s cousin
[[Jodie Pardoe|name]]
(from [[Pebworth|place]]) offered to babysit.
"""),
]

DOCS_B += [
    ("school safeguarding chronology", """[[ALCESTER ACADEMY|school]] - DSL CHRONOLOGY - [[CHINEN, Haruto|name]] (Y7)   DOB
[[11/04/2015|dob]]
UPN [[K937167646225|upn]]   NHS [[5106473039|nhs]]
[[19/10/2026|date]]  [[Haruto|name]] told tutor Mrs [[Okafor-Lane|name]] police came Friday; "papa broke the rice thing".
[[20/10/2026|date]]  Family worker [[Helen Rowbotham|name]] met mum [[Mariko|name]]; [[Yuki Tanaka|name]] interpreted.
[[2/11/2026|date]]  [[Haru|name]] crying in maths. Friends [[Ollie Bradbury|name]] and [[Reuben Alsop|name]] stayed with him.
[[9/11/2026|date]]  Dad [[Kenji Chinen|name]] at gate at 3pm despite bail; [[Haruto|name]] went with [[Ollie|name]]'s dad Mr
[[Bradbury|name]].
[[10/11/2026|date]]  MARAC referral by DSL [[Neil Ashdown|name]]. Mum says obaa [[Tsuru|name]] may come from [[Itoman|place]] for
Christmas; uncle [[Seiichi Shimabukuro|name]] in [[Naha|place]] offered [[Haruto|name]] a home.
[[16/11/2026|date]]  [[Mariko|name]] said [[Kenji|name]] texted her from [[Dave Pugh|name]]'s in [[Alcester|place]]. Told DC
[[Sam Iqbal|name]].
[[23/11/2026|date]]  [[Haruto|name]] wrote about "Obaa's house by the sea in [[Itoman|place]]" and "the market in [[Makishi|place]]".
[[30/11/2026|date]]  [[Mariko|name]] brought [[Emiko Oshiro|name]] to the meeting. [[Kenji|name]]'s cousin [[Takeshi Kinjo|name]] from
[[Nago|place]] rang school asking for [[Haruto|name]]; not given any information. Told [[Neil Ashdown|name]] and [[Helen|name]].
"""),
    ("child's own words in Japanese and English", """My family - by [[Haruto|name]], for Ms [[Rowbotham|name]], [[24/11/2026|date]]

I am [[Haru|name]]. I was born in [[Naha|place]] and we came to [[Alcester|place]] when I was 6. My obaa [[Tsuru|name]] lives in
[[Itoman|place]], she makes sata andagi. My tanmee (grandad) died. Uncle [[Seiichi|name]] has a boat in [[Naha|place]].
Papa is loud. Mama says "[[Haru|name]]-chan, daijoubu" (it is OK). I like [[Ollie|name]] and [[Reuben|name]] and playing at
[[Kinwarton|place]] park. I do not want to go to Papa at [[Dave|name]]'s house.
わたしの おばあは [[いとまん|place]] に すんでいます。 (My obaa lives in [[Itoman|place]].)
Ms [[Rowbotham|name]] wrote: [[Haruto|name]] asked if obaa [[Tsuru|name]] can ring on [[+81 98 994 2316|phone]] on Sundays.
He also said uncle [[Seiichi|name]]'s wife [[Ayumi|name]] sends sweets from [[Okinawa City|place]] and his cousin [[Riku|name]] is 9.
Uncle [[Seiichi|name]]'s number in [[Naha|place]]: [[+81 98 863 1547|phone]] (home). [[Haruto|name]] wrote it himself.
"""),
]

DOCS_C += [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Carers Arden
Young carer: [[FARROW, Jack|name]]   DOB [[17.02.2013|dob]]   UPN [[B937223958069|upn]]   School: [[Henley-in-Arden School|school]]
Address: [[9 Beaudesert Lane|address]], [[Beaudesert|place]], [[Henley-in-Arden|place]] [[B95 5JY|postcode]]. Worker: [[Dionne Platt|name]],
[[25 November 2026|date]].
Cared-for: mum [[Nicola Farrow|name]] (MS; neuro nurse [[Gail Ferris|name]]). Dad [[Paul Farrow|name]] in [[Shirley|place]].
Tasks: lifting, meals, prescriptions from [[Henley|place]], calming mum at night. About 20 hours a week.
[[Jack|name]] wants: the trip to [[Stratford-upon-Avon|place]]; his friend [[Rory Pegg|name]] to come; time for football at
[[Tanworth-in-Arden|place]] on Saturdays with coach [[Des Tolley|name]].
Contacts: nan [[June Hollick|name]] [[01564 792 603|phone]]; [[Rory|name]]'s mum [[Cath Pegg|name]], [[Wootton Wawen|place]].
Signed [[D. Platt|name]]; [[Jack Farrow|name]] ("[[Jacko|name]]"); [[Nicola Farrow|name]].
Review: [[25 May 2027|date]] with [[Jack|name]], mum and Mr [[Brennan|name]] at [[Henley-in-Arden School|school]].
"""),
    ("neighbour's phone call logged by the duty desk", """Duty desk - call logged [[6/12/2026|date]] 19:20 by [[Priti Oza|name]]
Caller: Mr [[Alan Gurney|name]], neighbour, [[11 Beaudesert Lane|address]], [[Henley|place]] (tel [[07789 254 106|phone]]).
Says boy next door, [[Jack|name]], about 13, was outside in the dark with no coat knocking for help; his mum ([[Nicky|name]])
had fallen in the bathroom. [[Alan|name]] and his wife [[Brenda|name]] helped her up. Ambulance not called. [[Jack|name]] told
[[Alan|name]] "nan [[june|name]] is in [[Claverdon|place]] and dad is in [[Solihull|place]]". Caller says this is the third time since
Bonfire Night.
Action: welfare call to [[Nicola Farrow|name]]; email to worker [[Dionne Platt|name]] and school nurse [[Kirsty Lamb|name]].
20:05 update: [[Priti|name]] rang [[Nicola|name]]: she is "fine now", [[June Hollick|name]] is coming over from [[Claverdon|place]].
"""),
]

DOCS_D += [
    ("multi-agency child exploitation panel minutes", """MACE PANEL - [[2/12/2026|date]] - [[Stratford|place]] police station
Young person: [[LOWTHER, Skye|name]] DOB [[25.07.2011|dob]] UPN [[V937262702951|upn]] NHS [[720 594 6441|nhs]]
Present: DI [[Rachel Vose|name]] (chair), SW [[Maxine Doolan|name]], [[Carys Webb|name]] (RHI), DSL [[Mark Edgington|name]]
([[Alcester Academy|school]]), PC [[Ryan Selby|name]].
Associates: [[Mya Kettle|name]] (14, [[Studley|place]]); "[[Jaz|name]]" = [[Jasdeep Kaur Bains|name]]? not confirmed; "[[Kez|name]]" =
[[Kieran WESTWOOD|name]] (22, [[Winyates|place]], [[Redditch|place]]), known for county lines. Vehicle [[FN19 LXO|vehicle]] linked to
[[Kieran|name]]'s cousin [[Tyrone Westwood|name]] of [[Matchborough|place]].
Locations: [[Arrow|place]] bridge; the co-op on [[Alcester|place]] high street; [[Studley|place]] rec.
Actions: disruption notice to [[Westwood|name]]; [[Skye|name]] to stay with nan [[Sue Lowther|name]], [[3 Mill Lane|address]],
[[Great Alne|place]] [[B49 6HS|postcode]] for 2 weeks; [[Mya|name]]'s mum [[Tracey Kettle|name]] to be told.
Stepdad [[Gary Pinfold|name]] ([[07817 663 209|phone]]) to be seen by [[Maxine|name]] about shouting. Next panel [[13 January|date]].
"""),
    ("mother's messages to the social worker", """WhatsApp from [[Donna Lowther|name]] ([[07535 902 814|phone]]) to SW
[[Maxine Doolan|name]], copied [[8/12/2026|date]]

[[5 Dec|date]] 23:12  shes gone again. not answering. [[gary|name]] is out in the car round [[arrow|place]] n [[oversley|place]]
[[5 Dec|date]] 23:40  [[tracey|name]] says [[mya|name]] is home so who is [[skye|name]] with
[[6 Dec|date]] 00:55  found her!! at the garage on the [[studley|place]] road with a lad called [[reece|name]]
[[6 Dec|date]] 01:02  [[gary|name]] shouted at her i know i know
[[6 Dec|date]] 09:30  my mum [[sue|name]] can have her at [[great alne|place]] again. [[skye|name]] wants that
[[6 Dec|date]] 09:32  and her dad [[jason|name]] rang from [[evesham|place]] first time in years!!
[[6 Dec|date]] 09:35  [[jason|name]] says [[kacey|name]] can have her in [[bromsgrove|place]] too. [[gary|name]] not happy lol
[[7 Dec|date]] 14:15  [[maxine|name]] can we meet tues the [[9th|date]]. not at the house, [[gary|name]]s brother [[darren pinfold|name]]
is staying
"""),
]

DOCS_E += [
    ("primary school behaviour and safeguarding log", """[[Wootton Wawen CE Primary|school]] - log for [[CAMPBELL-REEVE, Malachi|name]]
(Y4)  DOB [[02/11/2017|dob]]
UPN [[X937199996456|upn]]   Mum [[Lauren Reeve|name]] [[07412 559 038|phone]]   Dad [[Andre Campbell|name]] [[07946 871 325|phone]]
[[6/10/2026|date]]  [[Malachi|name]] threw a chair in PE; Mr [[Dinsdale|name]] removed the class. Sent home, mum collected.
[[13/10/2026|date]]  [[Mal|name]] said "[[Kyle|name]] grabbed my neck" (mum's partner [[Kyle Sharman|name]]). DSL [[Becky Hales|name]]
rang MASH.
[[14/10/2026|date]]  Mum says [[Kyle|name]] was "play fighting". Grandma [[Merle Campbell|name]] rang from [[Handsworth|place]], worried.
[[20/10/2026|date]]  [[Malachi|name]] and [[Archie Snell|name]] fought at lunch; [[Archie|name]]'s dad Mr [[Snell|name]] complained.
[[4/11/2026|date]]  [[Malachi|name]] happier; went to his cousin [[Kai|name]]'s birthday in [[Birmingham|place]] on the [[1st|date]].
[[18/11/2026|date]]  Dad [[Andre|name]] and his sister [[Shanice Campbell|name]] came to the Christmas fair meeting with Mrs [[Hales|name]].
[[25/11/2026|date]]  [[Kyle Sharman|name]] (car [[LB68 UWC|vehicle]]) at gate; [[Malachi|name]] hid behind Mrs [[Trudgill|name]].
[[26/11/2026|date]]  Grandma [[Merle|name]] rang: [[Malachi|name]] to visit [[Handsworth|place]] on the [[28th|date]]. Cousin
[[Kai Campbell|name]] too.
"""),
    ("family support worker's notes", """Family support - [[Lauren Reeve|name]] and [[Malachi|name]] - worker [[Tash Inchley|name]]
[[1/12/2026|date]]  Home visit, [[12 Pennyford Lane|address]], [[Wootton\nWawen|place]]. [[Lauren|name]] tired; [[Kyle|name]] moved out
to his
brother [[Jordan Sharman|name]]'s in [[Studley|place]]. [[Malachi|name]] showed me his lego and the dog, Tyson.
[[Lauren|name]] would like [[Malachi|name]] to see his dad [[Dre|name]] more, "as long as [[Merle|name]] is there".
[[8/12/2026|date]]  [[Lauren|name]]'s sister [[Gemma Reeve|name]] ([[07402 618 295|phone]]) from [[Ullenhall|place]] now helps with
school runs.
[[Gemma|name]] says her partner [[Dean Holyoake|name]] will do Thursdays. [[Malachi|name]] calls him "Uncle [[Deano|name]]".
[[10/12/2026|date]]  [[Andre|name]] and grandma [[Merle|name]] met [[Lauren|name]] at [[Henley|place]] Family Hub with
[[Femi Adeyemi|name]].
[[Malachi|name]] to start the ADHD medication on [[3 February|date]] (Dr [[Oyelaran|name]]). Parenting course at [[Henley|place]] library
with [[Sam Whitlock|name]] and [[Lauren|name]]'s friend [[Kerry-Ann Doyle|name]];
booked.
[[9/12/2026|date]]  [[Gemma|name]] says [[Kyle|name]] was seen in [[Henley|place]] with his mate [[Connor Ivens|name]] from
[[Wootton Wawen|place]].
"""),
]

DOCS_F += [
    ("health visitor's email to the GP", """From: [[ros.dainty@nhs.net|email]]
To: Dr [[Imran Hussain|name]], Bidford Health Centre   Date: [[2 December 2026|date]]
Subject: [[Poppy Rudge|name]], DOB [[16/08/2022|dob]], NHS [[540 492 6678|nhs]]

Dear Dr [[Hussain|name]],
Following the incident at [[27 Waterloo Crescent|address]] on [[28/11|date]], [[Poppy|name]] and her brother [[Alfie|name]] are staying with
their grandparents [[Carol|name]] and [[Derek Rudge|name]] in [[Welford-on-Avon|place]]. [[Poppy|name]] (4) has speech delay and
missed her review. Mum [[Stacey|name]] told me [[Wayne|name]] "only drinks at weekends". I am worried about [[Stacey|name]]'s low
mood; she saw Dr [[Patel|name]] in October. Please could you see [[Stacey|name]] and [[Poppy|name]] together.
Kind regards, [[Ros Dainty|name]], Health Visitor, [[Bidford-on-Avon|place]] and [[Salford Priors|place]] team
cc: SW [[Ciaran Bolt|name]]; [[Naomi Fell|name]] ([[n.fell@bidfordce.warwickshire.sch.uk|email]])
"""),
    ("child's own words with the school worker", """what [[alfie|name]] said (year 4), written down by Mrs [[Fell|name]], [[8/12/2026|date]]

i live at nanny [[carol|name]]s now in [[welford|place]]. grandad [[derek|name]] takes me fishing at [[marlcliff|place]]. i miss mummy
and our neighbour mrs [[kibble|name]] has a cat.
and [[poppy|name]] cries. [[wayne|name]] is mean when he has cider. he broke the telly and hurt mummys face. i rang 999 and the
lady was kind. my best friend is [[Harley|name]] and [[Oscar B|name]]. i want to go home when [[wayne|name]] is gone. [[WAYNE|name]] smells.
Mrs [[Fell|name]] wrote: [[Alfie|name]] drew mummy, [[Poppy|name]], nanny and grandad, and a big man crossed out with "[[WAYNE|name]]".
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 251 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:14 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie",
           "uncle", "papa", "mama", "obaa", "anmaa", "tanmee", "coach", "aunt", "sister"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "warwickshire", "okinawa", "japan", "west midlands", "arden"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("obaa Tsuru", "Uncle Seiichi") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
