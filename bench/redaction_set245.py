"""Set 245: a held-out hand-written set for the redaction detector, six invented families in Wallingford, Lambourn and Kingsclere
(the Berkshire Downs and north Hampshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set242.py to bench/redaction_set244.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set241.py were searched by script for the towns and for candidate communities, printing only the names of
the files that matched: none names Wallingford, Lambourn or Kingsclere, and none names Zapotec, Oaxaca, Juchitán or
Tehuantepec. Phone numbers were checked with the phonenumbers library, and NHS numbers and UPNs (LA 931 Oxfordshire, 869
West Berkshire, 850 Hampshire) made with python-stdnum, in small snippets. Nobody may tune the detector on this set: it is
to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother in Winterbrook, Wallingford (Dawson / Kemp; neglect, a baby's falling weight, a
partner using cannabis, a grandad in Benson); a Zapotec family from Juchitán, Oaxaca (Isthmus Zapotec and Spanish speakers) in
Upper Lambourn, the father a groom in a racing yard (Santiago Orozco / López Regalado; domestic abuse, a mother's WhatsApp
voice message to her sister in Mexico translated, a girl of 11); a young carer of 12 in Kingsclere (Barlow; a mother with
multiple sclerosis, a dad in Thatcham); a white British girl of 15 in Lambourn (Pritchard / Hurst; missing to Greenham,
Newbury, criminal exploitation); a British Pakistani family in Cholsey (Iqbal / Hussain; a slipper mark on a girl of 9,
section 47, a child protection plan, a nani in Didcot); and a mother in Kingsclere misusing alcohol (Selby; a boy of 7, a
grandad in Ecchinswell). The community new to this set, Zapotec (Oaxaca, Mexico), appears in no earlier docstring searched;
its language gives the kin words "jñaa" (mother) and "bixhoze" (father) and the title "Na" before an older woman's name,
beside Spanish "abuela" and "tía"; its home towns are Juchitán, Unión Hidalgo, Tehuantepec, San Blas Atempa, Salina Cruz and
Oaxaca, and its phones are Mexican (+52 971). 24 documents, each with its own style label: an infant school safeguarding
log, a grandad's texts typed up, a health visitor's home visit note, a mother's Facebook messages typed up, a police domestic
abuse log, a mother's WhatsApp message in Spanish and Zapotec translated, a child's drawing and words, a MARAC referral, a
young carer's own writing, a young carers' assessment, a social worker's phone notes, an OCR'd neurology letter (with its
misreadings: l for 1, O for 0, 0 for O, 1 for l), a police missing person log, a Snapchat extract typed up, a return home
interview, contextual safeguarding panel minutes, a primary school DSL's email, strategy discussion minutes, a father's phone
call note in Urdu and English, child protection conference minutes, a GP's email, a grandad's letter, family support notes
and a boy's own words written with the school nurse.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Mexico +52, Pakistan +92); NHS numbers and UPNs pass their check digits.
Organisations are unmarked ("Thames Valley Police", "Hampshire Young Carers Alliance", "Basingstoke and North Hampshire
Hospital", "the John Radcliffe"); towns, villages, districts and hamlets are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH THE TWO CHANGES this brief sets for every new set: (1) a
pet's name is NOT marked (a pet is not a person: the dog "Bruno", the gecko "Zeus", the horse "Luna" stand unmarked); (2) a
month with its year ("October 2025"), a season with its year ("summer 2025") and a year alone ("in 2022", "since 2O17") are
NOT marked as dates; a day with its month, with a year or not ("3 Oct", "14/10", "the 23rd", "Christmas Day", "boxing day"),
and dates of birth are marked as before. Titles and kinship words stay outside a name (Mr, Mrs, Miss, Dr, PC, DC, DS, Nan,
Nani, Khala, Chacha, Auntie, abuela, tía, Na, jñaa, bixhoze); "SURNAME, First" is one span; initials alone are not marked;
countries, counties and regions ("Mexico", "Hampshire", "West Berkshire") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("shan:", "kez:"); "Abbu" (the girl's word for her father) is a
kinship word and not marked, and so is "jñaa"; a Zapotec or Spanish double surname ("Santiago Orozco", "López Regalado") is
part of one name span; a nickname in quotes ("Rizzo", "Kez", "Big T", "Chucho") is a name; "Hangman's Stone" and "Bear Hill"
alone, "Flint Cottage" and "the bell" (a pub given as where a van stood) are addresses; a school named by its town
("Lambourn Primary", "Cholsey Primary", "Kingsclere Primary") is a school span, but "Kingsclere surgery" and "Wallingford
clinic" mark the town; "Lambourn square" marks the town; an OCR split town ("Kings clere", "Basing stoke") is one place span;
a friend "Tia" was renamed Keeley because "tia" is a kinship word here.

Self-check without the detector: `python -m bench.redaction_set245` (and tests/test_redaction_set245.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 897 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dawson / Kemp family (white British), Winterbrook, Wallingford ------------------------------------------------

HOME_A = d.Address("14 Kestrel Way", "Winterbrook", "Wallingford", "OX10 9GQ")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler", "Kemp")],
            dt.date(2019, 6, 22),
            addresses=[HOME_A],
            ids=["3427476383", "G931760494213"],
            schools=["Fir Tree Junior School"],
        ),
        _p("s", "sibling", [("Ava-Mae", "Dawson")], dt.date(2025, 9, 4), addresses=[HOME_A], ids=["9380716885"]),
        _p("m", "mother", [("Shannon", "Dawson")], dt.date(2002, 1, 30), addresses=[HOME_A], phones=["07712 604 381"]),
    ],
    "c",
)

DOCS_A = [
    (
        "infant school safeguarding log",
        """SAFEGUARDING LOG - [[Fir Tree|school]] - CONFIDENTIAL
Child: [[KEMP, Tyler|name]]   DOB [[22/06/2019|dob]]   UPN [[G931760494213|upn]]   NHS [[342 747 6383|nhs]]
Mother: [[Shannon Dawson|name]] ([[07712 604 381|phone]]), [[14 Kestrel Way|address]], [[Winterbrook|place]], [[Wallingford|place]]
[[OX10 9GQ|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] in at 9.35, hungry, shoes too small. Miss [[Corrigan|name]] (class teacher) found him spare ones.
[[15/09/2026|date]]  Head lice. Letter sent. Mum said her friend [[Kayleigh Boswell|name]] in [[Cholsey|place]] would help.
[[22.9.26|date]]  [[Tyler|name]] told TA [[Lorraine Pidgeon|name]] that "[[Ava|name]] screams and mummy stays in bed".
[[3 Oct|date]]  HV [[Fiona Latchem|name]] rang: baby [[Ava-Mae|name]] missed her 12 month review. Flat smells of smoke and dog.
[[8th October 2026|date]]  Referral to MASH by DSL [[Andrea\nMoffatt|name]]. SW [[Tomasz Wrobel|name]] allocated [[13/10|date]].
[[20/10/2026|date]]  Mum's partner "[[Rizzo|name]]" ([[Connor Risley|name]]) collected, smelling of cannabis. Car [[KX18 HDV|vehicle]].
[[5/11/26|date]]  [[Tyler|name]] said he slept at grandad's in [[Benson|place]]. Grandad [[Keith Dawson|name]] lives at
[[6 Sunnyside|address]], [[Benson|place]], [[OX10 6LX|postcode]].
[[17/11/2026|date]]  [[Tyler|name]] and [[Oscar Penn|name]] fought at lunch; Mr [[Gadsby|name]] spoke to both.
[[1/12/2026|date]]  Core group in the [[Winterbrook|place]] community room. [[Shannon|name]] came with [[Kayleigh|name]].
[[2/12/2026|date]]  No answer at [[Kestrel Way|address]]; neighbour Mrs [[Irene Stubbs|name]] at [[no. 16|address]] said mum went to
[[Didcot|place]] with "[[Rizzo|name]]". The family dog (Bruno) barking all day.
[[3/12/26|date]]  [[Tyler|name]] back, said he stayed with "Auntie [[Becks|name]]" in [[Crowmarsh\nGifford|place]]. Mum: [[Becks|name]] =
[[Rebecca Dawson|name]], her sister.
[[4.12.26|date]]  [[Oscar|name]]'s mum Mrs [[Penn|name]] complained [[Tyler|name]] took [[Oscar|name]]'s snack. [[Tyler|name]] said he was
"starvin". Next core group on the [[15th|date]].
[[7/12/2026|date]]  [[Tyler|name]] said "[[Rizz|name]]" shouted at mummy and [[Ava|name]] cried. Told DSL [[Andrea Moffatt|name]] at 9.10;
she rang SW [[Tomasz|name]] and HV [[Fiona Latchem|name]]. Auntie [[Becks|name]] ([[07845 219 703|phone]]) to collect at 3.15.
[[8/12/2026|date]]  [[Tyler|name]]'s grandad [[Keith|name]] came to the office. He will take [[Tyler|name]] on Tuesdays and
Thursdays to [[Benson|place]]; his friend [[Roy Callow|name]] from [[Shillingford|place]] can drive if needed.
""",
    ),
    (
        "grandad's text messages typed up",
        """Texts from [[Keith Dawson|name]] (grandad) to SW [[Tomasz Wrobel|name]], copied
[[26/11/26|date]]

Sun [[22 Nov|date]] 18:40  its [[keith|name]] [[tylers|name]] grandad. been round [[shannons|name]] in [[winterbrook|place]], its a state
Sun [[22 Nov|date]] 18:44  [[ava|name]] in a full nappy. [[rizzo|name]] asleep on the settee as usual
Sun [[22 Nov|date]] 18:52  taken [[tyler|name]] back to mine in [[benson|place]] tonight, ill run him to school tmrw
Mon [[23 Nov|date]] 08:20  dropped him at [[fir tree|school]]. he was made up
Mon [[23 Nov|date]] 17:15  [[kayleigh|name]] reckons [[rizzo|name]] is dealing out the flat in [[wallingford|place]] by the market place
Tue [[24 Nov|date]] 09:05  landline is [[01491 836 214|phone]]. my neighbour [[dot|name]] at [[no 8|address]] knows me
Wed [[25 Nov|date]] 12:10  [[shannon|name]] not answering. [[tyler|name]] says [[rizzo|name]] is back. still the silver car
[[KX18 HDV|vehicle]]
Thu [[26 Nov|date]] 10:00  [[dot|name]] says [[rizzos|name]] cousin [[jordan risley|name]] was there too, drives a van
Thu [[26 Nov|date]] 10:03  [[becks|name]] is sound, she can have [[tyler|name]] weekends in [[crowmarsh|place]]
Fri [[27 Nov|date]] 19:30  [[shan|name]] rang me crying, says [[rizzo|name]] took her bank card. im going round [[kestrel way|address]] now
Fri [[27 Nov|date]] 21:02  all calm. [[ava|name]] fed. [[tyler|name]] asleep. [[rizzo|name]] gone to his mums in [[didcot|place]]
Sat [[28 Nov|date]] 11:40  [[kayleigh|name]] and her fella [[dale|name]] took the kids to the park in [[wallingford|place]]
""",
    ),
    (
        "health visitor's home visit note",
        """HEALTH VISITING - HOME VISIT - [[Ava-Mae Dawson|name]] DOB [[04/09/2025|dob]] NHS
[[938 071 6885|nhs]]
Visit [[27/11/2026|date]] by HV [[Fiona Latchem|name]] with student nurse [[Priti Sandhu|name]].
Present: mother [[Shannon|name]], partner [[Connor Risley|name]] ("[[Rizzo|name]]"), [[Ava-Mae|name]], and [[Kayleigh Boswell|name]].
Home: [[14 Kestrel Way|address]], [[Winterbrook|place]]. Bin bags in the hall, dog mess on the kitchen floor. [[Ava|name]] weighed
7.9 kg, dropped two centiles since [[12 June|date]]. Missed appointments at [[Wallingford|place]] clinic on [[2 Sept|date]] and
[[14/10/2026|date]]. [[Shannon|name]] says she is "just tired", GP Dr [[Whitcombe|name]] started her on sertraline.
[[Connor|name]] left during the visit ("going to [[Didcot|place]]"). Maternal grandad [[Keith|name]] in [[Benson|place]] supportive.
Plan: weekly weighing; discuss with SW [[Tomasz Wrobel|name]]; [[Shannon|name]] to attend baby group at the [[Cholsey|place]] hub
with [[Kayleigh|name]] on the [[9th|date]]. Signed [[F. Latchem|name]] [[27.11.2026|date]].
Addendum [[30/11/2026|date]]: phone call from [[Shannon|name]] ([[07712 604 381|phone]]); [[Ava-Mae|name]] seen by Dr [[Whitcombe|name]] at
the surgery, chest clear. [[Shannon|name]]'s sister [[Rebecca Dawson|name]] ([[Becks|name]]) in [[Crowmarsh Gifford|place]] will come to
the next weighing on [[7 December|date]]. [[Connor|name]]'s mum [[Tracey Risley|name]] rang the clinic asking for [[Ava|name]]'s weight.
""",
    ),
    (
        "mother's facebook messages typed up",
        """messages [[shannon dawson|name]] to her mate [[kayleigh|name]], shown to SW [[4/12/26|date]]

[[shan|name]]: hun can u have [[ty|name]] after school tmrw im wrecked
[[kayleigh|name]]: yh bring [[ava|name]] too, im at my mums in [[cholsey|place]] till 6
[[shan|name]]: hv came again wiv a student. [[fiona|name]] says [[ava|name]] lost weight. i feed her!!!
[[kayleigh|name]]: ignore her. has [[rizzo|name]] been back
[[shan|name]]: no he took the car to [[didcot|place]]. his mum [[tracey risley|name]] keeps ringing me
[[kayleigh|name]]: block her lol. see u at [[fir tree|school]] 3.15
[[shan|name]]: dad took [[ty|name]] to [[benson|place]] again sun. always judging me
[[kayleigh|name]]: [[becks|name]] said shell do ur hair thurs [[10th|date]]
[[shan|name]]: [[tomasz|name]] the social is coming mon [[14th|date]] ugh
[[kayleigh|name]]: want me there? ill bring [[lily-mai|name]]
[[shan|name]]: yh pls. and dont tell [[keith|name]] about [[rizzo|name]] ok
[[kayleigh|name]]: [[dale|name]] seen [[rizzos|name]] van outside [[the bell|address]] in [[benson|place]] lol
[[shan|name]]: omg. [[ty|name]] keeps sayin hes going to [[becks|name]] for xmas
""",
    ),
]


# --- B. Santiago / López family (Zapotec, from Juchitán, Oaxaca), Upper Lambourn -----------------------------------------

HOME_B = d.Address("3 Hangman's Stone Cottages", "Upper Lambourn", "Lambourn", "RG17 8QH")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Nayeli", "Santiago López")],
            dt.date(2015, 11, 2),
            addresses=[HOME_B],
            ids=["2159664960", "U869557127660"],
            schools=["Lambourn Church of England Primary School"],
        ),
        _p("m", "mother", [("Guadalupe", "López Regalado")], dt.date(1989, 4, 17), addresses=[HOME_B], phones=["07845 219 730"]),
        _p("f", "father", [("Eliseo", "Santiago Orozco")], dt.date(1986, 8, 9), addresses=[HOME_B], phones=["07923 418 655"]),
    ],
    "c",
)

DOCS_B = [
    (
        "police domestic abuse log",
        """THAMES VALLEY POLICE - DOMESTIC ABUSE INCIDENT - OCCURRENCE 43260981442
Date/time: [[29/11/2026|date]] 23:10. Location: [[3 Hangman's Stone Cottages|address]], [[Upper Lambourn|place]], [[RG17 8QH|postcode]].
Victim: [[LÓPEZ REGALADO, Guadalupe|name]] (DOB [[17/04/1989|dob]]), tel [[07845 219 730|phone]]. Speaks Zapotec and Spanish.
Suspect: [[Eliseo SANTIAGO OROZCO|name]] (DOB [[09/08/1986|dob]]), groom at a yard on the [[Upper Lambourn|place]] road, tel
[[07923 418 655|phone]]. Vehicle [[GU17 WLM|vehicle]].
Children: [[Nayeli|name]] (11) asleep upstairs. Interpreter by phone, [[Rosario Vicente|name]].
PC [[Dan Ivory|name]] and PC [[Alys Powell|name]] attended. Victim says [[Eliseo|name]] drank at the [[Lambourn|place]] pub, came home and
pushed her into the door. Redness to left arm. She does not want him arrested; her sister [[Citlali|name]] lives in [[Juchitán|place]].
Neighbour [[Mick Tarrant|name]] ([[no. 4|address]]) heard shouting. DASH: medium. Referral to MARAC [[30/11|date]].
Previous: [[14/08/2026|date]], verbal argument at the yard, reported by trainer's secretary [[Jill Beckford|name]]. No offence.
Victim's friend [[Marisol Cruz|name]] ([[07852 369 140|phone]]) of [[Hungerford|place]] attended at 00:15 and stayed the night.
Officer's note: [[Eliseo|name]] left before police arrived, said by [[Lupe|name]] to be at his workmate [[Chucho|name]]'s
([[Jesús Matus|name]])
in [[Baydon|place]]. Located [[30/11/2026|date]] 09:20 by PC [[Ivory|name]] at the yard; words of advice. [[Matus|name]]' partner
[[Lorena|name]] says [[Eliseo|name]] "cries for [[Nayeli|name]]".
""",
    ),
    (
        "mother's whatsapp message in Spanish and Zapotec, translated",
        """Translation of a WhatsApp voice message from
[[Guadalupe López|name]]
([[Lupe|name]]) to her sister [[Citlali López|name]] on [[+52 971 128 4730|phone]], sent [[30/11/2026|date]], translated by
[[Rosario Vicente|name]].

"[[Citli|name]], my sister. Last night [[Eliseo|name]] came back drunk again from [[Lambourn|place]]. He pushed me. The police came.
[[Nayeli|name]] did not wake, thank God. Tell jñaa (mum) nothing, she is ill in [[Unión Hidalgo|place]]. Bixhoze [[Nayeli|name]]
(the father of [[Nayeli|name]]) says he will send me back to [[Juchitán|place]]. The lady from the council, [[Harriet|name]],
gave me a number.
Ask tía [[Chica|name]] in [[Tehuantepec|place]] to pray for us. Call me on the new number, or call [[Eliseo|name]]'s brother
[[Rogelio|name]] on [[+52 971 713 0264|phone]], he is good. Na [[Ofelia|name]] in [[Salina Cruz|place]] can lend money for the ticket."
Translator's note: "jñaa" is the Zapotec word for mother, "bixhoze" for father, and "Na" is said before an older woman's
name. [[Lupe|name]] also named her cousin [[Yolanda Regalado|name]] in [[San Blas Atempa|place]] and a friend [[Mari|name]] in
[[Lambourn|place]] who "cleans at the big house in [[Eastbury|place]]".
Second message, [[1/12/2026|date]] 07:02, to [[Citli|name]]: "Don't tell [[Rogelio|name]]. [[Marisol|name]] from
[[Hungerford|place]] is helping me.
[[Naye|name]] asks for abuela [[Tomasa|name]] every night. The lady [[Harriet|name]] says we can go to a safe house in [[Newbury|place]]."
""",
    ),
    (
        "child's drawing and words, written with the teacher",
        """[[Lambourn Primary|school]] - Year 6 - "Where I come from" -
[[Nayeli S.|name]] -
[[2 Nov 2026|date]]

My name is [[Nayeli|name]], people call me [[Naye|name]]. I was born in [[Juchitán|place]], near the sea. My jñaa is [[Lupe|name]] and
my bixhoze is [[Eliseo|name]]. Abuela [[Tomasa|name]] lives in [[Unión Hidalgo|place]] and makes totopos. I like horses because
papa works with them at the yard in [[upper lambourn|place]]. My friends are [[Poppy Ledger|name]] and [[Isla|name]].
Papa is scary when he drinks. I want to go to the vela in [[Juchitán|place]] with tía [[Citlali|name]].
Teacher's note (Mrs [[Hollis|name]]): [[Naye|name]] cried after writing. Told DSL [[Gareth Pym|name]] [[2/11|date]].
[[Poppy|name]]'s mum Mrs [[Ledger|name]] walked her home to [[Hangman's Stone|address]].
Page 2: [[Naye|name]] drew abuela [[Tomasa|name]], tía [[Citlali|name]], her cousin [[Itzel|name]] and a horse called "Luna".
""",
    ),
    (
        "MARAC referral",
        """MARAC REFERRAL - West Berkshire - [[1 December 2026|date]]
Victim: [[GUADALUPE LÓPEZ REGALADO|name]] (known as [[Lupe|name]]), DOB [[17.04.1989|dob]], [[3 Hangman's Stone Cottages|address]],
[[Upper\nLambourn|place]]. Safe number [[07845 219 730|phone]] (text first, Spanish).
Perpetrator: [[SANTIAGO OROZCO, Eliseo|name]], DOB [[9 August 1986|dob]]. Works for trainer Mr [[Beckford|name]] at a yard
near [[Eastbury|place]]. Car [[GU17 WLM|vehicle]].
Child: [[Nayeli Santiago López|name]], [[02/11/2015|dob]], NHS [[2159664960|nhs]], [[Lambourn Primary|school]].
Referrer: IDVA [[Harriet Doble|name]] ([[harriet.doble@westberkidva.org.uk|email]]). Family abroad: sister [[Citlali López|name]]
([[Juchitán|place]], [[+52 971 128 4730|phone]]); brother-in-law [[Rogelio Santiago|name]]. Friend in [[Hungerford|place]]:
[[Marisol Cruz|name]], who interpreted before. Risk: escalation since [[16 September|date]] (Mexican independence party at
[[East Garston|place]]), threats to take [[Nayeli|name]] to [[Oaxaca|place]].
MARAC date: [[10 December 2026|date]]. School contact: DSL [[Gareth Pym|name]]; SW [[Harriet|name]]'s colleague [[Owen Tilley|name]].
""",
    ),
]


# --- C. Barlow family (white British), a young carer of 12 in Kingsclere ------------------------------------------------

HOME_C = d.Address("27 Strokins Road", "", "Kingsclere", "RG20 5RP")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayden", "Barlow")],
            dt.date(2014, 2, 11),
            addresses=[HOME_C],
            ids=["6090451096", "H850977771767"],
            schools=["The Clere School"],
        ),
        _p("m", "mother", [("Joanne", "Barlow")], dt.date(1983, 10, 5), addresses=[HOME_C], phones=["01635 298 471"]),
    ],
    "c",
)

DOCS_C = [
    (
        "young carer's own writing",
        """my week by [[kayden barlow|name]] age 12

monday i get mum up and do her tablets before the bus to [[the clere|school]]. mum has MS and her legs dont work good.
tuesday i go to the co op in [[kingsclere|place]] for bread and milk. mr [[patel|name]] lets me off if im short.
wednesday is young carers club in [[tadley|place]] with [[gemma|name]] the worker. my mate [[alfie h|name]] goes too.
thursday my nan [[sheila|name]] comes from [[headley|place]] so i can play football with [[reece|name]] and [[mason cole|name]].
friday mum fell in the bathroom. i rang auntie [[dawn|name]] in [[basingstoke|place]]. she came at 11 at night.
saturday i sleep. sunday i do the washing and we watch tv. i miss dad ([[darren|name]]) he lives in [[thatcham|place]] now.
i want a break but i dont want mum to go in a home. - [[kayden|name]]
ps [[reece|name]] says his mum [[kirsty|name]] can take me to football in [[ecchinswell|place]]. and mr [[folland|name]] is alright
""",
    ),
    (
        "young carers' assessment summary",
        """YOUNG CARERS ASSESSMENT - Hampshire Young Carers Alliance
Young carer: [[BARLOW, Kayden|name]]   DOB [[11/02/2014|dob]]   School: [[The Clere School|school]], [[Burghclere|place]]
Address: [[27 Strokins Road|address]], [[Kingsclere|place]], [[RG20 5RP|postcode]]. Landline [[01635 298 471|phone]].
Assessed by [[Gemma Tuckwell|name]] on [[3 December 2026|date]]. UPN [[H850977771767|upn]].
Cared-for: mum [[Joanne Barlow|name]] (multiple sclerosis; MS nurse [[Yvonne Okonjo|name]]). Dad [[Darren Barlow|name]] in
[[Thatcham|place]], tel [[07939 150 846|phone]].
Tasks: meals, tablets, shopping in [[Kingsclere|place]], laundry, helping mum to the toilet at night. About 30 hours a week.
[[Kayden|name]] wants: a residential trip to [[Calshot|place]] with [[Reece Hadley|name]]; football on Saturdays at [[Ecchinswell|place]].
Head of year Mr [[Folland|name]] ([[j.folland@clere.hants.sch.uk|email]]) to give a time-out card.
Emergency: aunt [[Dawn Mayhew|name]] ([[07784 023 519|phone]]), [[Basingstoke|place]]; nan [[Sheila Barlow|name]], [[Headley|place]];
neighbour [[Ron Gibbs|name]] at [[no 29|address]] [[Strokins Road|address]]. Review: [[3 March 2027|date]].
Signed: [[G. Tuckwell|name]]; [[Kayden Barlow|name]] ("[[Kayd|name]]"); [[Joanne Barlow|name]].
Notes: [[Kayden|name]] asked that his friend [[Reece|name]]'s mum, [[Kirsty Hadley|name]] of [[Sydmonton|place]], be told he cannot come
on the [[19th|date]] because nan [[Sheila|name]] is at hospital in [[Basingstoke|place]] that day.
""",
    ),
    (
        "social worker's phone notes",
        """PHONE NOTES - [[Kayden Barlow|name]] - SW [[Ola Adeyemi|name]]
[[24/11/2026|date]] 10:15 call from Mr [[Folland|name]], [[Clere|school]]: [[Kayden|name]] asleep in maths, late 4 times, said mum fell.
[[24/11/2026|date]] 11:00 rang mum [[Joanne|name]] on [[01635 298 471|phone]]. She says [[Kayd|name]] "does too much". Her sister
[[Dawn|name]] helps when she can from [[Basingstoke|place]]. OT [[Neil Ashdown|name]] visited in October? - check.
[[25/11/2026|date]] 09:30 dad [[Darren Barlow|name]] ([[07939 150 846|phone]]) in [[Thatcham|place]]: can have [[Kayden|name]]
alternate weekends;
new partner [[Stacey Wren|name]] has two kids. Lives [[Flat 3, 41 Park Lane|address]], [[Thatcham|place]], [[RG18 3BZ|postcode]].
[[26/11/2026|date]] 14:20 GP [[Kingsclere|place]] surgery, Dr [[Hemsley|name]]: mum's MS relapse, steroids since the [[20th|date]].
[[26/11/2026|date]] 15:00 [[Kayden|name]] rang me from school on [[07568 320 971|phone]] (his own phone); asked if mum will "go away".
Spoke to his friend [[Reece Hadley|name]]'s mum [[Kirsty|name]] after, with [[Kayden|name]]'s consent.
[[27/11/2026|date]] 16:05 [[Gemma Tuckwell|name]] (young carers) to assess on [[3/12|date]]. Nan [[Sheila|name]] ([[Headley|place]]) also
willing; she does not drive. Neighbour [[Ron Gibbs|name]] keeps a key.
[[1/12/2026|date]] 12:40 aunt [[Dawn Mayhew|name]] ([[07784 023 519|phone]]): can have [[Kayden|name]] on Saturdays in
[[Basingstoke|place]];
her husband [[Pete Mayhew|name]] drives. Email [[dawnmayhew76@gmail.com|email]].
""",
    ),
    (
        "OCR of a scanned neurology letter",
        """Basingstoke and North Hampshire Hospital - Neurology Outpatients
Dr [[H. 0sborne|name]], Consultant Neurologist            [[2l November 2O26|date]]
Re: [[Joanne BARL0W|name]] DOB [[O5/1O/1983|dob]]  NHS [[648 575 1815|nhs]]
    [[27 Strokins Rd|address]], [[Kings clere|place]], [[RG2O 5RP|postcode]]

Dear Dr [[Hems1ey|name]],
I saw Mrs [[Barl0w|name]] with her son [[Kayden|name]] (aged l2) on [[l9/ll/2O26|date]]. She has relapsing MS since 2O17. Her
mobility has worsened; she uses a frame at home and has fallen three times since [[the 3rd of\nNovember|date]].
[[Kayden|name]] is doing most of her personal care. I have asked our nurse [[Yvonne 0konjo|name]] to refer to social care and to
the [[Tad1ey|place]] carers' group. Her sister Mrs [[Dawn Mayhew|name]] attended on the phone ([[07784 023 519|phone]]).
Follow up in clinic on [[l6/O2/2O27|date]].
Yours sincerely, Dr [[Helen 0sborne|name]]
cc [[Ola Adeyemi|name]], social worker
cc Dr [[Hems1ey|name]], [[Kingsc1ere|place]] surgery; [[Dawn Mayhew|name]], [[Basing stoke|place]]
""",
    ),
]


# --- D. Pritchard / Hurst family (white British), a girl of 15 in Lambourn ------------------------------------------------

HOME_D = d.Address("9 Edwards Hill", "", "Lambourn", "RG17 8QP")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Macey", "Pritchard")],
            dt.date(2011, 7, 19),
            addresses=[HOME_D],
            ids=["1469061805", "R869871853524"],
            schools=["John O'Gaunt School"],
        ),
        _p("m", "mother", [("Donna", "Pritchard")], dt.date(1985, 12, 1), addresses=[HOME_D], phones=["07568 302 917"]),
        _p("sf", "stepfather", [("Wayne", "Hurst")], dt.date(1980, 3, 3), addresses=[HOME_D], phones=["07401 665 283"]),
    ],
    "c",
)

DOCS_D = [
    (
        "police missing person log",
        """MISSING PERSON - THAMES VALLEY POLICE - LOG 1187 of [[6/12/2026|date]]
Missing: [[PRITCHARD, Macey|name]], 15, DOB [[19/07/2011|dob]], of [[9 Edwards Hill|address]], [[Lambourn|place]], [[RG17 8QP|postcode]].
Reported by mother [[Donna Pritchard|name]] ([[07568 302 917|phone]]) at 22:05. Stepdad [[Wayne Hurst|name]] ([[07401 665 283|phone]])
working away in [[Swindon|place]].
Last seen 19:30 at the bus stop in [[Lambourn|place]] square getting into a grey Golf [[WR20 YTC|vehicle]] with a male known as
"[[Kez|name]]" ([[Kieran Sallis|name]], 19, of [[Newbury|place]]). Friend [[Keeley Hobbs|name]] says they went to [[Hungerford|place]].
PC [[Simon Ashe|name]] to the address. Phone off. Found 02:40 at a flat in [[Greenham|place]], [[Newbury|place]], with
cash and two phones. Returned home by PCSO [[Kate Lunn|name]]. Next: return home interview; referral to SW [[Joel Marr|name]].
Description: white female, 5'4", long dark hair, grey [[John O'Gaunt|school]] hoodie. Friends: [[Keeley Hobbs|name]], [[Chloe Bunce|name]]
([[Great Shefford|place]]), boyfriend? "[[Kez|name]]". Nan [[Pat Pritchard|name]] ([[01488 71 4392|phone]]) in
[[East Garston|place]] checked.
""",
    ),
    (
        "snapchat messages typed up by the school",
        """Snapchat screenshots handed in by [[Keeley Hobbs|name]], typed by DSL [[Ruth Venn|name]]
[[8/12/2026|date]]

[[kez|name]]: u comin out tn [[macey|name]]
[[macey|name]]: cant mums on one. [[wayne|name]] back frm [[swindon|place]] sat
[[kez|name]]: ill pick u up by the church in [[lambourn|place]] 8
[[macey|name]]: can [[keeley|name]] come
[[kez|name]]: nah just u. we goin [[newbury|place]] then [[reading|place]]
[[macey|name]]: k. [[keeley|name]] dont tell [[donna|name]]
[[keeley|name]]: [[mace|name]] pls dont. [[kezz|name]] is weird, my cuz [[jayden|name]] says he runs a line
[[macey|name]]: ur just jel lol
[[kez|name]]: bring the bag to [[greenham|place]] ill give u 50
[[macey|name]]: [[big t|name]] gonna be there?
[[kez|name]]: yh and [[dom|name]]. dont tell ur step dad [[wayne|name]] or ur nan in [[east garston|place]]
[[macey|name]]: luv u x
[[keeley|name]]: [[mace|name]] ur mum rang my mum [[sam|name]]. shes crying
[[macey|name]]: tell her im at [[chloes|name]] in [[shefford|place]]
[[chloe|name]]: im not covering for u again [[macey|name]]
""",
    ),
    (
        "return home interview",
        """RETURN HOME INTERVIEW - [[Macey Pritchard|name]] - [[9/12/2026|date]], by [[Leanne Carver|name]]
(RHI worker)
Held at [[John O'Gaunt|school]], [[Hungerford|place]]. [[Macey|name]] agreed to talk; she asked that her mum [[Donna|name]] not be told
everything.
She went with "[[Kez|name]]" and a man she calls "[[Big T|name]]" to a flat in [[Greenham|place]]. She says she was asked to carry a bag
to [[Thatcham|place]] and to [[Reading|place]]. She has met "[[Kez|name]]" since [[16 October|date]] through [[Chloe Bunce|name]]
from [[Great Shefford|place]]. She says stepdad [[Wayne|name]] shouts and that is why she goes out.
Her nan [[Pat Pritchard|name]] in [[East Garston|place]] is "the only one who listens". [[Macey|name]] wants to see her more.
Worries: the car [[WR20 YTC|vehicle]]; a new phone [[07306 947 218|phone]] given by "[[Kez|name]]".
Shared with SW [[Joel Marr|name]] and DC [[Fenner|name]].
[[Macey|name]] asked for her friend [[Keeley|name]] to be kept out of it, and said "[[Kez|name]]"'s cousin [[Dom Sallis|name]] drives
a black Audi. She wants to do hair and beauty at [[Newbury College|school]] and to live with nan in [[East
Garston|place]].
""",
    ),
    (
        "contextual safeguarding panel minutes",
        """CONTEXTUAL SAFEGUARDING PANEL - West Berkshire - [[11/12/2026|date]]
Chair: [[Rowena Pascoe|name]]. Present: [[Joel Marr|name]] (SW), DC [[Lee Fenner|name]], [[Ruth Venn|name]] (DSL), [[Leanne Carver|name]].
Young people: [[Macey Pritchard|name]] (15, [[Lambourn|place]]); [[Keeley Hobbs|name]] (15, [[Lambourn|place]]); [[Chloe Bunce|name]]
(16, [[Great Shefford|place]]).
Adults of concern: [[Kieran SALLIS|name]] ("[[Kez|name]]"), 19, [[Flat 7, Kennet House|address]], [[Greenham|place]], [[Newbury|place]]
[[RG19 6HN|postcode]]; "[[Big T|name]]" not identified; vehicle [[WR20 YTC|vehicle]].
Places: the bus stop in [[Lambourn|place]] square; the recreation ground at [[Eastbury|place]]; the station car park at
[[Hungerford|place]].
Actions: DC [[Fenner|name]] to visit [[Sallis|name]]; [[Ruth|name]] to speak to [[Keeley|name]]'s mum [[Sam Hobbs|name]];
[[Joel|name]] to meet
[[Donna|name]] and [[Wayne|name]] on [[15 December|date]].
Note: [[Macey|name]]'s school, [[John O'Gaunt|school]] in [[Hungerford|place]], to share attendance with [[Joel|name]]. [[Wayne Hurst|name]]
([[07401 665 283|phone]]) to be told of the panel by [[Joel|name]].
""",
    ),
]


# --- E. Iqbal / Hussain family (British Pakistani), Cholsey ---------------------------------------------------------------

HOME_E = d.Address("5 Honey Lane", "", "Cholsey", "OX10 9NH")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Zara", "Iqbal")],
            dt.date(2017, 1, 25),
            addresses=[HOME_E],
            ids=["8346286996", "W931133501801"],
            schools=["Cholsey Primary School"],
        ),
        _p("s", "sibling", [("Ayaan", "Iqbal")], dt.date(2021, 5, 8), addresses=[HOME_E], ids=["7127699275"]),
        _p("m", "mother", [("Nadia", "Hussain")], dt.date(1991, 9, 14), addresses=[HOME_E], phones=["07852 369 104"]),
        _p("f", "father", [("Imran", "Iqbal")], dt.date(1988, 6, 2), addresses=[HOME_E], phones=["07495 881 360"]),
    ],
    "c",
)

DOCS_E = [
    (
        "primary school DSL email",
        """From: [[Sarah Quennell|name]] <[[s.quennell@cholsey.oxon.sch.uk|email]]>
To: MASH Oxfordshire
Sent: [[17 November 2026|date]] 10:42
Subject: [[Zara IQBAL|name]], Year 4, DOB [[25/01/2017|dob]], UPN [[W931133501801|upn]]

Good morning,
This morning [[Zara|name]] came in with a red mark on her cheek. She told her teacher Mr [[Dobbs|name]] that "Abbu hit me
with his slipper because I broke [[Ayaan|name]]'s car". Abbu is her word for her father, [[Imran Iqbal|name]]
([[07495 881 360|phone]]). Mum is [[Nadia Hussain|name]] ([[07852 369 104|phone]]); they live at [[5 Honey Lane|address]],
[[Cholsey|place]], [[OX10 9NH|postcode]]. [[Zara|name]] said Nani [[Parveen|name]] in [[Didcot|place]] "shouts at Abbu
when he does it". Her friend [[Hafsa Mir|name]] saw the mark. We have photos. Khala [[Saima|name]] usually collects on
Fridays from [[Wallingford|place]].
Regards, [[Sarah Quennell|name]], DSL, [[Cholsey Primary|school]]
[[Zara|name]] joined us in 2022; one earlier concern, in October 2025, was closed after a visit.
P.S. [[Zara|name]]'s class teacher is [[Tom Dobbs|name]]; he will be at the meeting. [[Hafsa|name]]'s mum, Mrs [[Nusrat Mir|name]],
rang me at 9.05 about the mark too.
""",
    ),
    (
        "strategy discussion minutes",
        """STRATEGY DISCUSSION - [[17/11/2026|date]] 14:00 - [[Zara Iqbal|name]] ([[25.01.2017|dob]])
and [[Ayaan Iqbal|name]]
([[08/05/2021|dob]], NHS [[712 769 9275|nhs]])
Chair: [[Martin Sowerby|name]] (team manager). Present: DS [[Claire Hext|name]] (police), [[Sarah Quennell|name]] (school), Dr
[[Amina Rauf|name]] (paediatrician, by phone), SW [[Bilal Sheikh|name]].
[[Zara|name]] (NHS [[8346286996|nhs]]) has a 3 cm mark to her left cheek. Police hold one earlier call, [[2 August|date]], a
neighbour in [[Honey Lane|address]] (Mrs [[Gwen Tull|name]]? - initials given as "G T") heard shouting.
Father [[Imran Iqbal|name]] works as a taxi driver in [[Didcot|place]] (car [[OY69 KPZ|vehicle]]). Mother [[Nadia|name]] is a TA at a
school in [[Brightwell-cum-Sotwell|place]]. Maternal grandmother [[Parveen Hussain|name]] lives [[22 Broadway|address]], [[Didcot|place]].
Decision: single-agency section 47 with a child protection medical at the John Radcliffe? No - at the children's
centre in [[Abingdon|place]]. [[Bilal|name]] and DS [[Hext|name]] to see [[Zara|name]] at school today; [[Ayaan|name]] at nursery in
[[Cholsey|place]].
Actions: [[Bilal|name]] to visit [[5 Honey Lane|address]] on the [[18th|date]]; DS [[Hext|name]] to run
police checks on [[Imran|name]] and on his brother [[Tariq Iqbal|name]] of [[Slough|place]] by DS [[Hext|name]].
""",
    ),
    (
        "father's phone call note, in Urdu and English",
        """Phone call from [[Imran Iqbal|name]] ([[07495 881 360|phone]]) -
[[18/11/2026|date]]
15:20 - SW [[Bilal Sheikh|name]] (in Urdu and English)
[[Imran|name]] angry: "who told you?". Said his own abba in [[Jhelum|place]] hit him and he turned out fine. Said [[Nadia|name]]'s
sister [[Saima Hussain|name]] "is always stirring". He agreed not to use the chappal (slipper) again. Said he will be at his
brother [[Tariq|name]]'s in [[Slough|place]] on the [[21st|date]]. Asked that we speak to Chacha [[Tariq Iqbal|name]]
([[+92 300 8125467|phone]])
in [[Mirpur|place]] - actually that is his other brother, [[Khalid|name]]. Confused. Agreed visit [[20/11|date]] at home.
15:41 second call, [[Nadia|name]] ([[07852 369 104|phone]]) from her sister [[Saima|name]]'s in [[Wallingford|place]]: she and the
children will stay there until the [[20th|date]]. Address [[11 Wantage Road|address]], [[Wallingford|place]], [[OX10 0LU|postcode]].
[[Saima Hussain|name]]'s husband [[Asif Rana|name]] is "fine with it". Told [[Martin Sowerby|name]] 16:05.
""",
    ),
    (
        "child protection conference minutes",
        """INITIAL CHILD PROTECTION CONFERENCE - [[8 December 2026|date]] - [[Wallingford|place]]
Children: [[IQBAL, Zara|name]] and [[IQBAL, Ayaan|name]], [[5 Honey Lane|address]], [[Cholsey|place]].
Chair: [[Deborah Fitch|name]]. Parents: [[Nadia Hussain|name]] and [[Imran Iqbal|name]] (with interpreter [[Rukhsana Bibi|name]]).
Also: SW [[Bilal Sheikh|name]]; [[Sarah Quennell|name]]; HV [[Lucy Bramall|name]]; DS [[Claire Hext|name]]; maternal aunt
[[Saima Hussain|name]] (support). Apologies: GP Dr [[Kapoor|name]].
The chair read a statement from Nani [[Parveen Hussain|name]] of [[Didcot|place]]: she will have [[Zara|name]] and [[Ayaan|name]]
after school
on Mondays. Mr [[Asif Rana|name]] (uncle by marriage, [[Wallingford|place]]) offered the same. [[Imran|name]]'s cousin [[Shazia|name]]
in [[Abingdon|place]] was named by [[Imran|name]] but has not been spoken to.
[[Sarah|name]] reported that [[Zara|name]] is quiet and asks to stay late. [[Nadia|name]] said that [[Imran|name]] has done a parenting
course at [[Didcot|place]] and that she will take the children to her mother [[Parveen|name]]'s if he loses his temper.
The family moved from [[Didcot|place]] to [[Cholsey|place]] in summer 2025. [[Imran|name]] accepted the slipper; he denied the
other marks. Nani [[Parveen|name]] and Khala [[Saima|name]] are in the
safety plan, with [[Zara|name]]'s best friend's mum [[Nusrat Mir|name]] in [[Cholsey|place]].
Decision: plan under physical abuse. Core group [[22/12/2026|date]]; review conference [[8 March 2027|date]].
Views of [[Zara|name]] (with [[Bilal|name]], [[5/12|date]]): "I want Abbu to say sorry. I like when Khala [[Saima|name]] comes. I
want to go to [[Hafsa|name]]'s house". [[Ayaan|name]] too young; seen at nursery by [[Lucy Bramall|name]] on the [[3rd|date]].
""",
    ),
]


# --- F. Selby family (white British), a mother misusing alcohol in Kingsclere ---------------------------------------------

HOME_F = d.Address("2 Bear Hill Cottages", "", "Kingsclere", "RG20 5NL")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Alfie", "Selby")],
            dt.date(2019, 3, 27),
            addresses=[HOME_F],
            ids=["1454731915", "N850495527928"],
            schools=["Kingsclere Church of England Primary School"],
        ),
        _p("m", "mother", [("Gemma", "Selby")], dt.date(1994, 5, 21), addresses=[HOME_F], phones=["07957 342 816"]),
    ],
    "c",
)

DOCS_F = [
    (
        "GP's email to the social worker",
        """From: Dr [[Priya Nandra|name]] <[[priya.nandra@nhs.net|email]]>
To: [[Hollie Stack|name]] (Children's Services, Hampshire)
Date: [[25/11/2026|date]]
Re: [[Gemma Selby|name]] DOB [[21.05.1994|dob]] and son [[Alfie Selby|name]] DOB [[27.03.2019|dob]], NHS [[145 473 1915|nhs]]
Address: [[2 Bear Hill Cottages|address]], [[Kingsclere|place]], [[RG20 5NL|postcode]]

Dear [[Hollie|name]],
[[Gemma|name]] came to the surgery on the [[23rd|date]] smelling of alcohol with [[Alfie|name]]. She says she drinks two bottles of wine
a day since her partner [[Ryan Coote|name]] left for [[Andover|place]]. Her dad, [[Graham Selby|name]] in [[Ecchinswell|place]], rang
me on [[01635 297 163|phone]] worried. I referred her to the alcohol service in [[Basingstoke|place]] (worker [[Tash Lovell|name]]).
[[Alfie|name]] has missed his asthma review twice. Her NI number is on our form: [[NW 38 41 72 B|ni]].
I have also copied in health visitor [[Carys Bell|name]] and school nurse [[Jo Wakely|name]] ([[jo.wakely@nhs.net|email]]).
[[Gemma|name]] gave consent on the [[23rd|date]] for me to speak to her father [[Graham|name]] and to [[Hollie|name]].
Regards, [[P. Nandra|name]]
PS [[Gemma|name]]'s mobile is [[07957 342 816|phone]]. The practice nurse [[Bev Hoskins|name]] saw [[Alfie|name]] on [[18 November|date]].
""",
    ),
    (
        "grandad's letter",
        """Dear Mrs [[Stack|name]],
I am [[Alfie|name]]'s grandad, [[Graham Selby|name]], of [[Flint Cottage|address]], [[Ecchinswell|place]]. I am writing because my
daughter [[Gemma|name]] is drinking again like before [[Alfie|name]] was born. On [[Christmas Day|date]] last year she fell asleep and
[[Alfie|name]] let himself out into [[Bear Hill|address]]. Mrs [[Jean Rowntree|name]] next door found him. On [[boxing day|date]] I
took him to mine.
[[Ryan|name]] ([[Ryan Coote|name]]) is no help; he lives with [[Kelsey Vines|name]] in [[Andover|place]] now.
My wife [[Linda|name]] and I can have [[Alfie|name]] any time. We are at [[01635 297 163|phone]].
Please do not tell [[Gemma|name]] I wrote. [[Alfie|name]]'s teacher Miss [[Orchard|name]] at [[Kingsclere Primary|school]] also worries.
Yours, [[G. SELBY|name]]
P.S. Her friend [[Sophie Dunn|name]] from [[Tadley|place]] buys her the drink, and [[Gemma|name]]'s car is [[HY16 PMO|vehicle]].
P.P.S. [[Ryan|name]]'s mother, [[Maureen Coote|name]] of [[Whitchurch|place]], has not seen [[Alfie|name]] since his birthday on
[[27 March|date]]. She would like to. Her number is [[07306 947 281|phone]].
""",
    ),
    (
        "family support worker's notes",
        """FAMILY SUPPORT NOTES - [[Alfie Selby|name]] (7), [[Kingsclere|place]] - worker
[[Dee Marchant|name]]
[[1/12/2026|date]] visit 10am. [[Gemma|name]] up and dressed. Empty bottles in the recycling, 9 counted. [[Alfie|name]] at school.
[[Gemma|name]] says she has not drunk since the [[28th|date]]. Talked about [[Alfie|name]]'s bedtime and asthma pumps.
[[2/12/2026|date]] call from Miss [[Orchard|name]] ([[Kingsclere Primary|school]]): [[Alfie|name]] late again, collected by
[[Sophie Dunn|name]],
who is not on the list. [[Sophie|name]] lives at [[18 Bishopswood Road|address]], [[Tadley|place]], [[RG26 4HD|postcode]].
[[3/12/2026|date]] visit 4pm. [[Alfie|name]] showed me his reading book and his gecko (Zeus). Grandad [[Graham|name]] there.
[[Gemma|name]] slurred. [[Graham|name]] took [[Alfie|name]] to [[Ecchinswell|place]] for the night.
[[7/12/2026|date]] phone [[07957 342 816|phone]]: [[Gemma|name]] at the [[Basingstoke|place]] service with [[Tash Lovell|name]].
Plan: Christmas. [[Gemma|name]] wants [[Alfie|name]] home on [[25th December|date]]; [[Graham|name]] and [[Linda Selby|name]] to
host lunch at [[Flint Cottage|address]]. Neighbour Mrs [[Rowntree|name]] will keep an eye.
""",
    ),
    (
        "alfie's own words, written with the school nurse",
        """what i want to say - [[Alfie|name]] (year 3) with [[Jo|name]] the nurse,
[[4/12/2026|date]]

i like going to grandads in [[ecchinswell|place]] because nanny [[linda|name]] makes pancakes. i love mum. mum is sleepy a lot.
[[ryan|name]] went to [[andover|place]]. [[sophie|name]] brings mum bottles. i dont like [[sophie|name]].
my best friend is [[Noah Penrose|name]], he lives near the church in [[kingsclere|place]]. i want to go to his party on the [[12th|date]].
[[noah|name]] has a brother [[archie|name]] who is in year 6 with [[kayden|name]] who helps his mum. [[kayden|name]] is nice.
[[Jo|name]] wrote: [[Alfie|name]] drew mum in bed and grandad [[GRAHAM|name]] with a car. He wants to stay in [[Kingsclere|place]]
for school and see mum after school.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 245 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:53 UTC, read since)"


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
    "sgt",
    "sw",
    "hv",
    "idva",
    "nurse",
    "our",
    "nan",
    "nanny",
    "gran",
    "grandad",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "papa",
    "aunty",
    "auntie",
    "uncle",
    "aunt",
    "nani",
    "khala",
    "chacha",
    "abbu",
    "abuela",
    "tía",
    "tia",
    "na",
    "ta",
    "jñaa",
    "bixhoze",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "hampshire", "west berkshire", "berkshire", "oxfordshire", "mexico", "pakistan"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("tía Citlali", "Nani Parveen", "Na Ofelia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
