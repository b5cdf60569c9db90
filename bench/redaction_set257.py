"""Hand-written held-out redaction set 257: six invented families in mid Sussex (Billingshurst, Storrington, Henfield and
Hurstpierpoint), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set254.py to bench/redaction_set256.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py; the docstrings of bench/redaction_set7.py to bench/redaction_set253.py were
searched by script for the towns and communities considered, printing only the numbers of the sets that name them (none
names Billingshurst, Storrington, Henfield, Hurstpierpoint, Hawaiian, Kanaka Maoli, Honolulu or Wai'anae). Phone numbers
were checked with the phonenumbers library and NHS numbers and UPNs (LA 938) made with python-stdnum in small snippets.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

A little shorter than asked: the brief gave about thirty minutes, so this set has 24 documents and 857 gold spans (516 of
them names) against the 900 or so asked for; the documents were written short and lengthened in rounds while time allowed.

Six families: a young white British mother on the Daux estate, Billingshurst (Tanner / Pearce; neglect, a baby below the
centiles, a partner who is "not living here"); a Native Hawaiian (Kanaka Maoli) family from Wai'anae, O'ahu, in Storrington
(Kealoha / Kahananui; domestic abuse, a grandmother's text in Hawaiian translated, an aunt in Hilo); a young carer of 12 in
Henfield (Collins; a mother with MS, a nan in Small Dole); a white British girl of 15 in Hurstpierpoint (Bright / Walsh;
missing to Whitehawk, criminal exploitation); a white British and Black Caribbean family in Billingshurst with a boy of 5
awaiting an autism assessment (Campbell / Lowe; a bruise, a father in Horsham); and a mother in Storrington misusing alcohol
and cocaine (Goddard; a boy of 10, a grandad in Washington). The community named here and in no earlier docstring searched
is Native Hawaiian (Kanaka Maoli), with Hawaiian kin words (Tūtū, Anakē, makuahine, mo'opuna), names, home towns (Wai'anae,
Nānākuli, Hilo) and US (+1 808) phones.

Document styles, one label each: a primary school safeguarding log, a health visitor's home visit note, a nan's WhatsApp
messages typed up, a mother's complaint email, a police domestic abuse log, a grandmother's message in Hawaiian translated,
a child's own words, strategy discussion minutes, a young carers' assessment, a GP letter, a mother and daughter's texts,
a social worker's phone notes, a police missing person log, a Snapchat extract typed up, a return home interview, initial
child protection conference minutes, family support notes, a GP's email, an OCR'd scanned paediatric letter (l for 1, O for
0, 0 for O, 1 for l), a father's texts, a drug and alcohol service letter, a school DSL's email, a grandfather's voice note
transcribed and core group minutes.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (United States, Hawaii, +1 808); NHS numbers and UPNs pass their check
digits. The council ("Downs and Weald Council") is invented; schools, surgeries, hospitals, services and charities are
unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, with the changes the brief sets for every new set: a pet's name
is NOT marked ("Tyson", "Biscuit"); a month with its year, a season or a feast with its year and a year alone are NOT marked
as dates ("since 2022", "in 2021"); a named day without a date ("Christmas") is not marked; a day with its month, with or
without a year ("2 December", "28th", "14/11"), and dates of birth are marked. Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, DC, DS, PCSO, Nan, nanny, Grandma, Uncle, Tūtū, Anakē); "SURNAME, First" is one span; usernames and
e-mail addresses of organisations are not marked; organisations holding a town's name stay unmarked ("Henfield Medical
Centre", "Crawley Hospital", "Storrington Primary School", "Billingshurst Community Fridge", "Change Grow Live - Horsham &
Crawley"); countries, counties and states ("West Sussex", "Hawaii") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels that are names ("teg:", "kace:", "jordz:") are marked when they are
names and "mum:" is not; Hawaiian words that are not names ("makuahine", "moʻopuna", "ʻohana") are unmarked; an island
("O'ahu") and a village of O'ahu are places; "Heath Common", "Nep Town", "Greyfriars", "Daux" and "Hurst" (for
Hurstpierpoint) are places; a street alone ("Parbrook", "Fryern Road", "Cuckfield Road") and an organisation's street
("Deer Park") are addresses; "Washington" is the West Sussex village and is marked as a place; a shop or library named by
its town ("Henfield chippy", "Storrington library") marks the town; a misspelt name ("Leey", "Kirty") is a name.

Self-check without the detector: `python -m bench.redaction_set257` (and tests/test_redaction_set257.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 857 gold spans, 516 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tanner / Pearce family (white British), Daux estate, Billingshurst --------------------------------------------

HOME_A = d.Address("31 Daux Avenue", "Daux", "Billingshurst", "RH14 9SJ")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayden", "Pearce")],
            dt.date(2019, 6, 9),
            addresses=[HOME_A],
            ids=["6281963849", "E938605418560"],
            schools=["Billingshurst Primary Academy"],
        ),
        _p("s", "sibling", [("Ruby-Mae", "Tanner")], dt.date(2024, 1, 22), addresses=[HOME_A], ids=["4755686385"]),
        _p("m", "mother", [("Stacey", "Tanner")], dt.date(1998, 4, 3), addresses=[HOME_A], phones=["07723 418 560"]),
    ],
    "c",
)

DOCS_A = [
    (
        "primary school safeguarding log",
        """SAFEGUARDING LOG - BILLINGSHURST PRIMARY ACADEMY (CPOMS export)
Pupil: [[PEARCE, Kayden|name]]   DOB [[09/06/2019|dob]]   UPN [[E938605418560|upn]]   NHS [[628 196 3849|nhs]]
Mum: [[Stacey Tanner|name]] ([[07723 418 560|phone]]), [[31 Daux Avenue|address]], [[Billingshurst|place]] [[RH14 9SJ|postcode]]
[[03/11|date]] [[Kayden|name]] in same uniform all week, smells of urine. Said [[Ruby|name]] (baby sister) "cries all night". Class
teacher Mrs [[Fenwick|name]] gave spare jumper.
[[05/11|date]] Collected late (16:10) by mum's partner [[Lee Duffield|name]], not on the contact list. [[Lee|name]] drove off in a white
Transit [[GK17 RWN|vehicle]]. DSL Mr [[Owain Prothero|name]] rang mum - no answer.
[[10/11|date]] [[Kayden|name]] said "[[Leey|name]] shouted and threw the remote". Told [[Stacey|name]] at the gate; she said
[[Kay|name]] makes
stuff up.
[[12/11|date]] Lunchtime supervisor Mrs [[Jan Cottle|name]]: [[Kayden|name]] took food from bins. Nan [[Sharon Pearce|name]] rang from
[[Southwater|place]] ([[01403 784 219|phone]]) worried.
[[14/11|date]] MASH referral by [[O. Prothero|name]]. Attended [[Kayden|name]]'s friend [[Alfie Ringrose|name]]'s party at the
[[Billingshurst|place]] leisure centre on the [[8th|date]]? Mum of [[Alfie|name]] ([[Kerry Ringrose|name]]) says [[Kayden|name]] "starving".
[[17/11|date]] [[Kayden|name]] told TA Miss [[Leanne Holt|name]] that "[[Lee|name]] locked me in the bathroom" and that nan [[Shaz|name]]
"has sweets". Body map: none. Rang [[Sharon Pearce|name]] at [[6a Worthing Road|address]], [[Southwater|place]]. SW
[[Rosa Hatherley|name]] informed
by [[Owain Prothero|name]] 15:20. [[Kayden|name]] walked home with [[Alfie|name]] and [[Kerry|name]] to [[Jengers Mead|address]].
[[19/11|date]] Mum did not attend the meeting with Mr [[Prothero|name]] and Mrs [[Fenwick|name]]. [[Kayden|name]]'s cousin
[[Harley Tanner|name]] (Y5)
says "[[Kayd|name]] sleeps at ours lots".
""",
    ),
    (
        "health visitor's home visit note",
        """HEALTH VISITING - NEW BIRTH / 1 YEAR REVIEW (late)
Child: [[Ruby-Mae Tanner|name]], DOB [[22.01.2024|dob]], NHS [[475 568 6385|nhs]]. HV: [[Bryony Kemp|name]], [[Billingshurst|place]] team.
Visit [[18/11/2025|date]] 10:30 at [[31 Daux Ave|address]]. Present: mother [[Stacey|name]], [[Ruby-Mae|name]], and maternal aunt [[Chelsea
Tanner|name]] who lives on [[Jengers Mead|address]].
Home: dog faeces in kitchen (dog "Tyson" - staffy), no stair gate, mattress on floor. [[Ruby|name]] 7.1kg, below the 2nd
centile. Missed 8-month review and imms. [[Stacey|name]] said partner [[Lee|name]] "is not living here", but his work boots in hall.
[[Chelsea|name]] said [[Lee Duffield|name]] has a flat in [[Pulborough|place]] but stays most nights. [[Stacey|name]] low, says she
has no money till the [[28th|date]]. Food bank voucher given (Billingshurst Community Fridge). GP: Dr [[Hana Mistry|name]].
Plan: weigh [[25/11|date]]; referral to Early Help; discussed with SW [[Rosa Hatherley|name]] by phone.
[[25/11|date]] Reweigh at [[Billingshurst|place]] clinic: [[Ruby-Mae|name]] 7.2kg. [[Stacey|name]] came with neighbour [[Amber Keel|name]]
from [[no. 29|address]], who says she minds [[Ruby|name]] "when [[Stace|name]] is stressed". [[Lee Duffield|name]] waited in the van
[[GK17 RWN|vehicle]] outside. Next visit [[2 December|date]] with [[Rosa|name]].
Comment: [[Stacey|name]] was in care herself in [[Crawley|place]]; her own SW then was [[Maggie Rook|name]]. Her mum
[[Sharon|name]] moved to [[Southwater|place]] in 2021. [[Ruby-Mae|name]]'s father is not [[Lee|name]]: [[Stacey|name]] names
[[Connor Haines|name]] of [[Pulborough|place]], no contact.
""",
    ),
    (
        "nan's WhatsApp messages typed up",
        """WhatsApp from [[Sharon Pearce|name]] (nan) to [[Rosa Hatherley|name]] SW - typed up
[[20/11/2025|date]]
[[19/11|date]] 18:02 hiya its [[sharon|name]] [[kaydens|name]] nan. went round [[daux|place]] today nobody answerd. curtains shut
[[19/11|date]] 18:04 [[lee|name]]s van was outside again. [[stace|name]] told me hes gone. liar
[[19/11|date]] 18:30 i can have [[kayd|name]] at mine in [[southwater|place]] weekends. [[ruby mae|name]] 2 if needed
[[19/11|date]] 21:15 [[chels|name]] says [[lee|name]] hit [[stacey|name]] on sat. she had a black eye at [[chelseas|name]]
[[19/11|date]] 21:16 and [[lee duffield|name]] is on facebook with some girl from [[horsham|place]] called [[kayleigh|name]]
[[20/11|date]] 07:45 my neighbour [[brian|name]] at [[no 6|address]] can drive me to [[billingshurst|place]] if u want me at a meeting
[[20/11|date]] 07:50 also [[kayden|name]] told me [[lee|name]] makes him sleep on the floor at [[daux|place]]. my landline
[[01403 786 542|phone]]
[[20/11|date]] 07:46 my address is [[6a Worthing Rd|address]] [[southwater|place]] [[rh13 9jb|postcode]]
""",
    ),
    (
        "mother's complaint email",
        """From: [[stacey.tanner98@gmail.com|email]]
To: complaints@downsandweald.gov.uk
Date: [[24 November 2025|date]]
Subject: complaint about social worker [[ROSA HATHERLEY|name]]

I want to complain about [[Rosa|name]] and the health visitor [[Bryony|name]]. They have been round my house at [[Daux Avenue|address]] 3
times and spoke to my son [[Kayden|name]] without me at school. My mum [[Sharon|name]] has been telling lies since I was with
[[Lee|name]]. [[Lee|name]] does not live with me he lives in [[Pulborough|place]]. My sister [[Chelsea|name]] is no help either. I
have a letter from Dr [[Mistry|name]] saying [[Ruby-Mae|name]] is fine. I also want it known that Mr [[Prothero|name]] at the school
has it in for [[Kayden|name]] since he fell out with [[Tyler Booker|name]] in year 1. You can ring me on [[07723 418 560|phone]].
Also [[Rosa|name]] told my neighbour [[Amber|name]] at [[no 29|address]] my business, and [[Amber|name]] told [[Kerry Ringrose|name]]
on [[Jengers Mead|address]]. Everyone in [[Billingshurst|place]] knows now. I want a different social worker from [[Horsham|place]] office
and I want to see my file. My date of birth is [[03/04/1998|dob]]. My solicitor is [[Naomi Fairbrother|name]].
PS and [[Kayden|name]]'s dad [[Jamie Pearce|name]] is in prison in [[Lewes|place]] so dont bother asking him either.
[[Stacey Tanner|name]]
""",
    ),
]


# --- B. Kealoha / Kahananui family (Native Hawaiian, Kanaka Maoli, from Wai'anae, O'ahu), Storrington ----------------------

HOME_B = d.Address("6 Fryern Road", "", "Storrington", "RH20 4BJ")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Makana", "Kealoha")],
            dt.date(2017, 2, 11),
            addresses=[HOME_B],
            ids=["7025459453", "U938660574150"],
            schools=["Storrington Primary School"],
        ),
        _p("m", "mother", [("Leilani", "Kahananui")], dt.date(1989, 7, 25), addresses=[HOME_B], phones=["07851 664 203"]),
        _p("f", "father", [("Keoni", "Kealoha")], dt.date(1986, 12, 4), addresses=[HOME_B], phones=["07496 381 725"]),
    ],
    "c",
)

DOCS_B = [
    (
        "police domestic abuse log",
        """SUSSEX POLICE - DOMESTIC ABUSE STORM LOG  Ref 47-251108-0931
Date/time: Sat [[08/11/2025|date]] 22:41  Location: [[6 Fryern Road|address]], [[Storrington|place]] [[RH20 4BJ|postcode]]
Victim: [[KAHANANUI, Leilani|name]] DOB [[25/07/1989|dob]] tel [[07851 664 203|phone]]
Suspect: [[KEALOHA, Keoni|name]] DOB [[04/12/1986|dob]] tel [[07496 381 725|phone]] NI [[NH 52 71 08 B|ni]]
Child present: [[Makana|name]] ("[[Kana|name]]") aged 8.
Attending: PC [[Jodie Farrant|name]] and PC [[Marcus\nIbe|name]]. Caller: neighbour Mrs [[Pauline Vickery|name]] at [[no. 8|address]].
[[Leilani|name]] says [[Keoni|name]] smashed her phone after she video-called her mother [[Pualani Kahananui|name]] in
[[Waiʻanae|place]] ([[+1 808 696 2471|phone]]). [[Makana|name]] ran to [[Pauline|name]]'s house. [[Keoni|name]] left on foot towards
[[Sullington|place]]; found at [[Heath Common|place]] 23:55, arrested, taken to [[Crawley|place]] custody.
[[Leilani|name]]'s sister [[Noelani Kahananui|name]] lives in [[Hilo|place]] ([[+1 808 935 4128|phone]]). DASH: medium.
[[Keoni|name]]'s car, a blue Octavia [[WP19 HZT|vehicle]], on the drive. Referral to SW by PC [[Farrant|name]] [[09/11/2025|date]].
Previous: [[14/07/2025|date]] argument at [[Storrington|place]] Co-op car park reported by [[Dean Whitlow|name]], no crime. [[Keoni|name]]
told PC [[Ibe|name]] "[[Lani|name]] is crazy, ask anyone in [[Pulborough|place]]". [[Leilani|name]] wants contact via her friend
[[Kalei Akana|name]] ([[07581 442 709|phone]]) until she has a new phone. Photos taken [[09/11/2025|date]] 00:40 by PC [[Marcus Ibe|name]].
Neighbour [[Pauline Vickery|name]] ([[01903 745 806|phone]]) gave a statement. Her husband [[Roy|name]] saw [[Keoni|name]] on the
[[Fryern Road|address]] drive at 22:30 shouting "[[Lani|name]], open up".
""",
    ),
    (
        "grandmother's message in Hawaiian translated",
        """Text from Tūtū [[Pualani|name]] ([[+1 808 696 2471|phone]]) to [[Makana|name]],
read to
the SW by [[Leilani|name]] on [[12/11/2025|date]]. Translated by [[Leilani|name]] and checked by [[Kalei Akana|name]], a family
friend in [[Worthing|place]].

"Aloha e [[Makana|name]], kuʻu moʻopuna. Mai hopohopo. E mālama pono i kou makuahine. Ke kali nei mākou iā ʻolua ma
[[Waiʻanae|place]]. ʻO Anakē [[Noe|name]] ma [[Hilo|place]] e kelepona ana. Aloha nui, Tūtū."

Translation: "Aloha [[Makana|name]], my grandchild. Don't worry. Look after your mother. We are waiting for you two in
[[Waiʻanae|place]]. Aunty [[Noe|name]] in [[Hilo|place]] will phone. Lots of love, Tūtū."
Reply from [[Makana|name]] (typed by [[Leilani|name]]): "love u tutu. tell [[kawika|name]] and [[mele|name]] i miss them. dad is at
[[dean|name]]s in [[storrington|place]]. me and mum are ok. aloha."
Note by SW [[Aled Burrows|name]]: "makuahine" is mother, "moʻopuna" grandchild; "Anakē" is aunty. [[Noelani|name]] rang the
office on [[13/11/2025|date]] from [[Hilo|place]] on [[+1 808 935 4128|phone]].
""",
    ),
    (
        "child's own words with the school's learning mentor",
        """My words - [[Makana Kealoha|name]], Year 4, written with Miss
[[Tilly Raine|name]]
My name is [[Makana|name]] but at home I am [[Kana|name]]. I live in [[Storrington|place]] with mum and dad. My tutu lives in
[[waianae|place]] by the beach and my aunty [[noe|name]] lives in [[hilo|place]] with my cousins [[Kawika|name]] and [[Mele|name]].
When dad is angry he says mum is stupid. On the saturday he broke mums phone and I ran to [[Paulines|name]]. She gave me
squash. My best friend is [[Oscar Bright|name]]. I want to go to Hawaii for Christmas. I feel safe at school and at
[[pauline|name]]s house and with Uncle [[Kimo|name]] on video.
Miss [[Raine|name]] adds: [[Makana|name]] drew his ʻohana: Tūtū [[Pua|name]], Anakē [[Noe|name]], Uncle [[Kimo Kahananui|name]] in
[[Nānākuli|place]], and his friend [[Oscar|name]] from [[Storrington|place]]. He left dad out.
[[Kana|name]] means gift but [[kimo|name]] calls me bruddah. When I am big I want to live in [[Nānākuli|place]] like dad did.
""",
    ),
    (
        "strategy discussion minutes",
        """STRATEGY DISCUSSION - [[Makana KEALOHA|name]] (DOB [[11/02/2017|dob]], NHS [[702 545 9453|nhs]])
Date: [[10 November 2025|date]]. Chair: [[Imogen Sallis|name]], team manager. Present: SW [[Aled Burrows|name]]; DS [[Cathy Wren|name]]
(Sussex Police); [[Tilly Raine|name]] (Storrington Primary School); HV/school nurse [[Farida\nKhatun|name]].
[[Leilani|name]] (mother) has lived in [[Storrington|place]] since 2022; came from [[Waiʻanae|place]], [[Oʻahu|place]]; [[Keoni|name]]
is from [[Nānākuli|place]]. He works at a garden centre in [[West Chiltington|place]]. Bail conditions: not to go to
[[Fryern Road|address]]; bail address his friend [[Dean Whitlow|name]]'s, [[14 Kithurst Lane|address]], [[Storrington|place]]?? -
too close; DS [[Wren|name]] to ask for [[Worthing|place]] instead. Section 47 agreed. [[Makana|name]] to be seen alone by
[[Aled|name]] on [[11/11|date]]. [[Leilani|name]] wants to return to Hawaiʻi; passports held by [[Keoni|name]].
Actions: [[Aled Burrows|name]] to visit [[Pauline Vickery|name]] at [[8 Fryern Road|address]]; DS [[Cathy Wren|name]] to check
[[Keoni|name]]'s
previous in [[Honolulu|place]] via the liaison officer; [[Farida Khatun|name]] to see [[Makana|name]] at school on [[12/11|date]];
[[Tilly Raine|name]] to tell the head, Mr [[Royce Amadi|name]]. Next review [[24 November|date]].
Note added [[11/11/2025|date]] by [[Aled|name]]: seen [[Makana|name]] alone at school. He said dad shouted at mum "in the kitchen
on the saturday" and that Tūtū [[Pualani|name]] "is coming at Christmas if dad goes". [[Leilani|name]] is staying with [[Kalei|name]] in
[[Worthing|place]] for two nights; [[Kalei Akana|name]]'s address is [[Flat 3, 21 Rowlands Road|address]], [[Worthing|place]]
[[BN11 3JJ|postcode]].
""",
    ),
]


# --- C. Collins family (white British), a young carer in Henfield ----------------------------------------------------------

HOME_C = d.Address("9 Furners Mead", "", "Henfield", "BN5 9JA")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tegan", "Collins")],
            dt.date(2013, 10, 8),
            addresses=[HOME_C],
            ids=["4482357723", "M938324650509"],
            schools=["Steyning Grammar School"],
        ),
        _p("s", "sibling", [("Alfie", "Collins")], dt.date(2018, 5, 30), addresses=[HOME_C]),
        _p("m", "mother", [("Joanne", "Collins")], dt.date(1979, 5, 17), addresses=[HOME_C], phones=["07918 220 447", "01273 492 318"]),
    ],
    "c",
)

DOCS_C = [
    (
        "young carers' assessment",
        """YOUNG CARERS ASSESSMENT - [[COLLINS, Tegan|name]] (12)  DOB [[08/10/2013|dob]]  NHS [[448 235 7723|nhs]]
Address: [[9 Furners Mead|address]], [[Henfield|place]], [[BN5 9JA|postcode]]. Home phone [[01273 492 318|phone]].
Assessor: [[Nadia Quint|name]], Carers Support West Sussex, [[17/11/2025|date]].
[[Tegan|name]] cares for mum [[Joanne|name]] ([[Jo|name]]), who has MS and uses a wheelchair since a relapse, and for brother
[[Alfie|name]] (7). She does the meds, the shopping at the [[Henfield|place]] Co-op and takes [[Alfie|name]] to school in
[[Nep Town|place]]. Dad [[Gary Collins|name]] left in 2021, lives in [[Partridge Green|place]], sees the children "when he can".
Nan [[Maureen Lusted|name]] lives in [[Small Dole|place]] but does not drive. [[Tegan|name]]'s friend [[Poppy\nSaunders|name]] says
[[Teg|name]] falls asleep in form. Form tutor Mr [[Dhillon|name]]. Plan: respite, a young carers group on [[2 December|date]].
[[Tegan|name]] in her own words: "I do mums tablets at 7 and 7. [[Alfie|name]] is annoying but hes my best friend. I miss
dad. I go to [[Poppy|name]]s in [[Henfield|place]] on Saturdays and her mum [[Sian Saunders|name]] does my hair. I would
like to do dance in [[Steyning|place]] again."
""",
    ),
    (
        "GP letter to social care",
        """Henfield Medical Centre, [[Deer Park|address]], [[Henfield|place]]
[[19 November 2025|date]]
Dear Ms [[Quint|name]],
Re: [[Joanne Collins|name]], DOB [[17/05/1979|dob]], [[9 Furners Mead|address]], [[Henfield|place]] [[BN5 9JA|postcode]]
I confirm Mrs [[Collins|name]] has relapsing-remitting MS and was admitted to the Princess Royal Hospital from [[3/11|date]] to
[[7/11|date]]. Her daughter [[Tegan|name]] rang 999 on the [[3rd|date]]. The district nurse, [[Gwen Harker|name]], visits twice weekly.
[[Joanne|name]] would like a package of care so that [[Tegan|name]] and [[Alfie|name]] are not doing personal care.
Her mobile is [[07918 220 447|phone]]. Her sister [[Lisa Draycott|name]] in [[Cowfold|place]] may help.
[[Joanne|name]]'s neurologist at the Princess Royal is Dr [[Felix Ambrose|name]]; her MS nurse is [[Carys Lloyd|name]].
Yours sincerely, Dr [[Anand Mehta|name]], GP ([[a.mehta1@nhs.net|email]])
cc [[Tegan|name]]'s school nurse, [[Ruth\nPelling|name]]; [[Ben Okafor|name]], [[Horsham|place]] children's team.
""",
    ),
    (
        "mother and daughter's texts typed up",
        """Texts between [[Tegan|name]] and her mum, shown to [[Nadia Quint|name]]
[[18/11/2025|date]] (typed up as written)
mum: [[teg|name]] can u get [[alfie|name]] from [[nep town|place]] im stuck in the chair again
[[teg|name]]: ok. is nanny [[maureen|name]] coming
mum: no shes at [[small dole|place]] with no lift. [[gary|name]] not answering
[[teg|name]]: ill ask [[poppys|name]] mum [[sian|name]]
mum: thanks babe. dont tell school
[[teg|name]]: [[alf|name]] wants chips from [[henfield|place]] chippy
mum: fine. £10 in my purse
[[teg|name]]: mr [[dhillon|name]] asked why im tired again
mum: say ur fine x
[[teg|name]]: [[poppy|name]] says i can stay at hers sat if aunty [[lisa|name]] has [[alf|name]] in [[cowfold|place]]
mum: ask [[lisa|name]] urself. her numbers in the kitchen
[[teg|name]]: [[gary|name]] says he will come sun to [[furners mead|address]]. dont be mean to him
mum: i wont. love u [[tegs|name]]
""",
    ),
    (
        "social worker's phone notes",
        """Phone notes - SW [[Ben Okafor|name]]
[[20/11|date]] 09:10 Rang [[Jo Collins|name]] on [[07918 220 447|phone]]. Agrees to carers assessment of her own. Says ex
[[Gary|name]] (mob [[07713 906 284|phone]]) lives at [[2 Bines Road|address]], [[Partridge Green|place]] with new partner
[[Kerry-Ann|name]]. Will he have the children Fridays?
[[20/11|date]] 11:40 Rang [[Gary Collins|name]]. He says he can do Fri [[28 Nov|date]]. Works at a garage in [[Steyning|place]].
[[20/11|date]] 14:05 [[Maureen Lusted|name]] (nan) rang, [[01273 492 318|phone]] is [[Jo|name]]'s landline not hers. Hers is
[[07932 605 118|phone]]. Lives [[4 The Street|address]], [[Small\nDole|place]]. Worried about [[Tegan|name]] - "she's
twelve going on forty".
[[21/11|date]] 10:30 [[Tegan|name]] rang from school office (Mr [[Dhillon|name]] with her). [[Alfie|name]] has nits again and mum fell
in the
bathroom. Asked district nurse [[Gwen Harker|name]] to call in. [[Lisa Draycott|name]] (aunt) rang back from [[Cowfold|place]]: can
take [[Alfie|name]] Tue and Thu. Her mobile [[07402 667 931|phone]]?? - no, that is on another file; hers is [[07564 903 187|phone]]?? -
also wrong. Asked [[Lisa|name]] to text it.
[[24/11|date]] 16:00 Home visit with [[Nadia Quint|name]]. [[Joanne|name]] in bed; [[Tegan|name]] cooking. [[Alfie|name]] showed me his
drawing of nanny [[Mo|name]] and auntie [[Lis|name]]. Carers from Henfield Home Care start [[1 December|date]]. Next visit
[[8 December|date]].
""",
    ),
]


# --- D. Bright / Walsh family (white British), a girl of 15 in Hurstpierpoint ---------------------------------------------

HOME_D = d.Address("22 Trinity Road", "", "Hurstpierpoint", "BN6 9UT")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kacey", "Bright")],
            dt.date(2010, 3, 29),
            addresses=[HOME_D],
            ids=["7991509605", "G938426387114"],
            schools=["Downlands Community School"],
        ),
        _p("m", "mother", [("Nicola", "Walsh")], dt.date(1984, 9, 12), addresses=[HOME_D], phones=["07388 514 692"]),
    ],
    "c",
)

DOCS_D = [
    (
        "police missing person log",
        """SUSSEX POLICE - MISSING PERSON (MEDIUM RISK)
Name: [[BRIGHT, Kacey|name]]  DOB [[29/03/2010|dob]]  Home: [[22 Trinity Road|address]], [[Hurstpierpoint|place]] [[BN6 9UT|postcode]]
Reported by mother [[Nicola Walsh|name]] ([[07388 514 692|phone]]) at 23:20 on [[21/11/2025|date]].
Last seen: [[Hassocks|place]] station 18:00 with [[Jordan Pike|name]] ("[[Jordz|name]]", 19) and a girl known as "[[Kenzie|name]]".
Possible locations: [[Burgess Hill|place]] (Church Walk), [[Brighton|place]] ([[Whitehawk|place]]), [[Sayers Common|place]].
[[Jordz|name]] drives a black Corsa [[EY66 LKP|vehicle]]. Found 04:10 [[22/11|date]] at [[9 Manor Way|address]], [[Whitehawk|place]], by PC
[[Sam Okonjo|name]]. [[Kacey|name]] said she was "with mates". Smelt of cannabis, new phone. Returned home by PC [[Okonjo|name]].
Return interview to [[Jess\nLarder|name]] (Missing Link worker). Mum's partner [[Wayne|name]] not at home.
Risk: older males, [[Whitehawk|place]] address linked to [[Rio Maddox|name]] (DOB [[11/01/2004|dob]]). Previous missing: [[02/11/2025|date]]
(found [[Burgess Hill|place]] by PCSO [[Lauren Tebbit|name]]) and [[14/11/2025|date]] (found [[Hassocks|place]]).
""",
    ),
    (
        "Snapchat messages typed up by the return interview worker",
        """Snapchat (typed from screenshots [[Kacey|name]] showed
[[Jess|name]] on [[24/11|date]])
[[jordz|name]]: u comin [[hassocks|place]] 6
[[kace|name]]: yh if [[nic|name]] dont kill me lol
[[jordz|name]]: bring [[kenzie|name]]. we goin [[brighton|place]] after
[[kace|name]]: shes grounded. [[mollie|name]] might come
[[jordz|name]]: nah not [[mollie|name]] she chats
[[kace|name]]: k. [[wayne|name]] took my phone bk
[[jordz|name]]: [[wayne|name]] is a melt. tell [[nicola|name]] ur at [[kenzies|name]] in [[ditchling|place]]
[[jordz|name]]: told u il get u a new 1. [[rio|name]] has got 1 for u
[[kace|name]]: where [[rio|name]] live
[[jordz|name]]: [[whitehawk|place]]. dont tell no1
[[kace|name]]: [[jordan|name]] ur mad
[[jordz|name]]: lol. delete this
[[kace|name]]: [[kenzie|name]] says [[rio|name]] is bare old
[[jordz|name]]: [[kenz|name]] is a snake. meet at the [[burgess hill|place]] maccies instead
[[kace|name]]: cant. nan [[linda|name]] is picking me up from [[hurst|place]] at 5
[[jordz|name]]: tell ur nan ur at [[mollies|name]]. [[rio|name]] will pick u up from [[sayers common|place]] bus stop
""",
    ),
    (
        "return home interview",
        """RETURN HOME INTERVIEW - [[Kacey Bright|name]] (15), UPN [[G938426387114|upn]], NHS [[799 150 9605|nhs]]
Worker: [[Jess Larder|name]], [[24/11/2025|date]], at Downlands Community School, with [[Kacey|name]]'s consent.
[[Kacey|name]] says she went to [[Whitehawk|place]] with [[Jordz|name]] and "[[Rio|name]]" (real name [[Rio Maddox|name]]?, 20s) and slept
at a flat. She says [[Kenzie|name]] is [[Kenzie Sherlock|name]] from [[Burgess Hill|place]]. She did not want to be home because mum's
partner [[Wayne Treadwell|name]] "takes my stuff". Nan [[Linda Walsh|name]] in [[Hurst|place]] ([[01273 834 560|phone]]) is
"the only one who gets me". Friend [[Mollie Garrod|name]] was worried and told Mrs [[Abbott|name]] (DSL). Dad [[Craig Bright|name]] lives in
[[Haywards Heath|place]]; [[Kacey|name]] has not seen him since [[15 August|date]].
Push factors: arguments with [[Wayne|name]] and mum [[Nicola|name]]; pull: [[Jordz|name]] buys her food and vapes. [[Kacey|name]] gave her
new number as [[07918 220 447|phone]]? - checked, that is someone else; real new number not given. She agreed to see [[Jess|name]]
again on [[1 December|date]] at nan [[Linda|name]]'s in [[Hurst|place]].
Safety plan: [[Kacey|name]] to text [[Jess|name]] or nan [[Linda Walsh|name]] if stranded; taxi firm in [[Hassocks|place]] has an
account. Mum [[Nicola|name]] to ring 101 after one hour. [[Kacey|name]]'s friend [[Mollie|name]] lives on [[Western Road|address]],
[[Hurstpierpoint|place]], and her mum [[Dawn Garrod|name]] is happy for [[Kacey|name]] to go there.
""",
    ),
    (
        "initial child protection conference minutes",
        """INITIAL CHILD PROTECTION CONFERENCE - [[Kacey BRIGHT|name]]
Date [[4 December 2025|date]]. Chair: [[Ruth Mainwaring|name]] (IRO). Minutes: [[Zara Holt|name]].
Present: [[Nicola Walsh|name]] (mother); SW [[Aled Burrows|name]]; [[Jess Larder|name]]; Mrs [[Helen Abbott|name]] (DSL);
DC [[Pete Slade|name]]; Nan [[Linda|name]]. Apologies: [[Craig Bright|name]] (father).
DC [[Slade|name]]: [[Jordan PIKE|name]] (DOB [[02/06/2006|dob]]) and [[Rio Maddox|name]] are known for county lines between
[[Brighton|place]] and [[Burgess Hill|place]]. [[Nicola|name]]: "[[Kace|name]] was a good girl till she met him." She asked that
[[Wayne|name]] not be named in minutes; Chair explained. [[Linda|name]] offers that [[Kacey|name]] stays at hers on
[[Cuckfield Road|address]], [[Hurstpierpoint|place]]. Outcome: child protection plan, category neglect (risk outside the home).
Next: core group [[18/12/2025|date]] at [[Hurstpierpoint|place]] library.
Dissent: [[Nicola|name]] disagreed with the category. [[Helen Abbott|name]]: attendance 61%; [[Kacey|name]] seen getting into a car
([[EY66 LKP|vehicle]]) on [[College Lane|address]] after school on [[13/11|date]] and [[20/11|date]]. [[Jess Larder|name]]: [[Kacey|name]]
told her "[[Jordz|name]] is my boyfriend" and that [[Mollie Garrod|name]] is "a grass". Nan [[Linda Walsh|name]] to be assessed as a
connected person; address [[17 Cuckfield Road|address]], [[Hurstpierpoint|place]] [[BN6 9RS|postcode]].
""",
    ),
]


# --- E. Campbell / Lowe family (white British and Black Caribbean), Billingshurst ------------------------------------------

HOME_E = d.Address("3 Parbrook", "", "Billingshurst", "RH14 9EU")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Reuben", "Campbell")],
            dt.date(2020, 8, 14),
            addresses=[HOME_E],
            ids=["4544773725", "W938248358494"],
            schools=["St Mary's CE Primary School"],
        ),
        _p("m", "mother", [("Gemma", "Lowe")], dt.date(1993, 2, 28), addresses=[HOME_E], phones=["07564 903 187"]),
        _p("f", "father", [("Andre", "Campbell")], dt.date(1990, 11, 6), phones=["07402 667 931"]),
    ],
    "c",
)

DOCS_E = [
    (
        "family support worker's notes",
        """Family support notes - [[Reuben Campbell|name]] (5), [[3 Parbrook|address]],
[[Billingshurst|place]] [[RH14 9EU|postcode]]
Worker: [[Kirsty Penfold|name]]. Mum: [[Gemma Lowe|name]] ([[07564 903 187|phone]]).
[[13/11|date]] Home visit. [[Reuben|name]] (awaiting ASD assessment) lining up cars. [[Gemma|name]] says [[Reubs|name]] not sleeping.
Dad [[Andre Campbell|name]] lives in [[Horsham|place]], has him alternate Saturdays; his mum, Grandma [[Marcia Campbell|name]], in
[[Crawley|place]] "is the only one he sits still for". [[Gemma|name]]'s new partner [[Ryan|name]] was there.
[[20/11|date]] [[Gemma|name]] tearful: [[Andre|name]] turned up drunk at [[Parbrook|address]] on the [[16th|date]], kicked the door.
Neighbour [[Dev Chauhan|name]] filmed it. Advised to call police; gave Clare's Law leaflet.
[[27/11|date]] Went with [[Gemma|name]] to the paediatric clinic. [[Reuben|name]] called me "[[Kirty|name]]".
[[28/11|date]] Grandma [[Marcia|name]] rang from [[Crawley|place]] ([[07713 906 284|phone]]? no - that was a misdial; her number is
withheld).
She says [[Andre|name]] "has a temper since [[Tunde|name]] got him on the drink" and that she will have [[Reuben|name]] in
[[Three Bridges|place]] on Saturdays instead. [[Gemma|name]] agreed. Nursery key person Miss [[Orla Fagan|name]] informed.
[[01/12|date]] [[Andre|name]] rang me ([[07402 667 931|phone]]) asking where [[Gemma|name]] is living. Did not say. He said "[[Gem|name]]'s
mum [[Tracey|name]] is poisoning [[Reubs|name]] against me". Told SW [[Rosa Hatherley|name]] the same day. [[Ryan Sheppard|name]]
([[Gemma|name]]'s partner) has moved back to his flat on [[Station Road|address]], [[Billingshurst|place]].
""",
    ),
    (
        "GP's email to the social worker",
        """From: Dr [[Hana Mistry|name]] <[[hana.mistry@nhs.net|email]]>
To: [[Rosa Hatherley|name]] <[[r.hatherley@downsandweald.gov.uk|email]]>
Sent: [[21 November 2025|date]] 13:02
Subject: [[Reuben Campbell|name]] DOB [[14/08/2020|dob]] NHS [[454 477 3725|nhs]]

Dear [[Rosa|name]],
[[Gemma Lowe|name]] came in today with [[Reuben|name]], who has a bruise on his left upper arm. She says he fell off the trampoline
at his dad's in [[Horsham|place]]. [[Reuben|name]] has little speech and could not tell me. Father [[Andre|name]] (tel
[[07402 667 931|phone]]) denies any injury. I have asked the paediatric team at [[Crawley|place]] to see him today. [[Gemma|name]]
also said [[Andre|name]] has threatened her; she has moved in with her mother [[Tracey Lowe|name]] at [[11 Lower Station Road|address]],
[[Billingshurst|place]] for now.
Best wishes, [[Hana|name]]
[[Billingshurst|place]] for now.
PS [[Tracey|name]]'s number is [[07847 215 096|phone]]? - [[Gemma|name]] was unsure; please check with her.
Best wishes, [[Hana|name]]
""",
    ),
    (
        "OCR'd scanned paediatric letter",
        """Crawley Hospital - Child Development Centre  (scanned, OCR text)
Date: [[2l/ll/2O25|date]]
Re: [[Reuben CAMPBELL|name]]  D0B [[l4/O8/2O2O|dob]]  NHS [[454 477 3725|nhs]]
Address: [[3 Parbr0ok|address]], [[Bi11ingshurst|place]] [[RHl4 9EU|postcode]]
Dear Dr [[Mlstry|name]],
I saw [[Reuben|name]] with his mother [[Gemma L0we|name]] and grandmother [[Tracey|name]]. The bruise on the left arm (3 x 2 cm)
is consistent with a grip. [[Reuben|name]] said "daddy squeeze". His father [[Andre Campbe1l|name]] was not present.
Referral to children's social care (SW [[R. Hatherley|name]]) made today.
Follow-up in cl1nic on [[O9/l2/2O25|date]]. Tel for [[Gemma|name]]: [[07564 903 187|phone]].
cc Dr [[Hana Mlstry|name]], [[Bi1lingshurst|place]] Surgery; HV [[Bryony Kemp|name]].
Dr [[Sunita Bha1la|name]], Consultant Paediatrician
""",
    ),
    (
        "father's texts typed up",
        """Texts from [[Andre|name]] to [[Gemma|name]], shown to [[Rosa Hatherley|name]] [[23/11/2025|date]]
[[16/11|date]] 23:10 open the door [[gem|name]]
[[16/11|date]] 23:12 i know [[ryan|name]] is there. his car is outside [[parbrook|address]]
[[16/11|date]] 23:40 ur not keeping my son from me
[[17/11|date]] 08:02 sorry babe i was wasted. mum says i need to sort myself
[[22/11|date]] 19:30 u told that doctor i hurt [[reubs|name]]?? my mum [[marcia|name]] is going mad
[[22/11|date]] 19:31 im coming to [[billingshurst|place]] tmrw to get him
[[22/11|date]] 19:45 my mate [[tunde|name]] from [[horsham|place]] says u got a social worker now. nice one
[[23/11|date]] 09:12 tell [[ryan|name]] to stay away from [[reuben|name]]. and tell [[tracey|name]] to stop slagging me on fb
[[23/11|date]] 09:15 im at my mums in [[three bridges|place]] if anyone wants me
""",
    ),
]


# --- F. Goddard family (white British), Greyfriars, Storrington --------------------------------------------------------------

HOME_F = d.Address("40 Greyfriars Lane", "", "Storrington", "RH20 4HE")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Charlie", "Goddard")],
            dt.date(2015, 1, 19),
            addresses=[HOME_F],
            ids=["7937989130", "D938444786415"],
            schools=["Storrington Primary School"],
        ),
        _p("m", "mother", [("Danielle", "Goddard")], dt.date(1988, 6, 21), addresses=[HOME_F], phones=["07847 215 096"]),
    ],
    "c",
)

DOCS_F = [
    (
        "drug and alcohol service letter",
        """Change Grow Live - Horsham & Crawley
[[25 November 2025|date]]
To: [[Aled Burrows|name]], Children's Services
Re: [[Danielle Goddard|name]], DOB [[21/06/1988|dob]], [[40 Greyfriars Lane|address]], [[Storrington|place]] [[RH20 4HE|postcode]]
[[Danielle|name]] ("[[Dani|name]]") was referred by her GP in [[Storrington|place]]. She reports drinking two bottles of wine a day
and using cocaine at weekends with her friend [[Shelley Mudge|name]] from [[Pulborough|place]]. Her last test on [[19/11|date]] was
positive. Her key worker is [[Tom Rudd|name]] ([[07581 442 709|phone]]). [[Danielle|name]] names her father [[Ray Goddard|name]] in
[[Washington|place]] as her support; he has [[Charlie|name]] some nights. NI [[KP 30 64 19 D|ni]].
Please contact [[Tom Rudd|name]] or his manager [[Fiona Beckett|name]] with any concerns.
[[Danielle|name]]'s mobile: [[07847 215 096|phone]]. She would like [[Charlie|name]]'s school, not [[Shelley|name]], told first.
[[Tom Rudd|name]], Recovery Coordinator
""",
    ),
    (
        "school DSL's email",
        """From: [[helen.yates@storrington-primary.example|email]]
Sent: [[26/11/2025|date]] 08:55
To: [[Aled Burrows|name]]
Subject: [[GODDARD, Charlie|name]] Y6 - UPN [[D938444786415|upn]]

[[Aled|name]], [[Charlie|name]] came in late again today and said mum was "asleep on the floor". Grandad [[Ray|name]] brought him from
[[Washington|place]] in his red pickup ([[GN12 XWT|vehicle]]). [[Charlie|name]] said "[[Shell|name]] was at ours and they were
loud". He was very tired and told his TA Mrs [[Bernadette Cole|name]] he made his own tea. His friend [[Harry Dunn|name]]'s mum,
[[Kate Dunn|name]], has offered to have him after school. [[Charlie|name]]'s NHS no is [[793 798 9130|nhs]].
Also, a man [[Charlie|name]] calls "[[Naz|name]]" collected him on the [[14th|date]] from the gate on [[Spierbridge Road|address]]; Mrs
[[Cole|name]] did not know him. [[Charlie|name]] said [[Naz|name]] is "mum's mate from [[Crawley|place]]".
[[Helen Yates|name]], DSL
""",
    ),
    (
        "grandfather's voice note transcribed",
        """Voice note from [[Ray Goddard|name]] ([[07955 318 440|phone]]), transcribed by SW
[[Aled Burrows|name]], [[27/11/2025|date]]
"Yeah hello [[Aled|name]], it's [[Ray|name]], [[Charlie|name]]'s grandad. I'm up at [[Washington|place]], [[3 Rowdell Cottages|address]],
behind the pub. I'll have him the week, no trouble. [[Dani|name]]'s been bad since that [[Shelley|name]] come back on the scene.
And there's a bloke, [[Nathan|name]], calls himself [[Naz|name]], drives down from [[Crawley|place]]. My neighbour [[Geoff|name]] seen
him at [[Greyfriars|place]] on the Friday... sorry, Friday the [[21st|date]]. [[Charlie|name]]'s nan, my late wife
[[Irene|name]], she'd be turning in her grave. Ring me back, mate."
Second voice note, 18:02: "It's [[Ray|name]] again. [[Charlie|name]]'s at mine now. [[Dani|name]] said [[Naz|name]] drives a white
Audi, [[LD68 VUP|vehicle]],
I wrote it down. And [[Shelley Mudge|name]] lives over [[Pulborough|place]] way, by the station. Cheers [[Aled|name]]."
""",
    ),
    (
        "core group meeting minutes",
        """CORE GROUP - [[Charlie GODDARD|name]] (10), DOB [[19/01/2015|dob]]
Date [[3 December 2025|date]], at [[Storrington|place]] library. Chair: SW [[Aled Burrows|name]].
Present: [[Danielle Goddard|name]]; [[Ray Goddard|name]] (grandfather); [[Helen Yates|name]] (DSL); [[Tom Rudd|name]] (CGL).
[[Dani|name]] has engaged; two clear tests. [[Shelley|name]] no longer visiting. [[Naz|name]] ([[Nathan Coyle|name]]) seen in
[[Storrington|place]] on [[29/11|date]] by PCSO [[Amy Farrow|name]]. [[Charlie|name]] staying at [[Washington|place]] Mon-Thu; he
says he likes grandad's dog "Biscuit". [[Kate Dunn|name]] does after-school on Fridays. Next core group [[17 December|date]].
Actions: [[Ray|name]] to give [[Aled|name]] his address for a viewing ([[3 Rowdell Cottages|address]], [[Washington|place]]
[[RH20 4AS|postcode]]);
[[Tom|name]] to share tests; [[Helen|name]] to tell Mrs [[Cole|name]] that only [[Ray|name]], [[Dani|name]] or [[Kate|name]] may collect.
Minutes: [[Beth Carew|name]]. Copies to [[Danielle|name]], [[Ray|name]], [[Helen Yates|name]], [[Tom Rudd|name]] and PCSO [[Farrow|name]].
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 257 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:26 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "rev",
    "sw",
    "hv",
    "nurse",
    "our",
    "nan",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "aunt",
    "tūtū",
    "tutu",
    "anakē",
    "anake",
    "teacher",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "west sussex", "sussex", "hawaii", "hawaiʻi", "united states", "usa"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tūtū Pualani", "Anakē Noe", "Grandma Marcia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
