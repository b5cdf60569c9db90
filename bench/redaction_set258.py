"""Set 258: a held-out hand-written set for the redaction detector, six invented families in Horncastle, Alford and Woodhall
Spa (the Lincolnshire Wolds), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set259.py to bench/redaction_set261.py and their tests (written by other helpers at the same time), that did
not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What
was read: bench/redaction_set213.py (its docstring, first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER,
_NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of
Records.party in bench/redaction_handwritten.py. The docstrings of bench/redaction_set7.py to bench/redaction_set257.py were
searched by script for the towns and communities, printing only the numbers of the sets that hit (Horncastle: none;
Alford: 18, 31, 54, 251; Woodhall: 79; Gusii and Kisii: none). Phone numbers were checked with the phonenumbers library and
NHS numbers and UPNs (LA 925) made with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to
be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Slightly shorter than asked: the brief gave about twenty-five minutes, so this set has 24 documents and 843 gold spans (486
names), not the 900 (about 500 names) asked for; the documents were written short and lengthened in rounds while time
allowed.

Six families: a young white British mother in Thimbleby by Horncastle (Dowling / Tasker; neglect, a baby, a boy of 6); a
Gusii (Abagusii) family from Kisii County, Kenya, in Kirkstead, Woodhall Spa (Nyakundi / Makori; a care worker mother, a
controlling father, a boy of 12 and a girl of 8; Ekegusii and Swahili speakers); a young carer of 13 in Bilsby by Alford
(Crampton; a mother with multiple sclerosis); a white British and mixed heritage girl of 14 in Willoughby by Alford
(Lawson / Petch; missing to Skegness and Mablethorpe, exploitation); a Polish family in West Ashby by Horncastle
(Kowalczyk / Wiśniewska; an autistic boy of 9, short breaks); and a father misusing alcohol in Martin by Woodhall Spa
(Hurst / Coupland; a boy of 11, a nan in Coningsby). The community named here, Gusii (Kenya), did not appear in any earlier
docstring searched. 24 documents, each with its own style label: a school DSL log, a nan's texts typed up, a health
visitor's note, a police welfare check log, a mother's WhatsApp voice note in Ekegusii translated, a strategy discussion
minute, a boy's own words, a GP's email, a young carer's own writing, a social worker's phone notes, a young carers'
assessment, a pharmacy call note, a return home interview, a Snapchat chat typed up, a police missing person log, a child
protection conference minute, an OCR'd paediatrician's letter (with its misreadings), a short breaks application, a
mother's complaint email, a family support worker's notes, a police domestic incident log, a boy's worksheet, a GP letter
and a core group minute.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Kenya +254); NHS numbers and UPNs pass their check digits. The council
("Wolds and Marsh Council"), the surgeries and the charities are invented or unmarked organisations; towns, villages,
districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name
is NOT marked (a pet is not a person); a month with its year ("March 2025"), a season or feast with its year ("summer
2025") and a year alone ("in 2022") are NOT marked as dates; a named day of the year without a date ("Christmas Day",
"Bonfire Night") is not marked. A day with its month ("14 March", "14/03", "the 3rd") and dates of birth are marked.
Titles and kinship words stay outside a name (Mr, Mrs, Ms, Dr, PC, Nan, Tata, Baba, Guku, Babcia, Dziadek); "SURNAME,
First" is one span; initials alone are not marked; usernames are not marked; organisations holding a town's name stay
unmarked ("Horncastle Medical Group", "Pilgrim Hospital", "Lincolnshire Police", "Woodhall Spa Surgery"); countries and
counties ("Kenya", "Poland", "Lincolnshire") are not places.

Choices this set had to make: chat speaker labels are names, usernames are not; "Tata" (father), "Baba" (mother, in
Ekegusii) and "Guku" (grandparent) are kinship words, as are the Polish "Babcia" and "Dziadek"; "Martin" is a village and
is marked as a place where it is the village, as a name where it is a man ("Martin Dales", "Martin's party"), and
"Willoughby" likewise (the village, and a GP); Kisii, Keroka, Nyamira, Ogembo and Suneka (Kenya), Gdańsk and Kraków
(Poland) are towns abroad and marked as places; "Cllr" is a title and the Swahili "dada" (sister) a kinship word; a caravan
park plot ("Plot 14, Golden Sands") is an address; a shop named by its town ("Alford pharmacy", "the co-op in Alford")
marks the town; a name of a street alone ("Mill Lane", "Thurlby Road") is an address; an OCR split town ("Hornc astle") is
one place span; a Swahili sentence keeps its names marked as in English. The girl of family D was first called
Tia and renamed Tegan, because set 15's checker treats "tia" as a kinship word.

Self-check without the detector: `python -m bench.redaction_set258` (and tests/test_redaction_set258.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dowling / Tasker family (white British), Thimbleby, Horncastle --------------------------------------------------

HOME_A = d.Address("9 Mill Lane", "Thimbleby", "Horncastle", "LN9 5RD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Tasker")], dt.date(2020, 5, 11), addresses=[HOME_A], ids=["1286323908", "H925367670563"],
       schools=["Horncastle Community Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Dowling")], dt.date(2026, 1, 23), addresses=[HOME_A], ids=["6539432836"]),
    _p("m", "mother", [("Shannon", "Dowling")], dt.date(2003, 9, 2), addresses=[HOME_A], phones=["07834 219 657"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """HORNCASTLE PRIMARY - SAFEGUARDING LOG (CPOMS print)
Pupil: [[TASKER, Kayden|name]]   DOB [[11/05/2020|dob]]   UPN [[H925367670563|upn]]   NHS [[128 632 3908|nhs]]
Mum: [[Shannon Dowling|name]] ([[07834 219 657|phone]]), [[9 Mill Lane|address]], [[Thimbleby|place]], [[LN9 5RD|postcode]]

[[08/09/2026|date]]  [[Kayden|name]] late, 9.35, no coat in the rain. Miss [[Hebblewhite|name]] (class teacher) found him a spare.
[[15/09/2026|date]]  [[Kayden|name]] said mum's friend [[Tyler|name]] "sleeps in the car outside". Logged by TA [[Lorna Skipworth|name]].
[[22.9.26|date]]  Head lice again. Mum says nan [[Julie Dowling|name]] in [[Coningsby|place]] will treat it.
[[6 Oct|date]]  HV [[Anita Brackenbury|name]] rang: baby [[Ruby-Mae|name]] weight dropping, missed her 8 month review.
[[13th October 2026|date]]  Referral to the front door by DSL [[Graham\nWaddingham|name]]. SW [[Kirsty Odling|name]] allocated
[[15/10|date]].
[[20/10/2026|date]]  [[Tyler|name]] ([[Tyler Rands|name]]) collected, smelt strongly of cannabis. Car [[FN18 WZK|vehicle]].
[[3/11/26|date]]  [[Kayden|name]] and [[Alfie Greetham|name]] fought at lunch. Mr [[Stamp|name]] spoke to both.
[[10/11/2026|date]]  Home visit by [[Graham Waddingham|name]]: no answer at [[Mill Lane|address]]; neighbour Mrs [[Pam Rowett|name]] at
[[no. 7|address]] said mum had gone to [[Horncastle|place]] with "[[Ty|name]]".
[[17/11/2026|date]]  [[Kayden|name]] said he slept at "Uncle [[Dale|name]]'s in [[Tattershall|place]]". Mum: [[Dale|name]] =
[[Dale Dowling|name]].
[[24.11.26|date]]  [[Kayden|name]] told Miss [[Hebblewhite|name]] the dog Rolo "did a poo on [[Ruby|name]]'s blanket".
[[1/12/2026|date]]  Mum rang from [[07834 219 657|phone]]: [[Kayden|name]] off sick. Nan [[Julie|name]] brought him in at 11 instead.
[[3.12.26|date]]  [[Kayden|name]] said [[Tyler|name]]'s friend "[[Mikey|name]]" ([[Michael Sisson|name]]?) stayed over. [[Mikey|name]]
drives a
white van; plate not known. Shared with SW [[Kirsty Odling|name]].
[[4/12/2026|date]]  [[Alfie Greetham|name]]'s mum Mrs [[Greetham|name]] asked that the boys sit apart. Mr [[Stamp|name]] agreed.
[[7/12/2026|date]]  [[KAYDEN|name]] came in with a burn on his hand; said "[[Ty|name]]'s lighter". Body map by Miss [[Hebblewhite|name]].
"""),
    ("nan's text messages typed up", """Texts from [[Julie Dowling|name]] (nan) to SW [[Kirsty Odling|name]], copied [[26/11/26|date]]

Sat [[21 Nov|date]] 18:12  hi its [[julie|name]] [[kaydens|name]] nan. been up [[shannons|name]] in [[thimbleby|place]] its filthy again
Sat [[21 Nov|date]] 18:14  [[ruby|name]] in the same babygro as tues, [[ty|name]] asleep in his car
Sat [[21 Nov|date]] 18:30  ive took [[kayden|name]] back to mine in [[coningsby|place]], my number is [[01526 352 741|phone]]
Sat [[21 Nov|date]] 20:05  hes asleep now. he told me [[ty|name]] and [[shan|name]] had a row and [[ty|name]] broke the telly
Sun [[22 Nov|date]] 11:02  [[shan|name]] says [[ty|name]] gets his stuff from a lad in [[boston|place]]. not saying more
Mon [[23 Nov|date]] 08:20  dropped him at school. my neighbour [[sandra|name]] at [[no 4|address]] drove us
Tue [[24 Nov|date]] 19:44  [[shannon|name]] wont answer. [[kayden|name]] wants his mate [[alfie|name]] round for tea
Wed [[25 Nov|date]] 09:10  [[tylers|name]] mum [[bev rands|name]] rang me shouting. she lives [[horncastle|place]] on the
[[boston rd|address]]
Wed [[25 Nov|date]] 21:30  [[kayden|name]] says [[mikey|name]] from [[woodhall|place]] was round again. i dont like him
Thu [[26 Nov|date]] 07:55  [[shannon|name]] rang me at last. says [[kirsty|name]] can come friday. [[dale|name]] will be there
Thu [[26 Nov|date]] 16:40  [[bev|name]] rang again. says [[tyler|name]] is staying at hers in [[horncastle|place]] now. good riddance
Fri [[27 Nov|date]] 10:15  [[ruby|name]] has a cough. [[shan|name]] took her to the doctors in [[horncastle|place]], dr [[aldridge|name]]
saw her
Fri [[27 Nov|date]] 10:16  [[kayden|name]] says hes having [[alfie|name]] and [[mason|name]] round sat. can they come to [[coningsby|place]]
"""),
    ("health visitor's home visit note", """Health visiting - home visit   Child: [[Ruby-Mae Dowling|name]]  DOB [[23/01/2026|dob]]
NHS [[653 943 2836|nhs]]   Address: [[9 Mill Lane|address]], [[Thimbleby|place]], [[Horncastle|place]] [[LN9 5RD|postcode]]
Seen [[02/12/2026|date]] by [[Anita Brackenbury|name]] HV, with student [[Megan Tuplin|name]].
Present: mother [[Shannon|name]], partner [[Tyler Rands|name]] (not the father of either child), [[Kayden|name]] home from school, unwell.
[[Ruby-Mae|name]] weighed 7.9kg, dropped from the 50th centile. Bottle made up too strong. Cot full of washing.
[[Shannon|name]] says [[Ruby|name]]'s dad [[Connor Vickers|name]] lives in [[Louth|place]] and has no contact. [[Kayden|name]]'s dad
[[Jordan Tasker|name]] is in HMP [[Lincoln|place]]? Mum unsure.
GP: Dr [[Aldridge|name]], Horncastle Medical Group. Nursery place at [[Horncastle|place]] offered from the [[4th|date]] (Mrs
[[Odlin|name]]). Next visit [[9 December|date]]. Shared with SW [[Kirsty Odling|name]]
([[kirsty.odling@woldsmarsh.gov.uk|email]]).
Maternal gran [[Julie Dowling|name]] ([[01526 352 741|phone]]) in [[Coningsby|place]] helps most days; friend [[Kayleigh Broom|name]]
from [[Tattershall|place]] babysits. [[Shannon|name]] wants to move back to [[Horncastle|place]] near the [[Langton Hill|address]] flats.
"""),
    ("police welfare check log", """LINCOLNSHIRE POLICE - WELFARE CHECK   Ref 11261204388
Date/time: Fri [[04/12/2026|date]] 22:10   Location: [[9 Mill Lane|address]], [[Thimbleby|place]]
Requested by: [[Julie Dowling|name]] (maternal gran) [[01526 352 741|phone]]
Attending: PC [[Hannah\nFotherby|name]] and PCSO [[Dean Maltby|name]].
Occupants: [[DOWLING, Shannon|name]] DOB [[02/09/2003|dob]]; [[Ruby-Mae|name]] (10 months); [[Kayden|name]] (6).
Also present: [[RANDS, Tyler|name]] DOB [[19/04/2001|dob]] NI [[NP 31 72 58 B|ni]], vehicle [[FN18 WZK|vehicle]] on the drive.
Strong smell of cannabis. [[Kayden|name]] awake at 22:30 watching TV. Children fed by PC [[Fotherby|name]].
[[Rands|name]] told to leave; went to his mother [[Beverley Rands|name]] at [[42 Boston Road|address]], [[Horncastle|place]].
Referral to the front door [[05/12|date]] by PC [[Fotherby|name]].
Neighbour Mrs [[Pam Rowett|name]] ([[no. 7|address]]) said the children cry most nights. Gran [[Julie|name]] arrived 23:05 from
[[Coningsby|place]] and stayed. Sgt [[Andy Tointon|name]] reviewed. Log closed by Sgt [[Tointon|name]] at 02:10. [[Kayden|name]] asked PC
[[Fotherby|name]] "is [[Ty|name]] coming back".
"""),
]


# --- B. Nyakundi / Makori family (Gusii, from Kisii County, Kenya), Kirkstead, Woodhall Spa ------------------------------

HOME_B = d.Address("15 Witham Road", "Kirkstead", "Woodhall Spa", "LN10 6QX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Brian", "Onchiri")], dt.date(2014, 2, 17), addresses=[HOME_B], ids=["3112396839", "M925742475341"],
       schools=["The Banovallum School"]),
    _p("s", "sibling", [("Nyaboke", "Makori")], dt.date(2018, 7, 30), addresses=[HOME_B], ids=["9184484373"]),
    _p("m", "mother", [("Kerubo", "Nyakundi")], dt.date(1989, 12, 4), addresses=[HOME_B], phones=["07923 418 062"]),
    _p("f", "father", [("Dennis", "Makori")], dt.date(1984, 6, 21), addresses=[HOME_B], phones=["07581 340 927"]),
], "c")

DOCS_B = [
    ("mother's WhatsApp voice note in Ekegusii translated", """Voice note from [[Kerubo Nyakundi|name]] to her sister [[Moraa|name]] in
[[Keroka|place]], forwarded to the school by [[Moraa|name]] ([[+254 722 418 306|phone]]); translated by [[Evans Ombati|name]],
interpreter, [[19/11/2026|date]]

Original: Ekegusii, audio only (kept on file).
Translation: "[[Moraa|name]], it is [[Kerubo|name]]. [[Nyaboke|name]]'s father has taken my phone again. [[Dennis|name]] says I
cannot go to work at the care home in [[Woodhall Spa|place]] unless he drives me. [[Brian|name]] is quiet and does not eat.
Tell Guku [[Nyanchama|name]] in [[Nyamira|place]] I am well, do not worry her. Our neighbour Mrs [[Dobbs|name]] knows nothing. If you
cannot reach me ring my friend
[[Grace Kemunto|name]] here on [[07496 213 758|phone]]. She lives in [[Coningsby|place]]."
Note by interpreter: "Tata" = father, "Guku" = grandmother/grandparent. Ekegusii and some Swahili.
Second note, [[20/11|date]]: "[[Moraa|name]], [[Brian|name]] told his teacher. I am afraid. Ring [[Grace|name]], not me."
[[Moraa|name]]'s other number: [[+254 711 593 284|phone]]. Translator's note: [[Moraa|name]] signs her messages "[[Mo|name]]".
[[Moraa|name]] says uncle [[Josphat|name]] in [[Kisii|place]] (on [[+254 733 902 617|phone]])
is on [[Dennis|name]]'s side and must not be told.
Third note, [[22/11|date]] (Swahili, by the interpreter): "[[Moraa|name]] dada, [[Dennis|name]] amerudi." = "Sister [[Moraa|name]],
[[Dennis|name]] is back." Interpreter [[Evans Ombati|name]] ([[evans.ombati@lingualinks.co.uk|email]]) knows the family from
[[Keroka|place]]
only by name; conflict checked by [[Nadia Cawthorne|name]].
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION   [[20/11/2026|date]] 14:00 (Teams)
Child: [[ONCHIRI, Brian|name]] DOB [[17/02/2014|dob]] NHS [[311 239 6839|nhs]] UPN [[M925742475341|upn]]
Sibling: [[Nyaboke Makori|name]] DOB [[30/07/2018|dob]] NHS [[918 448 4373|nhs]]
Home school of [[Nyaboke|name]]: [[St Andrew's|school]], [[Woodhall
Spa|place]] (class teacher Mr [[Ian Brocklesby|name]]).
Address: [[15 Witham Road|address]], [[Kirkstead|place]], [[Woodhall Spa|place]] [[LN10 6QX|postcode]]
Present: [[Nadia Cawthorne|name]] (SW, chair), DS [[Paul\nGrimoldby|name]] (police), [[Ruth Sowerby|name]] (DSL, [[Banovallum|school]]), Dr
[[Okoth|name]] (named GP), [[Evans Ombati|name]] (interpreter).
Mother [[Kerubo Nyakundi|name]] ([[07923 418 062|phone]]), senior care assistant. Father [[Dennis Makori|name]] ([[07581 340 927|phone]]),
NI [[SH 64 09 27 A|ni]], drives [[FL21 OKV|vehicle]]. [[Dennis|name]] holds the passports; mother's visa tied to her job.
Family came to Lincolnshire in 2023 from [[Kisii|place]] town; first lived in [[Boston|place]] with [[Kerubo|name]]'s cousin
[[Bonareri Mokaya|name]].
[[Brian|name]] told Ms [[Sowerby|name]] on [[18/11|date]] that "Tata slapped Baba in the kitchen".
Family in Kenya mentioned: grandmother [[Nyanchama Nyakundi|name]] in [[Nyamira|place]]; father's brother [[Josphat Makori|name]] in
[[Kisii|place]]; aunt [[Moraa|name]] in [[Keroka|place]].
Decision: s47 joint. Home visit [[21/11|date]] with interpreter; [[Kerubo|name]] to be seen alone at work.
Actions: [[Nadia Cawthorne|name]] to speak to the care home manager [[Louise Tyrrell|name]] at the home in [[Woodhall Spa|place]]; DS
[[Grimoldby|name]] to check [[Dennis Makori|name]] on PNC; [[Ruth Sowerby|name]] to speak to [[Nyaboke|name]]'s teacher at
[[St Andrew's|school]].
"""),
    ("boy's own words written with his mentor", """my words - [[Brian|name]] year 8 with [[Lewis|name]] my mentor [[26/11/2026|date]]

i was born in [[kisii|place]] and we came here when i was 9. i like [[woodhall|place]] because of the woods and the pictures
(the kinema). tata is strict. he shouts at baba in our language so the neighbours dont know. my sister [[nyaboke|name]] cries.
my best friend is [[ethan|name]] from [[martin|place]] and his mum [[claire|name]] lets me go to theirs. [[ethans|name]] big
brother [[josh|name]] plays for [[woodhall spa|place]] under 14s.
i want to ring guku [[nyanchama|name]] but tata has the phone. my cousin [[kevin|name]] is in [[ogembo|place]].
[[Lewis|name]] wrote: [[Brian|name]] asked that his father is not told what he said.
[[Lewis|name]] wrote: [[Brian|name]] ("[[Bri|name]]" to his friends) said his mum cried on Sunday [[15th|date]] and [[ethan|name]]'s
mum [[Claire Newsham|name]] in [[Martin|place]] gave them tea.
"""),
    ("GP's email to the social worker", """From: Dr [[Peter Okoth|name]] <[[p.okoth@nhs.net|email]]>
To: [[Nadia Cawthorne|name]] <[[nadia.cawthorne@woldsmarsh.gov.uk|email]]>
Date: [[27/11/2026|date]]
Subject: [[Nyakundi|name]] / [[Makori|name]] family - Woodhall Spa Surgery

[[Nadia|name]], [[Kerubo|name]] came in alone on [[25/11|date]] with a bruised forearm; says she fell on the ice. She asked me in
Swahili (I speak it, not Ekegusii) whether the council would send the children back to [[Kisii|place]]. I said no.
[[Nyaboke|name]] (DOB [[30/07/2018|dob]]) is up to date with jabs. Her teacher Mr [[Brocklesby|name]] says she sleeps in class.
[[Brian|name]] has not been seen since 2024 arrival check.
[[Kerubo|name]]'s friend [[Grace Kemunto|name]] waited in the car. [[Grace|name]] (née [[Bosire|name]]) is from [[Ogembo|place]] too.
[[Kerubo|name]] gave me her work number [[01526 352 907|phone]]; I
did not call it.
[[Peter|name]]
PS [[28/11|date]]: [[Grace Kemunto|name]] rang the surgery for [[Kerubo|name]] from [[07496 213 758|phone]]. [[Kerubo|name]]'s aunt
[[Kwamboka|name]] in [[Suneka|place]] is ill; [[Kerubo|name]] wants to travel to [[Kisii|place]] on the [[14th|date]] with [[Nyaboke|name]].
"""),
]


# --- C. Crampton family (white British young carer), Bilsby, Alford -----------------------------------------------------

HOME_C = d.Address("4 Thurlby Road", "Bilsby", "Alford", "LN13 9PY")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mai", "Crampton")], dt.date(2013, 10, 8), addresses=[HOME_C], ids=["9569077433", "H925661489836"],
       schools=["John Spendluffe Technology College"]),
    _p("m", "mother", [("Lisa", "Crampton")], dt.date(1981, 3, 27), addresses=[HOME_C], phones=["01507 463 925"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """about me by [[Ellie-Mai Crampton|name]] age 13

i live in [[bilsby|place]] with my mum [[lisa|name]] who has ms. i do her tablets and the tea. my brother [[jack|name]] lives in
[[skegness|place]] with his girlfriend [[tash|name]] and doesnt come much. my best mate [[lola|name]] lives in [[alford|place]]
near the windmill. my cat is called Pickle and he sleeps on mums feet. our neighbour [[alan|name]] is nice and his wife [[jean|name]]
makes cakes. i get the bus to [[spendluffe|school]] and im late
when mum falls. nana [[pat|name]] died last year. i like art with mr [[hodson|name]]. my birthday is [[8 october|dob]].
when mum is bad i ring [[donna|name]] or my aunty [[bev|name]] in [[sutton on sea|place]]. aunty [[bev|name]]s number is
[[07825 661 309|phone]]... no thats [[mandy|name]]s [[lola|name]]s brother [[reece|name]]
calls me [[ellie belly|name]] and i hate it. i want to go to [[lola|name]]s sleepover on the [[19th|date]].
"""),
    ("social worker's quick phone notes", """notes [[Ellie-Mai C|name]] - [[30/11|date]] - typed in the car at [[Alford|place]] market place

- mum [[Lisa|name]] in bed, [[Ellie|name]] doing meds (baclofen). district nurse [[Wendy\nPocklington|name]] comes tues/fri
- brother [[Jack Crampton|name]] ([[07754 908 132|phone]]) says he can't help, works at the caravan park in [[Ingoldmells|place]]
- [[Ellie|name]] missing school mondays. [[Lola|name]]'s mum [[Donna Skelton|name]] gives lifts from [[Well|place]] lane end
- dad [[Stuart Kime|name]] in [[Spilsby|place]], no contact since 2023
- [[Stuart|name]]'s number is not on file. ask [[Jack|name]] or his girlfriend [[Natasha Fendick|name]] ([[tash|name]])
- refer Young Carers (Carers FIRST). next visit [[7/12|date]]
- [[Lisa|name]]'s friend [[Mandy Overton|name]] from [[Alford|place]] does shopping weds. mandy's number [[07825 661 309|phone]]
- [[Ellie|name]] cried about her nana [[Pat Crampton|name]] who died in [[Alford|place]]
- [[Ellie|name]] says "[[ellie-mai|name]]" only at school, "[[Mai|name]]" to nana... check
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - Wolds and Marsh Council
Name: [[CRAMPTON, Ellie-Mai|name]]   DOB [[08/10/2013|dob]]   NHS [[956 907 7433|nhs]]   UPN [[H925661489836|upn]]
Address: [[4 Thurlby Road|address]], [[Bilsby|place]], [[Alford|place]], [[LN13 9PY|postcode]]   Home tel [[01507 463 925|phone]]
Cared-for person: [[Lisa Crampton|name]] (mother), DOB [[27/03/1981|dob]], relapsing MS since 2019.
School: [[John Spendluffe|school]], tutor Mrs [[Farrow|name]]. Attendance 81%.
Support network: brother [[Jack|name]] ([[Ingoldmells|place]]); friend's mother [[Donna Skelton|name]]; neighbour Mr [[Alan Sharpe|name]]
at [[no. 6|address]] who does the bins. Assessed by [[Becky Scrimshaw|name]] on [[01/12/2026|date]].
[[Ellie-Mai|name]]'s views: "I don't mind helping mum but I want to go to drama at [[Louth|place]] on Thursdays."
Mum [[Lisa|name]]'s views: she wants [[Ellie|name]] to have a life. Aunt [[Beverley Crampton|name]], [[Sutton on Sea|place]], could help.
"""),
    ("pharmacy call note", """[[Alford|place]] pharmacy - call log [[02/12/2026|date]] 16:40
Caller: [[Ellie-Mai|name]] (13) asking for mum's repeat; mum [[Lisa Crampton|name]], DOB [[27/03/1981|dob]], on the line too.
Driver [[Kev|name]] to drop to [[Thurlby Road|address]], [[Bilsby|place]] tomorrow. Pharmacist [[Sunita Varsani|name]] worried a child
is managing controlled drugs; rang GP Dr [[Willoughby|name]] at Marsh Medical Practice. Note: not the village [[Willoughby|place]].
[[Kev|name]] rang back 17:20: the house is [[4 Thurlby Road|address]], [[LN13 9PY|postcode]]; [[Ellie-Mai|name]] answered, said brother
[[Jack|name]] would be there. [[Jack|name]] not there. [[Sunita|name]] emailed [[becky.scrimshaw@woldsmarsh.gov.uk|email]] at 17:45.
Relief pharmacist [[Tom Grantham|name]] on [[04/12|date]]: [[Ellie-Mai|name]] and her friend [[Lola Skelton|name]] came in after school;
[[Lola|name]]'s mum [[Donna|name]] waited in a car, [[FV65 LDX|vehicle]], outside the co-op in [[Alford|place]].
Mrs [[Crampton|name]] rang [[03/12|date]] to say sorry; her neighbour [[Alan Sharpe|name]] will collect from now on.
"""),
]


# --- D. Lawson / Petch family (white British and mixed heritage), Willoughby, Alford -------------------------------------

HOME_D = d.Address("12 Station Road", "Willoughby", "Alford", "LN13 9NA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Lawson")], dt.date(2012, 4, 3), addresses=[HOME_D], ids=["5295095568", "L925108236116"],
       schools=["Queen Elizabeth's Grammar School Alford"]),
    _p("m", "mother", [("Kerry", "Petch")], dt.date(1985, 8, 14), addresses=[HOME_D], phones=["07961 284 573"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW   Young person: [[LAWSON, Tegan|name]]   DOB [[03/04/2012|dob]]   NHS
[[529 509 5568|nhs]]
Address: [[12 Station Road|address]], [[Willoughby|place]] [[LN13 9NA|postcode]]   Mum: [[Kerry Petch|name]] [[07961 284 573|phone]]
Missing Fri [[13 November|date]] 17:00 to Sun [[15 November|date]] 10:00. Found by PC [[Imran Qureshi|name]] in [[Mablethorpe|place]].
Interview by [[Zoe Burkitt|name]] on [[17/11/2026|date]] at [[Alford|place]] library.
[[Tegan|name]] said she stayed with "[[Jaz|name]]" ([[Jasmine Coote|name]], 17) at [[Plot 14, Golden Sands|address]] and that an older man
"[[Deeks|name]]" drove them to [[Skegness|place]] in a silver car. Her dad [[Marlon Lawson|name]] lives in [[Nottingham|place]].
Previous: [[2/10/2026|date]] ([[Sutton on Sea|place]]), [[30 October|date]] ([[Skeg|place]], with [[Jaz|name]]).
Signed [[Z. Burkitt|name]]. Copy: [[Martin Allbones|name]] (exploitation lead).
[[Tegan|name]]'s friends named: [[Ronnie Haw|name]], [[Kayla Bristow|name]] ([[Mablethorpe|place]]) and "[[Lauz|name]]"
([[Laura Sands|name]],
[[Alford|place]]). Mum's partner [[Gary Petch|name]] says [[Deeks|name]] hangs about the [[Willoughby|place]] bus shelter.
Mum's email for updates: [[kerrypetch85@outlook.com|email]]. Nan [[Maureen Petch|name]], [[6 Sea Lane|address]], [[Hogsthorpe|place]]
[[PE24 5PS|postcode]], tel [[01754 872 316|phone]].
"""),
    ("snapchat chat typed up for the strategy meeting", """Snapchat screenshots from [[Tegan|name]]'s phone, shown by her mum [[14/11|date]]

jaz_xo: u coming [[skeg|place]] 2nite
[[tegan|name]]: cant mum is being a psycho
[[jaz|name]]: [[deeks|name]] will pick us up from [[willoughby|place]] church at 7
[[tegan|name]]: ok. is [[ronnie|name]] coming
[[jaz|name]]: yh and [[kayla b|name]] from [[mablethorpe|place]]
[[tegan|name]]: tell [[deeks|name]] no weed in the car this time
[[jaz|name]]: lol. my mum [[sharon|name]] thinks im at [[lauras|name]] in [[alford|place]]
[[tegan|name]]: my mum [[kerry|name]] took my phone last time so use [[ronnies|name]]
[[jaz|name]]: [[deeks|name]] says bring [[kayla|name]] and [[tegs|name]] only
[[tegan|name]]: wot about [[lauz|name]]
[[jaz|name]]: nah shes grassing. [[spencer|name]] said meet at the arcade in [[skeg|place]] by the clock tower
[[tegan|name]]: k ill get the bus from [[alford|place]]. tell [[ronnie|name]] to bring my charger
[[ronnie|name]]: cant my dad [[paul|name]] took it. ask [[kayla|name]]
[[kayla|name]]: i got 1. meet at [[mablethorpe|place]] front at 6 then [[deeks|name]] gets us
"""),
    ("police missing person log", """LINCOLNSHIRE POLICE - MISPER   Ref MP/26/4417
Subject: [[Tegan LAWSON|name]] DOB [[03/04/2012|dob]], reported by mother [[Kerry PETCH|name]] ([[07961 284 573|phone]])
[[13/11/2026|date]] 21:05.
Associates: [[COOTE, Jasmine|name]] DOB [[22/06/2009|dob]]; [[DEEKES, Ryan|name]] ("[[Deeks|name]]") DOB [[11/01/1998|dob]],
NI [[WK 52 83 16 D|ni]], vehicle [[FY17 HTN|vehicle]], last known [[Flat 3, 20 High Street|address]], [[Mablethorpe|place]]
[[LN12 1AD|postcode]].
Found [[15/11|date]] 09:40 at the amusements in [[Mablethorpe|place]] by PC [[Qureshi|name]]. [[Tegan|name]]'s step-dad
[[Gary Petch|name]] collected.
Debrief by PC [[Qureshi|name]]: [[Tegan|name]] says [[Ronnie Haw|name]] (16, [[Sutton on Sea|place]]) and [[Kayla Bristow|name]] were
there; a man called "[[Spencer|name]]" ran the flat. [[Deekes|name]] not found; his mum [[Tracy Deekes|name]] at [[Trusthorpe|place]] says
he is in [[Skegness|place]]. Info to [[Martin Allbones|name]] ([[martin.allbones@woldsmarsh.gov.uk|email]]).
"""),
    ("child protection conference minute", """INITIAL CHILD PROTECTION CONFERENCE - [[Tegan Lawson|name]]   [[01/12/2026|date]]
Chair: [[Helen Marfleet|name]]. Present: [[Kerry Petch|name]] (mum), [[Gary Petch|name]] (step-dad), [[Zoe Burkitt|name]] (SW),
Mr [[Dunderdale|name]] ([[QEGS|school]]), PC [[Imran\nQureshi|name]], school nurse [[Fiona Leggott|name]].
Dad [[Marlon Lawson|name]] joined by phone from [[Nottingham|place]] ([[07889 140 265|phone]]).
Information from school: [[Tegan|name]] (called "[[Teg|name]]" by friends) has missed 23 sessions; friends [[Laura Sands|name]] and
[[Kayla Bristow|name]] also a worry. Mum's view: "[[Jaz|name]] and that [[Deekes|name]] took my girl." Step-dad [[Gary|name]]: agrees.
[[Tegan|name]] has been to [[Skegness|place]], [[Mablethorpe|place]] and [[Chapel St Leonards|place]] with [[Ryan Deekes|name]]. Gran
[[Maureen Petch|name]] in [[Hogsthorpe|place]] offers weekends. Plan: CP, category neglect; next review [[2 March|date]].
Aunt [[Shelley Petch|name]] ([[Hogsthorpe|place]]) is willing too. [[Marlon|name]] asks for [[Tegan|name]] at Christmas in
[[Nottingham|place]].
"""),
]


# --- E. Kowalczyk / Wiśniewska family (Polish), West Ashby, Horncastle ----------------------------------------------------

HOME_E = d.Address("7 Church Lane", "West Ashby", "Horncastle", "LN9 5PU")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oliwer", "Kowalczyk")], dt.date(2017, 6, 19), addresses=[HOME_E], ids=["7852874533", "J925382325752"],
       schools=["St Lawrence School"]),
    _p("m", "mother", [("Agnieszka", "Wiśniewska")], dt.date(1988, 1, 12), addresses=[HOME_E], phones=["07413 592 816"]),
    _p("f", "father", [("Tomasz", "Kowalczyk")], dt.date(1986, 11, 5), addresses=[HOME_E], phones=["07306 725 491"]),
], "c")

DOCS_E = [
    ("OCR'd letter from the paediatrician, with misreadings", """Pilgrim Hospital, Child Development Centre
Our ref CDC/OK/2O93        [[l8 November 2O26|date]]
Dear Dr [[Aldridge|name]], Horncastle Medical Group
Re: [[Oliwer Kowalczyk|name]], DOB [[l9.O6.2Ol7|dob]], [[7 Church Lane|address]], [[West Ashbv|place]]
I saw [[0liwer|name]] with his mother Mrs [[Wisniewska|name]] and father Mr [[Kowa1czyk|name]] on [[l2/ll/2O26|date]]. His autism
diagnosis stands. He attends [[St Lawrence|school]] in [[Hornc astle|place]]. NHS [[785 287 4533|nhs]].
Yours sincerely, Dr [[M. 0sei|name]], Consultant Paediatrician   cc [[Sarah Laming|name]], SW
Plan: review with [[0liwer|name]]'s sister [[Zuzanna|name]] present ([[0liwer|name]] copes better), next clinic at [[L0uth|place]] on
[[2l January|date]]. Mr [[Kowalczyk|name]] asks that letters go to [[aga.wisniewska88@gmaiI.com|email]].
"""),
    ("short breaks application form", """SHORT BREAKS APPLICATION - Wolds and Marsh Council
Child: [[KOWALCZYK, Oliwer|name]]   DOB [[19/06/2017|dob]]   UPN [[J925382325752|upn]]
Parents: [[Agnieszka Wiśniewska|name]] ([[07413 592 816|phone]]) and [[Tomasz Kowalczyk|name]] ([[07306 725 491|phone]])
Address: [[7 Church Lane|address]], [[West Ashby|place]], [[Horncastle|place]] [[LN9 5PU|postcode]]
Email: [[aga.wisniewska88@gmail.com|email]]
Siblings: [[Zuzanna|name]] (14). Babcia [[Halina|name]] visits from [[Gdańsk|place]] each summer.
Who helps now: neighbour [[Steve Wrisdale|name]]; [[Oliwer|name]]'s teacher Mrs [[Kirkham|name]]; friend [[Marta Nowak|name]] in
[[Louth|place]]. Signed [[A. Wiśniewska|name]] [[03/12/2026|date]].
About [[Oliwer|name]] (in his mum's words): "[[Oli|name]] likes trains, the bus to [[Lincoln|place]] and the park at [[Horncastle|place]].
He does not sleep. [[Tomek|name]] and I take turns. [[Zuzia|name]] is tired too. Dziadek [[Jerzy Kowalczyk|name]] in [[Kraków|place]] is
ill."
Social worker: [[Sarah Laming|name]] ([[sarah.laming@woldsmarsh.gov.uk|email]]), seen at home [[26/11/2026|date]].
"""),
    ("mother's complaint email", """From: [[Agnieszka Wisniewska|name]] <[[aga.wisniewska88@gmail.com|email]]>
To: complaints@woldsmarsh.gov.uk
Date: [[04/12/2026|date]]
Subject: complaint about transport for my son [[Oliwer|name]]

Dear Sir / Madam, for the third time the taxi did not come to [[West Ashby|place]] on [[2 December|date]]. The driver [[Wayne|name]]
says the route is [[Horncastle|place]] - [[Hemingby|place]] only. My husband [[Tomasz|name]] works nights in [[Boston|place]] and I
work at the factory in [[Spilsby|place]]. [[Oliwer|name]] was screaming for two hours. Your officer [[Sarah Laming|name]] does not
answer. My mother [[Halina Wiśniewska|name]] says in Poland this would not happen.
Please ring me on [[07413 592 816|phone]] or my husband on [[07306 725 491|phone]]. Our friend [[Marta Nowak|name]] from [[Louth|place]] can
translate if needed.
[[Agnieszka|name]]
PS. The other mums at the bus stop in [[Horncastle|place]], [[Kasia Zielińska|name]] and [[Lucy Sharman|name]], have the same problem
with their boys. Mr [[Sharman|name]] has written to Cllr [[Bett|name]] too.
"""),
    ("family support worker's notes", """FSW notes - [[Kowalczyk|name]] - [[07/12/2026|date]]
Visited with [[Sarah Laming|name]]. [[Aga|name]] and [[Tomek|name]] both home. [[Zuzia|name]] ([[Zuzanna|name]]) translating though
parents speak good English. [[Oliwer|name]] lining up cars; the dog Bursztyn barking. Dziadek [[Jerzy|name]] died in [[Kraków|place]]
last month. [[Tomek|name]] drinking more? [[Aga|name]] denies. Neighbour Mrs [[Wrisdale|name]] - [[Carol Wrisdale|name]] - helps on Sundays.
Next: short breaks panel [[16 December|date]].
[[Aga|name]] rang [[09/12|date]]: Babcia [[Halina|name]] arrives at the airport on the [[20th|date]]; [[Tomek|name]] will collect.
[[Zuzanna|name]] says her friend [[Amelia Tong|name]] in [[Horncastle|place]] is her only friend. [[Zuzia|name]]'s tutor at
[[Banovallum|school]], Mr [[Pridgeon|name]], says she is often late. Mrs [[Kirkham|name]]
([[St Lawrence|school]])
to send [[Oliwer|name]]'s visual timetable. [[Tomasz|name]]'s car [[FD16 RVL|vehicle]] failed its MOT; taxi matters.
"""),
]


# --- F. Hurst / Coupland family (white British), Martin, Woodhall Spa ----------------------------------------------------

HOME_F = d.Address("2 High Street", "Martin", "Woodhall Spa", "LN10 6WH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riley", "Hurst")], dt.date(2015, 9, 25), addresses=[HOME_F], ids=["3110951517", "W925810511617"],
       schools=["St Andrew's Church of England Primary School"]),
    _p("f", "father", [("Lee", "Hurst")], dt.date(1982, 2, 14), addresses=[HOME_F], phones=["07542 816 903"]),
], "c")

DOCS_F = [
    ("police domestic incident log", """LINCOLNSHIRE POLICE - DOMESTIC INCIDENT   Ref 11261122519
Date/time: Sun [[22/11/2026|date]] 00:15   Location: [[2 High Street|address]], [[Martin|place]], [[Woodhall Spa|place]]
Victim: [[COUPLAND, Stacey|name]] DOB [[30/05/1987|dob]] tel [[07468 327 150|phone]]
Suspect: [[HURST, Lee|name]] DOB [[14/02/1982|dob]] tel [[07542 816 903|phone]] NI [[JP 19 44 70 C|ni]]
Child present: [[Riley Hurst|name]] aged 11. Attending PC [[Owen Stennett|name]] and PC [[Becca\nLingard|name]].
[[Stacey|name]] says [[Lee|name]] came back from the pub in [[Woodhall|place]] drunk and threw a plate. Neighbour Mr [[Martin Dales|name]]
(not the village) called 999. [[Lee|name]] taken to his mother [[Glenys Hurst|name]], [[8 Jubilee Close|address]], [[Coningsby|place]].
[[Riley|name]] said "dad was shouting at mum about [[Martin|name]]'s party". [[Stacey|name]] went to her friend [[Dawn Shipley|name]] in
[[Tattershall|place]]. Previous: [[14/07/2026|date]] ([[Woodhall Spa|place]], verbal), [[3 September|date]] (PC [[Stennett|name]]).
"""),
    ("boy's worksheet from school", """My family tree - [[Riley H|name]] 6B   [[24/11|date]]
me - [[riley|name]]. dad - [[lee|name]]. mum - [[stacey|name]] but she lives at [[tattershall|place]] now with nan [[glenys|name]]...
no nan [[glenys|name]] is dads mum in [[coningsby|place]]. mums mum is nanna [[sue|name]] in [[kirkby on bain|place]].
my dog is Bramble. my best friend is [[harry|name]] from [[woodhall|place]]. dad calls me [[ri|name]].
Mrs [[Gilliatt|name]] wrote: [[Riley|name]] chose not to draw his dad.
things i like: fishing with grandad [[mick|name]] at [[kirkstead|place]] bridge, football at [[horncastle|place]] on saturdays with coach
[[daz|name]], and going to [[skeggy|place]] in the summer. things i dont like: when dad and [[stacey|name]] shout. and when uncle
[[gaz|name]] comes round. [[harrys|name]] mum
[[jo|name]] says i can stay at theirs on the [[5th|date]].
"""),
    ("GP letter to the social worker", """Woodhall Spa Surgery, [[3 December 2026|date]]
Dear Ms [[Joanne Hebb|name]], Children's Services
Re: [[Lee Hurst|name]], DOB [[14.02.1982|dob]], [[2 High Street|address]], [[Martin|place]], [[LN10 6WH|postcode]]
Mr [[Hurst|name]] attended on [[1/12|date]] asking for help with alcohol. Referred to the drug and alcohol service in [[Lincoln|place]].
He says his partner [[Stacey|name]] has left for [[Tattershall|place]] and his mother [[Glenys|name]] has [[Riley|name]] at weekends.
His son [[Riley|name]] (NHS [[311 095 1517|nhs]]) is registered here. Yours, Dr [[Anneka Pask|name]]
PS: Mr [[Hurst|name]] gave a new mobile, [[07542 816 903|phone]], and his mother [[Glenys Hurst|name]]'s landline [[01526 342 918|phone]]
in [[Coningsby|place]]. He asked that [[Stacey Coupland|name]] is not given his appointments.
"""),
    ("core group minute", """CORE GROUP - [[Riley Hurst|name]] - [[08/12/2026|date]] at [[St Andrew's|school]], [[Woodhall Spa|place]]
Present: [[Joanne Hebb|name]] (SW), [[Lee Hurst|name]] (dad), [[Stacey Coupland|name]] (mum), Mrs [[Gilliatt|name]] (teacher),
[[Glenys Hurst|name]] (nan), [[Sue Coupland|name]] (nan, [[Kirkby on Bain|place]]).
[[Lee|name]] has been to two sessions. [[Stacey|name]] lives with her friend [[Dawn Shipley|name]] at [[11 Sleaford Road|address]],
[[Tattershall|place]] [[LN4 4LR|postcode]]. [[Riley|name]] splits his week. Next core group on the [[12th|date]] of next month.
Email for the family: [[staceyc87@hotmail.co.uk|email]]. Upper-case note on file: [[RILEY|name]] NOT TO BE COLLECTED BY [[LEE HURST|name]]
IF
DRINKING.
Actions: [[Joanne Hebb|name]] to visit [[Glenys|name]] in [[Coningsby|place]] before the [[18th|date]]; [[Lee|name]] to keep going to
the service in [[Lincoln|place]] (worker [[Phil Ostler|name]]); [[Sue Coupland|name]] to take [[Riley|name]] to football in
[[Horncastle|place]].
[[Riley|name]]'s friend [[Harry Mawer|name]]'s mum [[Jo Mawer|name]] will have him after school on Tuesdays.
[[Stacey|name]]'s phone [[07468 327 150|phone]]; [[Lee|name]]'s car [[FE14 NWC|vehicle]] is off the road. Grandad [[Mick Coupland|name]]
([[Kirkby on Bain|place]]) will drive [[Riley|name]] to [[Martin|place]] on Fridays. Minutes by [[Carly Dexter|name]], [[09/12/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 258 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanna", "nana", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle",
           "aunt", "cllr", "dada", "tata", "baba", "guku", "babcia", "dziadek"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "lincolnshire", "kenya", "poland", "the wolds", "the marsh", "kisii county"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Tata", "Guku", "Babcia") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
