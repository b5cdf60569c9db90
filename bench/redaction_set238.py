"""Set 238: a held-out hand-written set for the redaction detector, six invented families in Oundle, Thrapston and Raunds
(east Northamptonshire), written in one very short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set239.py to bench/redaction_set241.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, first two documents and its end), tests/test_redaction_set213.py and
tests/hand_set_checks.py in full, and the signature of Records.party. The docstrings of bench/redaction_set7.py to
bench/redaction_set237.py were searched by script for the towns and for African communities (only hit counts were printed,
and one line around "Jinja" in set 150, a Gujarati grandmother's birthplace). Phones were checked with phonenumbers; NHS
numbers and UPNs (LA 928) were made with python-stdnum. Nobody may tune the detector on this set: it is to be scored once.

Much shorter than asked: time ran out (two stuck helper scripts cost most of the half hour), so the 24 documents are short;
24 documents, 283 gold spans, 136 of them names: far under the 900 spans (about 500 names) asked for.

Six families: a white British young mother on Glapthorn Road, Oundle (Pratt / Dawson; neglect, a baby); a Basoga family
from Iganga, Uganda (Lusoga speakers) in Raunds (Nabirye / Kakaire; twin boys, physical chastisement, a message in Lusoga
translated); a young carer of 13 in Thrapston (Abbott; a mother with MS); a white British girl of 15 in Raunds missing to
Rushden (Whitmore; exploitation); a Black Caribbean and white British family in Oundle (Campbell / Hart; a boy of 11 at
risk of exclusion); and a mother in Ringstead misusing alcohol (Bowers; a girl of 8, a nan in Stanwick). The community new
to this set: Basoga (Lusoga, Busoga, Uganda); no earlier docstring searched names Basoga, Busoga or Lusoga.

Document styles: a school DSL log, a health visitor note, a mother's texts, a translated WhatsApp message, a child's own
words, a police log, a strategy minute, a conference minute, an OCR'd letter, a GP email, phone notes, a complaint email,
a family support note, a Snapchat chat and others, one label each.

Conventions: those of set 213, with the two changes the brief sets for every new set: a pet's name is NOT marked; a month
with its year, a season or feast with its year, and a year alone are NOT marked as dates (a day with its month, and dates
of birth, are). Kinship words (jaaja, maama, taata, senga, nan) and titles stay outside names; "SURNAME, First" is one
span; usernames are not marked; organisations with a town's name ("Oundle Surgery", "Northamptonshire Police") are not
marked; counties and countries ("Northamptonshire", "Uganda", "Busoga") are not places. Choices: chat speaker labels are
names; Kampala and Iganga are places; an OCR split or misread place keeps its kind."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pratt / Dawson (white British), Glapthorn Road, Oundle -----------------------------------------------------------

HOME_A = d.Address("41 Glapthorn Road", "", "Oundle", "PE8 4JA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dawson")], dt.date(2020, 6, 11), addresses=[HOME_A], ids=["5161122188", "F928516112218"]),
    _p("s", "sibling", [("Ruby-Mae", "Pratt")], dt.date(2025, 9, 3), addresses=[HOME_A], ids=["4369707455"]),
    _p("m", "mother", [("Kirsty", "Pratt")], dt.date(2002, 1, 22), addresses=[HOME_A], phones=["07723 418 965"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """OUNDLE PRIMARY - SAFEGUARDING LOG
Pupil: [[DAWSON, Tyler|name]]  DOB [[11/06/2020|dob]]  UPN [[F928516112218|upn]]  NHS [[516 112 2188|nhs]]
Mum [[Kirsty Pratt|name]] [[07723 418 965|phone]], [[41 Glapthorn Road|address]], [[Oundle|place]] [[PE8 4JA|postcode]]
[[3/11/2026|date]] [[Tyler|name]] hungry, told Miss [[Jenner|name]] mum's boyfriend [[Gaz|name]] shouts. DSL [[Helen\nMarsh|name]] told.
[[10/11/2026|date]] Nan [[Sandra Pratt|name]] from [[Polebrook|place]] collected. Their dog Rolo bit him.
"""),
    ("health visitor home visit note", """HV visit [[12 November 2026|date]], [[Glapthorn Road|address]], [[Oundle|place]]
Baby [[Ruby-Mae Pratt|name]] (DOB [[3 September 2025|dob]], NHS [[4369707455|nhs]]) weight dropped. Mum [[Kirsty|name]] tired.
Partner [[Gary Nunn|name]] ("[[Gaz|name]]") present, car [[FN71 UXR|vehicle]]. HV [[Lorna Beal|name]].
[[Tyler|name]] showed me his drawing of nan [[Sandra|name]]'s house in [[Polebrook|place]]. [[Kirsty|name]]'s friend [[Leah Finch|name]]
from [[Warmington|place]] visits daily. Next visit [[26 November|date]]; weigh-in at [[Oundle|place]] clinic on the [[19th|date]].
"""),
    ("mother's texts typed up", """texts [[kirsty|name]] to nan [[sandra|name]], [[14/11/26|date]]
[[kirsty|name]]: can u have [[ty|name]] sat, me n [[gaz|name]] going [[peterborough|place]]
[[sandra|name]]: yes bring him to [[polebrook|place]]. is [[ruby|name]] ok
[[kirsty|name]]: shes fine mum stop
"""),
    ("police domestic incident log", """NORTHAMPTONSHIRE POLICE - DA LOG - [[22/11/2026|date]] 23:10
Caller neighbour [[Dennis Royle|name]] ([[no. 43|address]]). PC [[Okoro|name]] attended [[41 Glapthorn Road|address]],
[[Oundle|place]]. [[NUNN, Gary|name]] arrested. Children [[Tyler|name]] and [[Ruby-Mae|name]] present.
"""),
]


# --- B. Nabirye / Kakaire (Basoga, from Iganga, Uganda), Raunds ----------------------------------------------------------

HOME_B = d.Address("17 Brick Kiln Road", "", "Raunds", "NN9 6HX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Waiswa", "Kakaire")], dt.date(2017, 4, 2), addresses=[HOME_B], ids=["1236285425", "Y928899012446"]),
    _p("s", "sibling", [("Kato", "Kakaire")], dt.date(2017, 4, 2), addresses=[HOME_B], ids=["4092554605", "V928064423613"]),
    _p("m", "mother", [("Esther", "Nabirye")], dt.date(1988, 12, 9), addresses=[HOME_B], phones=["07851 264 307"]),
], "c")

DOCS_B = [
    ("mother's WhatsApp message in Lusoga, translated", """Translated from Lusoga by interpreter [[Ruth Namukose|name]], [[20/11/2026|date]]
"Maama [[Naigaga|name]], the twins are well. [[Waiswa|name]] fights at [[Manor|school]]. The social worker came to [[Raunds|place]].
Tell jaaja I will phone from [[07851 264 307|phone]]. Taata [[Moses|name]] is still in [[Kampala|place]] ([[+256 772 418 365|phone]])."
Original sender [[Esther Nabirye|name]]; to [[+256 701 554 219|phone]] in [[Iganga|place]].
"""),
    ("child's own words", """what i want to say - [[Waiswa|name]], year 5, with Mrs [[Hollis|name]] [[24/11/2026|date]]
my brother is [[kato|name]]. we are twins. taata [[moses|name]] is in [[kampala|place]]. mum hits with a belt when we are bad.
jaaja [[naigaga|name]] lives in [[iganga|place]] and has goats. my friend is [[alfie|name]] from [[stanwick|place]].
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION [[25/11/2026|date]]
Children: [[KAKAIRE, Waiswa|name]] ([[02/04/2017|dob]]) and [[Kato Kakaire|name]], [[17 Brick Kiln Road|address]],
[[Raunds|place]] [[NN9 6HX|postcode]]. NHS [[123 628 5425|nhs]], [[409 255 4605|nhs]]. UPN [[V928064423613|upn]].
Present: DS [[Farrow|name]], SW [[Bethan Lowe|name]], DSL [[Owen Pryce|name]]. Mother's cousin [[Sarah Nangobi|name]]
in [[Wellingborough|place]] could help. Section 47 to proceed.
"""),
    ("GP's email", """From: [[dr.a.mistry@nhs.net|email]]  To: [[bethan.lowe@nnc.example.gov.uk|email]]  [[26/11/2026|date]]
Re [[Kato Kakaire|name]] and [[Waiswa Kakaire|name]]. Seen [[18 November|date]]: linear marks on [[Waiswa|name]]'s back.
Mother [[Esther|name]] said Senga [[Florence Babirye|name]] hit him. Dr [[Anil Mistry|name]].
PS [[Kato|name]]'s school nurse [[Jo Whitby|name]] saw [[Kato|name]] on [[19/11/2026|date]]: no marks. Interpreter [[Ruth|name]]
booked for [[2 December|date]] at [[Raunds|place]] library. Father [[Moses Kakaire|name]] rang from [[+256 772 418 365|phone]].
"""),
]


# --- C. Abbott (white British), Thrapston ---------------------------------------------------------------------------------

HOME_C = d.Address("6 Midland Road", "", "Thrapston", "NN14 4JR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jayden", "Abbott")], dt.date(2013, 2, 17), addresses=[HOME_C], ids=["8079072892", "L928602899135"]),
    _p("m", "mother", [("Donna", "Abbott")], dt.date(1981, 5, 30), addresses=[HOME_C], phones=["01832 273 541"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT
Young carer: [[ABBOTT, Jayden|name]] DOB [[17/02/2013|dob]] NHS [[8079072892|nhs]] UPN [[L928602899135|upn]]
[[6 Midland Road|address]], [[Thrapston|place]] [[NN14 4JR|postcode]]. Mum [[Donna Abbott|name]] (MS) [[01832 273 541|phone]].
Worker [[Kim Pearce|name]]. Uncle [[Darren Abbott|name]] in [[Islip|place]] helps on Sundays.
"""),
    ("young carer's own writing", """by [[jayden|name]] - i do mums tablets and tea. uncle [[daz|name]] takes me to
[[titchmarsh|place]] fishing. i miss football with [[kian|name]]. i was late on the [[3rd|date]] because mum fell.
"""),
    ("social worker's phone notes", """[[1/12/2026|date]] 10:05 rang [[Donna|name]]. [[Jayden|name]] off school. Neighbour
[[Pat Greaves|name]] ([[no 8|address]]) helping. 14:20 rang [[Prince William School|school]], Mr [[Dunmore|name]].
"""),
    ("family support worker's note", """Family support visit [[4 December 2026|date]], [[Thrapston|place]].
[[Jayden|name]] and mum [[Donna|name]]. Respite at [[Denford|place]] offered. Next visit [[18 Dec|date]]. Worker [[Kim Pearce|name]].
[[Donna|name]]'s sister [[Michelle Tarrant|name]] in [[Woodford|place]] ([[07960 527 143|phone]]) can have [[Jayden|name]] on the
[[20th|date]]. [[Jayden|name]]'s friend [[Kian Doyle|name]] from [[Islip|place]] is in the same young carers group.
"""),
]


# --- D. Whitmore (white British), Raunds -----------------------------------------------------------------------------------

HOME_D = d.Address("29 Marshall's Road", "", "Raunds", "NN9 6ET")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Skye", "Whitmore")], dt.date(2011, 8, 5), addresses=[HOME_D], ids=["1767015879"]),
    _p("m", "mother", [("Leanne", "Whitmore")], dt.date(1985, 3, 14), addresses=[HOME_D], phones=["07946 318 025"]),
], "c")

DOCS_D = [
    ("missing person police log", """MISSING LOG [[28/11/2026|date]] - [[WHITMORE, Skye|name]] DOB [[05/08/2011|dob]]
Reported by mum [[Leanne Whitmore|name]] [[07946 318 025|phone]], [[29 Marshall's Road|address]], [[Raunds|place]] [[NN9 6ET|postcode]].
Last seen with [[Connor Blake|name]] in [[Rushden|place]]. Car [[AY19 KTF|vehicle]]. Found [[Irthlingborough|place]] 02:40.
"""),
    ("snapchat chat typed up", """snap [[skye|name]] and [[mads|name]] ([[madison|name]]), [[29/11/26|date]]
[[skye|name]]: [[connor|name]] picking me up [[raunds|place]] co op at 9
[[mads|name]]: babe dont hes 22. ur mum will go mad
[[skye|name]]: going [[rushden|place]] then [[wellingborough|place]] lol
"""),
    ("return home interview", """RHI [[30/11/2026|date]] by [[Tasha Reid|name]]. [[Skye|name]] said [[Connor|name]] gave her a phone.
She stayed at "[[Jordan|name]]'s flat" in [[Higham\nFerrers|place]]. Friend [[Madison Hale|name]] worried.
"""),
    ("contextual safeguarding panel minutes", """PANEL [[3/12/2026|date]]. Young people: [[Skye Whitmore|name]], [[Madison Hale|name]].
Adults of concern: [[Connor Blake|name]] and [[Jordan Pike|name]]. Places: [[Raunds|place]] co-op, [[Rushden|place]] lakes.
PC [[Amy Sutcliffe|name]] to visit [[Leanne Whitmore|name]] on [[9 December|date]]. [[Connor|name]]'s mother [[Debbie Blake|name]]
lives [[Flat 4, 22 Grove Street|address]], [[Raunds|place]] [[NN9 6DU|postcode]]; she rang from [[07392 816 540|phone]].
"""),
]


# --- E. Campbell / Hart (Black Caribbean and white British), Oundle ----------------------------------------------------------

HOME_E = d.Address("12 St Peters Road", "", "Oundle", "PE8 4NY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tyrese", "Campbell-Hart")], dt.date(2015, 10, 20), addresses=[HOME_E], ids=["6580813822",
       "E928115799465"]),
    _p("m", "mother", [("Shanice", "Campbell")], dt.date(1993, 7, 1), addresses=[HOME_E], phones=["07588 401 273"]),
], "c")

DOCS_E = [
    ("mother's complaint email", """From: [[shanicecampbell93@gmail.com|email]]  [[2/12/2026|date]]
I want to complain. [[Tyrese|name]] was sent home again by Mr [[Whitlock|name]]. His dad [[Lewis Hart|name]] agrees.
My mum [[Beverley Campbell|name]] in [[Corby|place]] says the same. [[Shanice Campbell|name]], [[07588 401 273|phone]]
"""),
    ("OCR'd scanned paediatric letter", """Re: [[Tyrese Campbe1l-Hart|name]] D0B [[2O/1O/2Ol5|dob]] NHS [[658 081 3822|nhs]]
[[l2 St Peters R0ad|address]], [[0undle|place]] [[PE8 4NY|postcode]]. Seen [[l9/ll/2O26|date]] by Dr [[0. Adeyemi|name]].
ADHD assessment. Copy to [[Shanice Campbe11|name]] and [[Kettering|place]] clinic.
"""),
    ("child protection conference minutes", """CONFERENCE [[8/12/2026|date]]. Child [[CAMPBELL-HART, Tyrese|name]], UPN
[[E928115799465|upn]]. Mother [[Shanice|name]], father [[Lewis|name]]. Nan [[Bev|name]] from [[Corby|place]]. Chair [[Ann Fellowes|name]].
Present: SW [[Marcus Ellery|name]], HoY Mrs [[Odell|name]], PC [[Gareth Lyle|name]]. [[Tyrese|name]]'s older friend [[Reece Tandy|name]]
from [[Thrapston|place]] seen with him in [[Oundle|place]] market place on [[14 November|date]]. Review on [[2 March 2027|date]].
"""),
    ("school exclusion phone note", """Phone [[5/12/2026|date]]: [[Tyrese|name]] in fight with [[Mason Kerr|name]] at
[[Prince William|school]]. Dad [[Lewis Hart|name]] collected, lives [[Barnwell|place]], car [[YX68 PLO|vehicle]].
"""),
]


# --- F. Bowers (white British), Ringstead --------------------------------------------------------------------------------

HOME_F = d.Address("3 Carlow Street", "", "Ringstead", "NN14 4DN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amelia", "Bowers")], dt.date(2018, 1, 9), addresses=[HOME_F], ids=["5022159295", "G928744262278"]),
    _p("m", "mother", [("Claire", "Bowers")], dt.date(1987, 11, 2), addresses=[HOME_F], phones=["07415 903 682"],
       ids=["JR 41 72 90 B"]),
], "c")

DOCS_F = [
    ("referral form", """REFERRAL [[6/12/2026|date]]: [[BOWERS, Amelia|name]] DOB [[09/01/2018|dob]] NHS [[5022159295|nhs]]
UPN [[G928744262278|upn]]. Mum [[Claire Bowers|name]] (NI [[JR 41 72 90 B|ni]]) [[07415 903 682|phone]],
[[3 Carlow Street|address]], [[Ringstead|place]] [[NN14 4DN|postcode]]. Drinking. Nan [[Jean Bowers|name]], [[Stanwick|place]],
[[01933 622 418|phone]].
"""),
    ("nan's letter", """Dear [[Bethan|name]], [[7 December|date]]
[[Amelia|name]] stayed with me in [[Stanwick|place]] from [[boxing day|date]] last year till [[New Year's Day|date]]. [[Claire|name]]'s
friend [[Gina Royce|name]] drinks with her. Yours, [[Jean Bowers|name]]
"""),
    ("GP letter", """Dear colleague, re [[Claire Bowers|name]], [[3 Carlow Street|address]], [[Ringstead|place]]. Seen
[[1 December 2026|date]]. Alcohol. Daughter [[Amelia|name]]. Dr [[Rhys Baines|name]], [[r.baines@nhs.net|email]].
"""),
    ("amelia's own words", """[[amelia|name]] with Miss [[Crane|name]] - i like nans in [[stanwick|place]]. mummy sleeps on the sofa.
my friend [[evie|name]] lives in [[hargrave|place]]. [[Stoke\nDoyle|place]] is where we had a picnic.
mummys friend [[gina|name]] comes with bottles. nan [[jean|name]] took me to [[chelveston|place]] on my birthday the [[9th|dob]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 238 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:43 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "rev", "sw", "hv", "dsl", "nurse",
           "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "jaaja",
           "maama", "taata", "senga", "aunt"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "northamptonshire", "uganda", "busoga"}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
