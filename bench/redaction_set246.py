"""Set 246: a held-out hand-written set for the redaction detector, six invented families in Sturminster Newton, Marnhull and
Stalbridge (the Blackmore Vale, north Dorset), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set247.py
to bench/redaction_set249.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set213.py
(its docstring, its first two documents and its end: records, _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet),
tests/test_redaction_set213.py and tests/hand_set_checks.py in full, and the signature of Records.party in
bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to bench/redaction_set245.py were searched by
script for the towns and for candidate African communities, printing only set numbers: "Stalbridge" shows in set 191's and
"Blackmore" in sets 183 and 192's docstrings (not read further), "Sturminster" and "Marnhull" in none; "Sango", "Central African"
and "Bangui" in none. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs (LA 835, Dorset) made
with python-stdnum in small snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families: a young white British mother on Rixon, Sturminster Newton (Dennett / Coombs; neglect, a baby's missed checks, a
partner who uses cannabis); a Central African family, Sango and French speakers from Bangui, in Stalbridge (Ngaïkoumon /
Yakité; domestic abuse, a mother's message in Sango translated, a grandmother in Bambari); a young carer of 12 in Walton Elm,
Marnhull (Hallett; a mother with MS); a white British girl of 15 in Stalbridge missing to Yeovil (Rendell / Trowbridge;
child sexual and criminal exploitation); a white British and Black Caribbean boy of 13 in Sturminster Newton (Sealy / Frampton;
a county line, a grandad in Shaftesbury); and a mother in Marnhull misusing alcohol (Gulliver / Snook; a boy of 8, a nan in
Hinton St Mary). The community new to this set: Central African (Central African Republic, Sango speakers), with Sango kin
words (Mama, Baba, Yaya, Ita, Ata), names, home towns (Bangui and its Boy-Rabe district, Bambari, Berbérati, Bossangoa) and
phones (+236). 24 documents, each with its own style label: a primary school safeguarding log, a mother's WhatsApp messages
typed up, a health visitor's home visit note, child protection conference minutes, a police domestic abuse log, a mother's
message in Sango and French translated, a child's own words with a learning mentor, a strategy discussion minute, a young
carer's own writing, a social worker's phone notes, a young carers' assessment, a GP's email, a return home interview, a
Snapchat extract typed up, contextual safeguarding panel minutes, a mother's phone call note, a secondary school pastoral log, a
grandad's letter, child in need minutes, a mother's complaint email, an OCR'd paediatrician's letter (with misreadings: l for 1,
O for 0, 0 for O, I for l, 1 for l), texts between a mother and her friend, family support notes and a boy's own words.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Central African Republic +236); NHS numbers and UPNs pass their check digits
(the OCR'd letter's NHS number is written without misreadings so that it keeps its check). Towns, villages, districts and
streets are real and marked as places or addresses; the council, police, hospitals, surgeries and charities are unmarked
organisations.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES the brief sets for every new set: a pet's name
("Tyson", "Biscuit") is NOT marked; a month with its year ("October 2026"), a season or a feast with its year, and a year alone
("in 1966", "in 2023") are NOT marked as dates; a named day of the year without a date is not marked; a day with its month ("14
November", "3/12", "the 14th") and dates of birth are marked. As in set 213: titles and kinship words stay outside a name (Mr,
Mrs, Miss, Dr, PC, DS, PCSO, Nan, Nanny, Grandad, Auntie, Mama, Baba, Yaya, Ita); "SURNAME, First" is one span; initials alone
("AF", "JM", "N.") and usernames ("jayy_p", "skyeee") are not marked; organisations holding a town's name stay unmarked;
countries and regions ("Dorset", "Barbados", "Central African Republic") are not places; an OCR misreading keeps its kind.

Choices this set had to make: chat speaker labels are names ("gem:", "shell:"); a teacher called Mr Gillingham is a name though
Gillingham is a town elsewhere in the set; "The Exchange" (a venue) and "the Ring" car park, "the Verne" (a prison) and "the
crown" (a pub) are not marked; the A357 is not marked; Portland is marked as a place; "Stalbridge Weston", "Walton Elm",
"Rixon" and "Boy-Rabe" are marked as places (districts); a school named by its short name ("St Gregory's", "st gregs",
"William Barnes") is a school; "Yaya", "Ita" and "Ata" (Sango: elder sister, sibling, grandparent) are kinship words, and "ata"
left alone in the child's words is not marked; a nickname ("Shauny", "Rodo", "Priscou", "Dizzy") is a name.

Self-check without the detector: `python -m bench.redaction_set246` (and tests/test_redaction_set246.py) runs set 15's checker
on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per kind:
24 documents, 912 gold spans, 509 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dennett / Coombs family (white British), Rixon, Sturminster Newton -------------------------------------------------

HOME_A = d.Address("14 Glue Hill", "Rixon", "Sturminster Newton", "DT10 1EZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Coombs")], dt.date(2019, 6, 21), addresses=[HOME_A], ids=["4323553552", "Q835266314504"],
       schools=["William Barnes Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Dennett")], dt.date(2025, 9, 4), addresses=[HOME_A], ids=["6773887534"]),
    _p("m", "mother", [("Kayleigh", "Dennett")], dt.date(2000, 2, 17), addresses=[HOME_A], phones=["07723 518 064"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """WILLIAM BARNES PRIMARY - SAFEGUARDING LOG (CPOMS export)
Child: [[COOMBS, Tyler|name]]   DOB [[21/06/2019|dob]]   UPN [[Q835266314504|upn]]   NHS [[432 355 3552|nhs]]
Mum: [[Kayleigh Dennett|name]] ([[07723 518 064|phone]]), [[14 Glue Hill|address]], [[Rixon|place]], [[Sturminster Newton|place]]
[[DT10 1EZ|postcode]]

[[08/09/2026|date]]  [[Tyler|name]] late, no coat in the rain. Miss [[Hiscock|name]] (class teacher) found him a spare one.
[[15/09/2026|date]]  [[Tyler|name]] said mummy's friend [[Shaun|name]] "shouted at the baby". Logged by TA [[Becky Frampton|name]].
[[22.9.26|date]]  Head lice again. [[Kayleigh|name]] said her sister [[Leanne Dennett|name]] in [[Shillingstone|place]] would sort it.
[[1 Oct|date]]  HV [[Joanne Pitman|name]] rang: [[Ruby-Mae|name]] missed her 6-8 week review and her jabs. Home "very cluttered".
[[8th October 2026|date]]  Referral to the MASH by DSL [[Hannah\nSeymour|name]]. SW [[Marcus Elford|name]] allocated on [[13/10|date]].
[[20/10/2026|date]]  Collected by [[Shaun Mullins|name]] (mum's partner), smelt of cannabis. Car [[WP21 KHD|vehicle]].
[[3/11/26|date]]  [[Tyler|name]] told Mr [[Gillingham|name]] he slept at "Nanny [[Sue|name]]'s in [[Hinton St Mary|place]]". Nan is
[[Susan Coombs|name]], [[2 Manor Cottages|address]], [[Hinton St Mary|place]], [[DT10 1NA|postcode]].
[[17/11/2026|date]]  [[Tyler|name]] and his friend [[Archie Lush|name]] fought at lunch; [[Tyler|name]] bit [[Archie|name]]'s arm.
[[30/11/2026|date]]  Core group at the [[Sturminster Newton|place]] Exchange. [[Kayleigh|name]] came with [[Leanne|name]].
[[2/12/2026|date]]  No answer at [[Glue Hill|address]]; neighbour Mrs [[Pam Hatcher|name]] at [[no. 16|address]] said mum had gone to
[[Blandford|place]] with "[[Shauny|name]]".
[[4.12.26|date]]  [[Tyler|name]] said he was "starvin" and ate two lunches. Dog Tyson "bit [[Ruby|name]]'s hand" (mum denies).
[[7/12/2026|date]]  [[Tyler|name]] told Miss [[Hiscock|name]] that [[Shaun|name]] and his brother [[Kieran Mullins|name]] "had a fight at
nanny's". Mum later said it was at [[Kieran|name]]'s flat on [[Penny Street|address]], [[Sturminster Newton|place]].
[[8/12/2026|date]]  [[Leanne|name]] collected; says she is now on [[07917 264 380|phone]]. [[Tyler|name]] happy, talked about
[[Archie|name]].
[[9/12/2026|date]]  Nan [[Susan Coombs|name]] came in: [[Tyler|name]] and [[Ruby|name]] stayed at hers in [[Hinton St
Mary|place]] all weekend. [[Kayleigh|name]]
was at her friend [[Chelsea Budden|name]]'s in [[Shillingstone|place]]. Told SW [[Marcus|name]].
[[10/12/2026|date]]  Mum moved [[Tyler|name]]'s bedroom; says they may move to [[Gillingham|place]] or [[Shaftesbury|place]] in the new
year.
"""),
    ("mother's WhatsApp messages typed up by the social worker", """WhatsApp from [[Kayleigh Dennett|name]] to SW [[Marcus Elford|name]],
copied [[26/11/26|date]]

[[21/11|date]] 21:14  hiya its [[kay|name]] [[tylers|name]] mum. i no the school rang u again
[[21/11|date]] 21:15  [[shaun|name]] dont live here hes at his mums in [[marnhull|place]]
[[21/11|date]] 21:20  ask [[leanne|name]] if u dont believe me shes on [[07917 264 380|phone]]
[[22/11|date]] 09:02  [[ruby|name]] had her jabs at the medical centre fri. nurse [[jo|name]] did them
[[22/11|date]] 09:04  im not going to the meeting at the exchange if [[becky|name]] from school is there she chats about me in
[[sturminster|place]]
[[23/11|date]] 18:40  [[tyler|name]] was at my mums in [[hinton|place]] last night not out on the street
[[24/11|date]] 07:55  my car is off the road [[shauns|name]] got the astra. can u pick me up at [[rixon|place]] by the co op
[[24/11|date]] 07:58  also my mate [[chelsea|name]] says [[archies|name]] mum [[donna lush|name]] is telling everyone [[tyler|name]] bit him
[[25/11|date]] 13:12  sorry for swearing yesterday. nanny [[sue|name]] says im to say sorry
[[25/11|date]] 13:20  and [[marcus|name]] can u tell [[hannah|name]] at school [[ty|name]] has got nits again not my fault
[[25/11|date]] 13:22  [[kieran|name]] says hi lol. hes [[shauns|name]] brother he lives in [[sturminster newton|place]] on
[[penny st|address]]
[[26/11|date]] 08:10  [[chelsea|name]] can have [[ty|name]] after school thurs. shes in [[shillingstone|place]] near [[leanne|name]]
[[26/11|date]] 08:12  and tell [[joanne|name]] the hv [[ruby|name]] is fine
[[27/11|date]] 19:01  were at the rec in [[rixon|place]] then going to [[marnhull|place]] for chips
"""),
    ("health visitor's home visit note", """Health Visiting - home visit, [[Ruby-Mae Dennett|name]] (DOB [[04/09/2025|dob]], NHS
[[677 388 7534|nhs]])
Date: [[27 November 2026|date]]. HV: [[Joanne Pitman|name]]. Present: mum [[Kayleigh|name]], maternal aunt [[Leanne|name]], [[Tyler|name]]
(after school).

Address [[14 Glue Hill|address]], [[Sturminster Newton|place]]. Front room cluttered, nappies in a bag by the door, the dog's
bowl on the kitchen floor. [[Ruby-Mae|name]] weighed 7.9 kg (on the 25th centile). [[Kayleigh|name]] says [[Shaun|name]] comes "now and
then" and that her own mum [[Karen Dennett|name]] of [[Okeford Fitzpaine|place]] "won't help". Dad of [[Ruby|name]] is
[[Shaun Mullins|name]]
(DOB [[11/05/1996|dob]]); dad of [[Tyler|name]] is [[Ryan Coombs|name]], now in [[Yeovil|place]], no contact since 2023.
Immunisations caught up on [[20/11/2026|date]] by practice nurse [[Jo Lambert|name]]. Next visit [[11 December|date]].
[[Tyler|name]] showed me his reading book and talked about his friend [[Archie|name]] and his teacher Miss [[Hiscock|name]].
Neighbour Mrs [[Hatcher|name]] knocked during the visit to return a pram. [[Kayleigh|name]] asked if [[Leanne|name]] could come to
the [[Sturminster Newton|place]] baby group with her on Thursday [[3 December|date]]. Discussed safe sleep; cot seen.
Maternal grandmother [[Karen Dennett|name]] rang during the visit; [[Kayleigh|name]] did not want to speak to her. Plan agreed with
[[Marcus Elford|name]] (SW) by phone.
Plan: next visit [[11/12/2026|date]]; weigh at the [[Sturminster Newton|place]] clinic on [[18/12|date]].
"""),
    ("child protection conference minutes extract", """INITIAL CHILD PROTECTION CONFERENCE - [[COOMBS, Tyler|name]] and
[[DENNETT, Ruby-Mae|name]]
Held [[3 December 2026|date]] at Dorset Council offices, [[Sturminster Newton|place]]. Chair: [[Gail Witcombe|name]].
Present: [[Kayleigh Dennett|name]] (mother), [[Leanne Dennett|name]] (aunt), [[Marcus Elford|name]] (SW), [[Hannah Seymour|name]] (DSL),
[[Joanne Pitman|name]] (HV), PC [[Liam Stickland|name]] (Dorset Police). Apologies: [[Susan Coombs|name]] (nan).
Mr [[Mullins|name]] was invited and did not attend; police said [[Shaun|name]] was stopped in [[WP21 KHD|vehicle]] on the A357 at
[[Fiddleford|place]] on [[28/11|date]] with cannabis. [[Ryan Coombs|name]] was not invited (address unknown, last known in
[[Yeovil|place]]).
Plan: both children subject to a plan under neglect. [[Leanne|name]] to have [[Tyler|name]] on Tuesdays at [[Shillingstone|place]].
Review: [[25 February 2027|date]].
Contingency: if the plan breaks down [[Tyler|name]] and [[Ruby-Mae|name]] to stay with Nanny [[Sue|name]] ([[Susan Coombs|name]]) at
[[Hinton St Mary|place]]. Mrs [[Coombs|name]] is on [[01258 473 661|phone]]. Core group: [[Gail Witcombe|name]] to send the plan to
[[kayleigh.dennett00@gmail.com|email]] and to Mr [[Mullins|name]]. Dissent: [[Kayleigh|name]] disagrees that [[Shaun|name]] lives at
[[Glue Hill|address]].
Minute taker: [[Debbie Loder|name]]. Also sent to [[Tyler|name]]'s school ([[William Barnes|school]]) and to Dr [[Anil Mehta|name]] (GP).
Distribution: [[14 Glue Hill|address]], [[DT10 1EZ|postcode]]; [[2 Manor Cottages|address]], [[DT10 1NA|postcode]].
"""),
]


# --- B. Ngaïkoumon / Yakité family (Central African, Sango speakers from Bangui), Stalbridge --------------------------------

HOME_B = d.Address("6 Gold Street", "Stalbridge", "Sturminster Newton", "DT10 2LX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Prisca", "Ngaïkoumon")], dt.date(2016, 10, 2), addresses=[HOME_B], ids=["6082053044", "A835333312174"],
       schools=["Stalbridge Primary School"]),
    _p("s", "sibling", [("Gervais", "Ngaïkoumon")], dt.date(2012, 1, 30), addresses=[HOME_B], ids=["7868748869"]),
    _p("m", "mother", [("Hortense", "Yakité")], dt.date(1988, 7, 9), addresses=[HOME_B], phones=["07962 374 118"]),
    _p("f", "father", [("Rodrigue", "Ngaïkoumon")], dt.date(1983, 3, 12), addresses=[HOME_B], phones=["07590 663 241"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """DORSET POLICE - DA STORM LOG (extract)
[[16/10/2026|date]] 22:41 Call from [[07962 374 118|phone]], female caller, [[6 Gold Street|address]], [[Stalbridge|place]],
[[DT10 2LX|postcode]].
Caller [[Hortense YAKITE|name]] (DOB [[09/07/1988|dob]]) states husband [[Rodrigue NGAIKOUMON|name]] (DOB [[12/03/1983|dob]]) pushed her
into a door. Children [[Gervais|name]] (14) and [[Prisca|name]] (10) present. Caller speaks Sango and French; son [[Gervais|name]]
translated at first (not appropriate). PC [[Dean Hallett|name]] and PC [[Amy Rowsell|name]] attended from [[Gillingham|place]].
Suspect left before police arrived in a grey Zafira [[HW19 ZTE|vehicle]]; located at [[Henstridge|place]] at 23:50 and arrested.
Neighbour Mr [[Colin Tapper|name]] ([[no. 8|address]]) heard shouting "in French". Victim's friend [[Grâce Doko|name]] of
[[Shaftesbury|place]] collected the children. DASH: medium. Interpreter (Sango) booked via Language Line for [[17/10|date]].
[[17/10/2026|date]] 09:10 Suspect [[NGAIKOUMON, Rodrigue|name]] interviewed at [[Weymouth|place]] custody with interpreter. Denies; says
his wife "fell". His friend [[Aimé Feïzouré|name]] of [[Stalbridge|place]] gives an alibi. Bailed to his cousin in [[Yeovil|place]].
[[18/10/2026|date]] 14:00 Victim's statement taken by PC [[Amy Rowsell|name]] with the Sango interpreter [[Félix Zama|name]].
[[Hortense|name]]
says [[Rodrigue|name]] took her passport. Neighbour [[Colin Tapper|name]]'s wife [[Brenda|name]] also heard a bang.
[[19/10/2026|date]] 16:30 Report of the suspect seen in [[Stalbridge|place]] High Street ([[Gold St|address]] end). Not found.
"""),
    ("mother's WhatsApp message in Sango and French, translated", """Message from [[Hortense|name]] to her sister in [[Bangui|place]],
shown to SW [[Nadia Fortune|name]] on [[20/10/2026|date]], with the interpreter's translation.

Original: "Yaya [[Clarisse|name]], mbi yeke na [[Stalbridge|place]] na âmolenge. [[Rodrigue|name]] apika mbi. Mama [[Odette|name]]
ayeke na [[Bambari|place]]? Ita ti mbi [[Brice|name]] ayeke na [[Berbérati|place]]. Appelle-moi au [[+236 72 41 58 03|phone]]."
Translation: "Big sister [[Clarisse|name]], I am in [[Stalbridge|place]] with the children. [[Rodrigue|name]] hit me. Is Mama
[[Odette|name]] in [[Bambari|place]]? My brother [[Brice|name]] is in [[Berbérati|place]]. Call me on [[+236 72 41 58 03|phone]]."
Interpreter's note: "Yaya" (big sister) and "Ita" (sibling) are kin words; [[Clarisse Yakité|name]] lives in [[Boy-Rabe|place]],
[[Bangui|place]]; her second number is [[+236 75 09 36 84|phone]]. [[Hortense|name]] calls her mother "Mama".
Second message, [[19/10/2026|date]]: "Mama, [[Gervais|name]] na [[Prisca|name]] ayeke nzoni. Mbi yeke na [[Grâce|name]]."
Translation: "Mama, [[Gervais|name]] and [[Prisca|name]] are well. I am with [[Grâce|name]]." The interpreter, [[Félix Zama|name]],
says [[Grâce Doko|name]] is from [[Bossangoa|place]] and came to [[Shaftesbury|place]] in 2019.
Interpreter's note 2: [[Hortense|name]] calls her brother "ita [[Brice|name]]" and her husband "[[Rodo|name]]".
([[Stalbridge|place]], [[Bangui|place]], [[Bambari|place]] and [[Berbérati|place]] left as written.)
"""),
    ("child's own words written with the school learning mentor", """My worries - [[Prisca|name]] N. (Year 6),
[[Stalbridge Primary|school]], with Mrs [[Ketteridge|name]] [[4/11/26|date]]

my name is [[prisca|name]]. I am 10. I was born in [[Bangui|place]] and we came to [[stalbridge|place]] when I was 7.
I like school and my best friend is [[Isla|name]] who lives on [[Ring Street|address]]. Baba shouted and mama cried and
[[Gervais|name]] put me in my room. I want baba to say sorry. ata (grandma) lives in [[Bambari|place]] and I talk
to her on the phone on sunday. aunty [[grace|name]] took us to her house in [[shaftesbury|place]] with her son [[Kevin|name]].
I am not scared of baba but I am scared of the shouting.
my brother [[gervais|name]] plays football for [[stalbridge|place]] on saturday with [[Kevin|name]]. Mrs [[Ketteridge|name]] helped me
write this. I want to go to [[bangui|place]] to see ata when I am big.
mama calls me "[[Pri|name]]" and [[gervais|name]] calls me "[[Priscou|name]]". [[Isla|name]]'s mum Mrs [[Pike|name]] is nice.
we went to [[sturminster|place]] on the bus on the [[2nd|date]] to the library.
"""),
    ("strategy discussion minute", """STRATEGY DISCUSSION - [[NGAÏKOUMON, Prisca|name]] and [[NGAÏKOUMON, Gervais|name]] -
[[21/10/2026|date]]
Chair: [[Sian Woolley|name]] (Team Manager, MASH). Police: DS [[Kerry Bugler|name]]. Health: school nurse [[Tom Read|name]].
Education: [[Nicola Ketteridge|name]] (learning mentor, [[Stalbridge Primary|school]]) and [[Phil Cattle|name]] (head of year,
[[Sturminster Newton High School|school]], for [[Gervais|name]], UPN [[A835333312174|upn]], NHS [[786 874 8869|nhs]]).
[[Prisca|name]]'s NHS number [[608 205 3044|nhs]]. Mr [[Ngaïkoumon|name]] bailed to [[Flat 3, 22 Church Walk|address]],
[[Yeovil|place]] [[BA20 1HB|postcode]] (his cousin [[Serge Mbaïkoua|name]]'s flat), not to contact Ms [[Yakité|name]].
Ms [[Yakité|name]]'s UK mobile [[07962 374 118|phone]]; Mr [[Ngaïkoumon|name]]'s [[07590 663 241|phone]]. Outcome: s47 enquiry.
[[Gervais|name]] is not to interpret again. Section 47 visit with a Sango interpreter, Mr [[Félix Zama|name]], on [[23/10|date]].
Information from the Home Office: the family came on a family reunion visa in 2023; Mr [[Ngaïkoumon|name]] first lived in
[[Bournemouth|place]] with [[Aimé Feïzouré|name]]. Ms [[Yakité|name]]'s mother, [[Odette Yakité|name]], lives in [[Bambari|place]]; her
sister
[[Clarisse|name]] in [[Bangui|place]] on [[+236 72 41 58 03|phone]]. Mr [[Ngaïkoumon|name]]'s NI number [[PK 48 19 62 C|ni]].
Minutes: [[Debbie Loder|name]]. Copy to [[Hortense Yakité|name]] (translated) and to [[Gervais|name]]'s tutor Mr [[Cattle|name]].
Next review [[18 November 2026|date]] at [[Gillingham|place]] police station.
"""),
]


# --- C. Hallett family (white British), young carer, Marnhull ------------------------------------------------------------

HOME_C = d.Address("3 Sodom Lane", "Walton Elm", "Marnhull", "DT10 1NH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Evie", "Hallett")], dt.date(2014, 4, 18), addresses=[HOME_C], ids=["5914382173", "H835368120196"],
       schools=["Sturminster Newton High School"]),
    _p("m", "mother", [("Nicola", "Hallett")], dt.date(1979, 12, 3), addresses=[HOME_C], phones=["01258 820 376"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """A day in my life by [[Evie Hallett|name]], age 12

I get up at 6 and help mum out of bed because her MS is bad in the mornings. I do her tablets and make toast. My
brother [[Jake|name]] is 19 and works at the creamery so he goes at 5. Then I get the bus from [[Marnhull|place]] to
[[Sturminster|place]] with my friend [[Lola Dike|name]] who lives on [[Burton Street|address]]. At school Mr [[Phil Cattle|name]] lets me
phone mum at break. After school I go to the Co-op in [[Marnhull|place]] and get tea. On Saturday nan [[Jean|name]] comes from
[[Todber|place]] and I go to youth club at The Exchange with [[Lola|name]] and [[Ellie-May|name]]. My dad [[Craig|name]] lives
in [[Gillingham|place]] with [[Stacey|name]] and their baby [[Oakley|name]]. I see him on the 2nd and 4th weekend.
Sometimes I cry in the toilets and [[Lola|name]] comes and gets me. Miss [[Spurrier|name]] said I can go to the library
at lunch. [[Jake|name]]'s girlfriend [[Demi|name]] from [[Shillingstone|place]] helps with mum's hair on Sundays.
My cousin [[Freya|name]] from [[Todber|place]] says I am a hero. I don't feel like one. by [[Evie|name]].
On [[16 November|date]] we went to [[Shaftesbury|place]] on the bus with the group.
"""),
    ("social worker's phone notes", """Phone notes - SW [[Asha Millen|name]] re [[Evie Hallett|name]] (DOB [[18/04/2014|dob]])

[[12/10/2026|date]] 10:05  Rang mum [[Nicola|name]] on the landline [[01258 820 376|phone]]. She sounded tired. [[Jake|name]] "does
what he can". She asked for a carer's assessment. GP is Dr [[Annabel Frost|name]] at the Marnhull Surgery.
[[12/10/2026|date]] 10:40  Rang [[Craig Hallett|name]] (dad) on [[07488 912 507|phone]]. Lives [[27 Barnaby Mead|address]],
[[Gillingham|place]] [[SP8 4BU|postcode]]. Partner [[Stacey Purchase|name]]. Says [[Evie|name]] can stay more but "[[Nic|name]] won't let
her".
[[14/10/2026|date]] 14:20  Nan [[Jean Shepherd|name]] rang from [[Todber|place]] ([[01258 472 915|phone]]): worried [[Evie|name]] is
"doing everything". [[Jean|name]] is 81 and does not drive. Her neighbour [[Ron Kerley|name]] brings her over on Saturdays.
[[19/10|date]] 16:00  Rang school: Mr [[Cattle|name]] said [[Evie|name]] was late 9 times this half term and fell asleep in
maths. Friend [[Lola|name]]'s mum [[Tanya Dike|name]] gives [[Evie|name]] lifts from [[Burton St|address]].
[[26/10|date]] 11:30  [[Jake Hallett|name]] rang back from work. [[Jake|name]] says he can do mornings if his boss
Mr [[Ridout|name]] at [[Bagber|place]] agrees.
[[28/10|date]] 09:00  Visit to [[Walton Elm|place]]: [[Nicola|name]], [[Evie|name]] and nan [[Jean|name]] seen. [[Ron Kerley|name]] waited
in the car.
[[2/11|date]] 15:00  Met [[Evie|name]] at school in [[Sturminster|place]]; then home to [[Marnhull|place]].
"""),
    ("young carers' assessment", """YOUNG CARER'S NEEDS ASSESSMENT - Dorset Young Carers
Name: [[HALLETT, Evie|name]]   DOB: [[18.04.2014|dob]]   NHS: [[591 438 2173|nhs]]   UPN: [[H835368120196|upn]]
Address: [[3 Sodom Lane|address]], [[Walton Elm|place]], [[Marnhull|place]], [[DT10 1NH|postcode]]
School: [[Sturminster Newton High School|school]] (Year 8, tutor Miss [[Raquel Spurrier|name]])
Cared for: mother [[Nicola Hallett|name]] (DOB [[03/12/1979|dob]]), relapsing MS, NI [[JR 63 41 28 B|ni]].
Others at home: brother [[Jake Hallett|name]] (19), who works at the dairy at [[Bagber|place]].
Caring tasks: medication, meals, lifting, washing, shopping. Hours a week: about 25.
[[Evie|name]] says: "I'd like one night off to go to [[Lola|name]]'s and do nothing."
Plan: respite break with the young carers' group at [[Kings Stag|place]] on [[14 November|date]]; referral to adult
social care for [[Nicola|name]]; carer's emergency card with nan [[Jean Shepherd|name]] and dad [[Craig|name]] as contacts.
Assessor: [[Asha Millen|name]], [[asha.millen@dorsetcouncil.gov.uk|email]]. Date [[2 November 2026|date]].
Other support: [[Evie|name]]'s friend [[Lola Dike|name]] and [[Lola|name]]'s mum [[Tanya|name]] ([[Burton Street|address]],
[[Marnhull|place]]);
dad [[Craig Hallett|name]] ([[Gillingham|place]]); the young carers' worker [[Bethany Cluett|name]] who runs the group at
[[Sturminster Newton|place]] on Wednesdays.
Reviewed by [[Sian Woolley|name]] (Team Manager) on [[5 November 2026|date]].
Next review: [[1 March 2027|date]]. Address checked: [[3 Sodom Ln|address]], [[Marnhull|place]].
"""),
    ("GP's email to the social worker", """From: Dr [[Annabel Frost|name]] <[[annabel.frost@nhs.net|email]]>
To: [[Asha Millen|name]]
Sent: [[24 November 2026|date]] 13:02
Subject: [[Nicola Hallett|name]] and [[Evie|name]]

Dear [[Asha|name]],
Thank you for your call about Mrs [[Hallett|name]] of [[Walton Elm|place]]. I saw [[Nicola|name]] on [[20/11|date]]; her mobility is
worse and she has had two falls since October 2026. I have referred her to the neuro team at Dorset County Hospital and to
the community OT, [[Gwen Badcock|name]]. [[Evie|name]] came with her and waited in reception with her friend [[Lola|name]]. I
agree a carer's break would help. Her son [[Jake|name]] has also registered with us. Please ring me on [[01258 820 556|phone]]
(the practice line) or my secretary [[Linda Trowbridge|name]].
Kind regards, [[Annabel Frost|name]]
PS [[Nicola|name]]'s sister [[Dawn Yeatman|name]] from [[Stourpaine|place]] rang the surgery asking about [[Evie|name]]; we gave her
nothing.
[[Asha|name]] - [[Evie|name]]'s dad [[Craig|name]] also rang. I told him to speak to you. AF
Practice address: [[Church Hill|address]], [[Marnhull|place]], [[DT10 1PU|postcode]].
"""),
]


# --- D. Rendell / Trowbridge family (white British), a girl of 15 missing to Yeovil, Stalbridge ------------------------------

HOME_D = d.Address("31 Thornhill Road", "Stalbridge", "Sturminster Newton", "DT10 2PS")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Skye", "Rendell")], dt.date(2011, 8, 27), addresses=[HOME_D], ids=["4352557021", "Q835274821159"],
       schools=["Sturminster Newton High School"]),
    _p("m", "mother", [("Tracey", "Trowbridge")], dt.date(1985, 5, 14), addresses=[HOME_D], phones=["07305 847 662"]),
], "c")

DOCS_D = [
    ("return home interview", """RETURN HOME INTERVIEW - [[Skye Rendell|name]] (15), DOB [[27/08/2011|dob]]
Missing from [[31 Thornhill Road|address]], [[Stalbridge|place]] [[DT10 2PS|postcode]] on [[6/11/2026|date]] at 19:00; found
[[8/11/2026|date]] at 02:15 at a flat on [[Westfield Road|address]], [[Yeovil|place]], by PC [[Sam Voss|name]].
Interview by [[Ellie Marchant|name]] (Barnardo's) on [[9/11|date]] at [[Stalbridge|place]] library.
[[Skye|name]] said she got a lift from "[[Jay|name]]" ([[Jayden Parsons|name]], 19) in a white Golf [[WF68 OYR|vehicle]] from the
car park at the Ring in [[Stalbridge|place]]. They went to [[Henstridge|place]] then to his mate [[Kallum|name]]'s in [[Yeovil|place]].
She met a girl called [[Mia|name]] from [[Sherborne|place]] there. [[Skye|name]] said mum [[Tracey|name]] and her partner
[[Gary Snook|name]] "row all the time". She wants to live with her dad [[Wayne Rendell|name]] in [[Poole|place]].
[[Skye|name]] said she slept on the sofa and [[Kallum|name]]'s girlfriend [[Shannon|name]] gave her food. She would not say what she
did for [[Jay|name]]. She wants [[Ellie|name]] to talk to her friend [[Tyla Fudge|name]] from [[Marnhull|place]], who "gets the same texts".
Mum's number [[07305 847 662|phone]]. Dad's [[07825 139 470|phone]].
Her step-dad [[Gary Snook|name]] works at [[Stalbridge|place]] and drives a blue Transit [[HF16 WKA|vehicle]]. [[Skye|name]]'s sister
[[Keeley Rendell|name]] (18) lives in [[Poole|place]] with their dad.
Next interview on [[16/11/2026|date]] at [[Sturminster Newton|place]]; [[Skye|name]] agreed.
"""),
    ("Snapchat messages typed up by police", """Snapchat extract - handset of [[Skye Rendell|name]], exhibit SV/3, typed by DC
[[Rob Gale|name]]
[[12/11/2026|date]]

jayy_p: u comin out tonite
skyeee: cant mum took my fone lol this is [[tyla|name]]s
jayy_p: tell [[tyla|name]] to come 2. [[kal|name]] will pick u up by the garage in [[stalbridge|place]]
skyeee: [[gaz|name]] is home tho
jayy_p: say ur at [[mias|name]] in [[sherborne|place]]
skyeee: ok [[10th|date]] or [[11th|date]]?
jayy_p: 2nite. dont tell [[ellie|name]] from barnardos
skyeee: she aint a grass lol
jayy_p: bring the stuff to [[yeovil|place]] after
skyeee: [[kallum|name]] said im not doin that again
jayy_p: [[tyla|name]] can come. [[shannon|name]] will be there
skyeee: mum says [[wayne|name]] is coming up from [[poole|place]] on the [[14th|date]]
skyeee: [[kal|name]] can get me from [[stalbridge weston|place]]
jayy_p: k. tell [[shan|name]] to bring [[mia|name]]
skyeee: [[13th|date]] then. by the chippy in [[henstridge|place]]
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - North Dorset - [[19 November 2026|date]]
Young people: [[RENDELL, Skye|name]] (NHS [[435 255 7021|nhs]], UPN [[Q835274821159|upn]]); [[Tyla Fudge|name]] (15, [[Marnhull|place]]);
[[Mia Coaker|name]] (14, [[Sherborne|place]]).
Adults of concern: [[Jayden PARSONS|name]] (DOB [[02/02/2007|dob]]), [[Kallum Yeates|name]] (20) of [[Westfield Rd|address]],
[[Yeovil|place]].
Places: the Ring car park, [[Stalbridge|place]]; the skate park at [[Sturminster Newton|place]]; the garage at
[[Henstridge|place]] Marsh.
Vehicles: [[WF68 OYR|vehicle]] (white Golf), [[BK17 RNU|vehicle]] (black Corsa, seen at [[Marnhull|place]]).
Actions: DS [[Kerry Bugler|name]] to share with Avon and Somerset Police; [[Ellie Marchant|name]] to see [[Skye|name]] and [[Tyla|name]]
together; school to ask Mrs [[Fudge|name]] about [[Tyla|name]]'s lifts.
Missing episodes for [[Skye|name]]: [[6/11|date]], [[23/11|date]]. [[Tyla|name]]'s mum [[Karen Fudge|name]] lives on [[New Street|address]],
[[Marnhull|place]]. [[Mia|name]]'s social worker [[Rhys Ambrose|name]] (Somerset) to be invited.
Chair: [[Lorna Hext|name]]. Minutes: [[Debbie Loder|name]]. Police: PC [[Sam Voss|name]] and DS [[Kerry Bugler|name]].
Next panel [[17 December 2026|date]], [[Blandford|place]].
"""),
    ("mother's phone call note", """Call from [[Tracey Trowbridge|name]] ([[07305 847 662|phone]]) to duty SW [[Owen Pike|name]],
[[23/11/2026|date]] 20:50

[[Tracey|name]] said [[Skye|name]] has gone again. Last seen 18:30 walking up [[Thornhill Rd|address]] towards [[Stalbridge Weston|place]].
[[Skye|name]]'s friend [[Tyla|name]] said she got into a black car. [[Gary|name]] drove round [[Stalbridge|place]] and
[[Henstridge|place]] but could not find her. [[Tracey|name]] rang [[Skye|name]]'s dad [[Wayne|name]] in [[Poole|place]]
([[07825 139 470|phone]]):
not there. Advised to ring 101 and give the police [[Jayden|name]]'s name. [[Skye|name]] came back 23:40, dropped
at the Co-op by a woman she called "Auntie [[Kaz|name]]".
[[24/11/2026|date]] 09:15 Follow-up: [[Skye|name]] says "Auntie [[Kaz|name]]" is [[Karen Fudge|name]], [[Tyla|name]]'s mum. Told
[[Ellie Marchant|name]].
[[Gary|name]] ([[Gary Snook|name]]) came on the line and said [[Skye|name]] "needs locking up". [[Tracey|name]] told him to stop.
[[24/11/2026|date]] 10:00 Tracked to [[Shillingstone|place]] via the train path; [[Skye|name]] had walked from [[Stalbridge Weston|place]].
"""),
]


# --- E. Sealy / Frampton family (white British and Black Caribbean), Sturminster Newton -----------------------------------

HOME_E = d.Address("9 Honeymead Lane", "Sturminster Newton", "Sturminster Newton", "DT10 1DF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kyron", "Sealy")], dt.date(2013, 2, 11), addresses=[HOME_E], ids=["7923746850", "K835386320319"],
       schools=["Sturminster Newton High School"]),
    _p("m", "mother", [("Danielle", "Frampton")], dt.date(1990, 9, 22), addresses=[HOME_E], phones=["07546 201 837"]),
], "c")

DOCS_E = [
    ("secondary school behaviour and exclusion log", """[[STURMINSTER NEWTON HIGH SCHOOL|school]] - pastoral log
[[SEALY, Kyron|name]] (Year 9) DOB [[11/02/2013|dob]] UPN [[K835386320319|upn]]

[[14/09/26|date]] Found with a vape in the toilets with [[Corey Dunning|name]]. Mum [[Danielle|name]] informed.
[[2/10/26|date]] Left site at lunch with [[Corey|name]]; seen at [[Fiddleford|place]] mill by a parent, Mrs [[Gould|name]].
[[16/10/26|date]] Said he "works" for a lad called "[[Dizzy|name]]" from [[Bournemouth|place]]. DSL [[Carl Foot|name]] informed.
[[4/11/26|date]] Fixed-term suspension (3 days) for a fight with [[Louis Hardiman|name]]. Grandad [[Winston Sealy|name]] collected.
[[10/11/26|date]] Return meeting with mum, grandad and Mr [[Foot|name]]. [[Kyron|name]] said he goes to grandad's in
[[Shaftesbury|place]] most weekends. Grandad's address [[Flat 5, Coppice Court|address]], [[Shaftesbury|place]] [[SP7 8HT|postcode]].
[[20/11/26|date]] [[Kyron|name]] had £90 and two phones. Police informed (PCSO [[Jenna Cox|name]]).
[[27/11/26|date]] [[Kyron|name]] said [[Corey|name]]'s older cousin [[Brandon Dunning|name]] drives him to [[Gillingham|place]] station.
[[3/12/26|date]] Mum's partner [[Lee|name]] ([[Lee Marsh|name]]) rang: he is not to be given information. Mr [[Foot|name]] agreed.
[[8/12/26|date]] [[Kyron|name]] said "[[Dizzy|name]]" messaged him from [[Bournemouth|place]] again. Passed to PCSO [[Cox|name]].
[[9/12/26|date]] Left at 2pm for a dental appointment in [[Blandford|place]] (grandad).
"""),
    ("grandad's letter to the social worker", """[[Flat 5, Coppice Court|address]]
[[Shaftesbury|place]]
[[25th November 2026|date]]

Dear Miss [[Oduya|name]],
I am [[Kyron|name]]'s grandfather, [[Winston Sealy|name]]. I came to [[Bournemouth|place]] from Barbados in 1966 and to
[[Shaftesbury|place]] after my wife [[Merle|name]] died. My son [[Dwayne|name]], [[Kyron|name]]'s father, is in prison at the Verne on
[[Portland|place]] and I visit him. [[Danielle|name]] is a good mother but she works nights at the care home in [[Gillingham|place]] and
the boy is on his own. I will have him every weekend. My daughter [[Marcia Sealy-Hunt|name]] in [[Blandford|place]] says the
same. Please phone me on [[01747 820 556|phone]]. I do not text.
Yours sincerely
[[W. Sealy|name]]
P.S. [[Kyron|name]]'s friend [[Corey|name]] is welcome too. His nan [[Pearl Dunning|name]] lives near me on [[Bleke Street|address]].
I enclose a card from [[Kyron|name]]'s great-aunt [[Hyacinth Sealy|name]] who lives in [[Poole|place]].
My telephone is [[01747 820 556|phone]] and my door is opposite the church.
"""),
    ("child in need meeting minutes", """CHILD IN NEED REVIEW - [[Kyron SEALY|name]] - [[1 December 2026|date]],
[[Sturminster Newton|place]]
Present: [[Danielle Frampton|name]] (mum), [[Winston Sealy|name]] (grandad), [[Joy Oduya|name]] (SW), [[Carl Foot|name]] (DSL),
[[Reece Harvey|name]] (youth worker, [[Sturminster|place]] Youth Hub), PCSO [[Jenna Cox|name]].
[[Kyron|name]]'s NHS number is [[792 374 6850|nhs]]. Mum's mobile [[07546 201 837|phone]].
[[Reece|name]] said [[Kyron|name]] now comes to boxing on Thursdays with [[Corey|name]]. Police: "[[Dizzy|name]]" is believed to be
[[Dylan Izzard|name]] (18) of [[Boscombe|place]]; a county line into [[Sturminster Newton|place]] and [[Gillingham|place]]. Mum's partner
[[Lee Marsh|name]] has moved out to [[Hazelbury Bryan|place]].
Actions: NRM referral; [[Joy|name]] to visit grandad in [[Shaftesbury|place]]; school to support [[Kyron|name]] with Mrs [[Gould|name]]'s
son
[[Alfie|name]] as a buddy.
Mum said [[Kyron|name]]'s uncle [[Jermaine Sealy|name]] in [[Bournemouth|place]] could help at half term. Grandad's phone
[[01747 820 556|phone]]. Next review [[9 February 2027|date]] at [[Sturminster Newton|place]].
Minutes: [[Debbie Loder|name]]. Dissent: mum's partner [[Lee|name]] asked to attend; [[Danielle|name]] refused.
Visit to grandad fixed for [[4/12|date]] at [[Flat 5, Coppice Court|address]].
"""),
    ("mother's complaint email", """From: [[daniframpton90@gmail.com|email]]
To: Dorset Council complaints
Date: [[30/11/2026|date]]
Subject: social worker [[Joy Oduya|name]]

I want to complain. [[Joy|name]] rang the school and told Mr [[Foot|name]] about [[Kyron|name]]'s dad [[Dwayne Sealy|name]] being in prison
which is private. Now [[Louis Hardiman|name]]'s mum [[Shelley|name]] knows and its all over [[Sturminster|place]]. I live at
[[9 Honeymead Lane|address]], [[DT10 1DF|postcode]] and everyone knows us. Also the youth worker [[Reece|name]] gave [[Kyron|name]] a lift
home to [[Honeymead Ln|address]] without asking me. I want a different social worker. My number is [[07546 201 837|phone]].
[[Danielle Frampton|name]]
P.S. Mrs [[Gould|name]] from [[Fiddleford|place]] also knows. And my mum [[Lorraine Frampton|name]] in [[Stalbridge|place]] heard it in the
Co-op.
I also want Mr [[Harvey|name]] spoken to. [[Kyron|name]] is 13 not 18. ([[Dani|name]])
sent from my iPhone in [[Sturminster Newton|place]]
"""),
]


# --- F. Gulliver / Snook family (white British), mother misusing alcohol, Marnhull -----------------------------------------

HOME_F = d.Address("12 Crown Road", "Marnhull", "Sturminster Newton", "DT10 1LN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Gulliver")], dt.date(2017, 12, 5), addresses=[HOME_F], ids=["6365740646", "B835207613544"],
       schools=["St Gregory's Catholic Primary School"]),
    _p("m", "mother", [("Gemma", "Snook")], dt.date(1991, 4, 29), addresses=[HOME_F], phones=["07398 552 140"]),
], "c")

DOCS_F = [
    ("OCR'd scanned paediatrician's letter", """Dorset County Hospital - Child Health
[[2O November 2O26|date]]

Re: [[AIfie GULLIVER|name]]  DOB [[O5.l2.2Ol7|dob]]  NHS [[636 574 0646|nhs]]
[[l2 Crown Rd|address]], [[MarnhuII|place]], [[DTl0 lLN|postcode]]

Dear Dr [[Frost|name]],
I saw [[Alfie|name]] with his grandmother Mrs [[Snook|name]] on [[l8/ll/2O26|date]]. His mother [[Gemma|name]] did not come. [[AIfie|name]]
is small for his age and has soiling. His nan [[Brenda Snook|name]] of [[Hinton St Mary|place]] says he stays with her from
Friday to Sunday. I have asked the school nurse [[Tom Read|name]] to see him at [[St Gregory's|school]].
Yours sincerely, Dr [[R. Okafor|name]], Consultant Paediatrician
cc [[Gemma Snook|name]], [[l2 Crown Road|address]], [[Marnhul1|place]]
Weight O.4th centile. Seen also by staff nurse [[KeIly Dowding|name]]. Next appt [[l5 January 2O27|date]].
Dr [[R. 0kafor|name]] / typed JM [[2l/ll/2O26|date]]
Dorset County Hospital, [[Dorchester|place]] [[DTl 2JY|postcode]].
"""),
    ("typed-up text messages between the mother and her friend", """Texts from [[Gemma Snook|name]]'s phone, shown to SW on
[[27/11/26|date]]

[[gem|name]]: [[shell|name]] can u have [[alf|name]] after school im not well
[[shell|name]]: again hun? u were in the crown till 11
[[gem|name]]: dont start. [[brenda|name]] wont have him wkdays
[[shell|name]]: ill get him from [[st gregs|school]] but im not doin tea
[[gem|name]]: [[darren|name]] will drop money round
[[shell|name]]: [[darren|name]] from [[todber|place]]?? hes the reason ur like this
[[gem|name]]: hes sorted now. hes in [[sturminster newton|place]] at his brothers
[[shell|name]]: [[alfie|name]] told my [[mason|name]] u fell over in the kitchen
[[gem|name]]: ill be better tmrw i promise. tell [[alfies|name]] teacher miss [[dowding|name]] hes got a cold
[[shell|name]]: [[brenda|name]] rang me. shes coming from [[hinton|place]] on sat
[[gem|name]]: tell her [[alf|name]] can stay there. and dont tell [[paula|name]]
[[gem|name]]: [[darren|name]] says sorry. hes at his brother [[craig|name]]s in [[sturminster|place]]
[[shell|name]]: k ill take him to [[hinton st mary|place]] sun [[29th|date]]
"""),
    ("family support worker's notes", """Family support notes - [[Gemma Snook|name]] and [[Alfie Gulliver|name]] - worker
[[Paula Vining|name]]

[[3/12/2026|date]] Home visit [[12 Crown Road|address]], [[Marnhull|place]]. [[Gemma|name]] smelt of alcohol at 10am. Empty vodka
bottles in the recycling. [[Alfie|name]] at school. [[Gemma|name]] agreed a referral to the Dorset alcohol service at
[[Blandford|place]]. Her friend [[Michelle Tite|name]] ("[[Shell|name]]") does school pick-ups; [[Michelle|name]] lives
[[4 Church Hill|address]],
[[Marnhull|place]]. Partner [[Darren Lydford|name]] (DOB [[15/08/1988|dob]]) is not to stay overnight (police: DA history in
[[Todber|place]]). [[Alfie|name]]'s dad [[Nathan Gulliver|name]] lives in [[Stalbridge|place]], [[07454 318 726|phone]]; he is willing
to have [[Alfie|name]] on Wednesdays. Nan [[Brenda|name]] ([[Brenda Snook|name]], [[01258 473 661|phone]]) has him at weekends.
Next visit [[10 December|date]].
[[Gemma|name]]'s mobile [[07398 552 140|phone]]. She says she will stop before Christmas Day. [[Alfie|name]]'s teacher Miss
[[Dowding|name]] says he is often hungry and his
friend [[Mason Tite|name]] shares his snack.
[[Michelle Tite|name]] ([[Shell|name]]) would not give her number. Worker [[Paula Vining|name]].
[[10/12/2026|date]] Phone call with [[Nathan|name]] in [[Stalbridge|place]]: agreed Wednesdays from [[16 December|date]].
"""),
    ("boy's own words written with the school nurse", """Me and my family - [[Alfie|name]], Year 4, [[St Gregory's|school]],
with nurse [[Tom|name]] [[1/12/26|date]]

I live with mummy in [[marnhull|place]]. mummy is poorly a lot and sleeps on the sofa. [[darren|name]] comes sometimes and
they shout. I like going to nanny [[brenda|name]]s in [[hinton st mary|place]] she has chickens. daddy lives in
[[stalbridge|place]] with [[Kirsty|name]] and my brother [[Leo|name]]. my best friend is [[Mason Tite|name]]. his mum [[Shell|name]] picks
me up.
I want mummy to stop drinking the wine.
nanny [[brenda|name]] lets me feed the chickens. My dog is called Biscuit. [[Mason|name]] and me play football at the rec.
my teacher is miss [[dowding|name]] and my friends are [[mason|name]] and [[ollie|name]] and [[Poppy|name]].
daddys house is by the [[stalbridge|place]] co-op.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 246 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:02 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "mama",
           "baba", "yaya", "ita", "ata"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "dorset", "north dorset", "blackmore vale", "central african republic", "barbados"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and Sango kinship words ("Yaya Clarisse", "Mama Odette") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
