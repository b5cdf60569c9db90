"""Set 247: a held-out hand-written set for the redaction detector, six invented families in Thornbury, Berkeley and
Wotton-under-Edge (south Gloucestershire and the Severn vale), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set246.py, bench/redaction_set248.py, bench/redaction_set249.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full,
and the signature of Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set245.py were searched by script for the towns and the communities considered, printing only the numbers of
the sets that hit: no docstring names Thornbury, Berkeley or Wotton; none names Garhwal, Garhwali, Uttarakhand, Pauri,
Kotdwar or Rawat ("Negi" hit set 17, a surname there; it is a surname here too). Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs (LA 803, South Gloucestershire) made with python-stdnum in small snippets.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families: a young white British mother in Morton, Thornbury, her boy of 8 and baby (Dando / Pullin; neglect, a violent
partner, a nan in Alveston); a Garhwali family from Pauri Garhwal, Uttarakhand, India, in Berkeley (Rawat / Bisht; a girl of
13 self-harming, fears she will be sent to India, a mother's voice note in Garhwali translated, an aunt's +91 phones); a
young carer of 13 on Synwell, Wotton-under-Edge (Hobbs; a mother with MS and depression, a dad in Cam); a white British boy
of 15 in Newtown, Sharpness, missing and criminally exploited (Mabbett; associates from Bristol and Gloucester); a white
British and Black Caribbean family in Thornbury and Alveston with a baby of 6 months (Watts / Campbell; domestic abuse, a
father's family in Filton and St Pauls); and a Polish mother in Charfield drinking, a boy of 10 (Nowak; a text in Polish
translated, a +48 phone). The community new to this set: Garhwali (from the Garhwal hills of Uttarakhand, India), with
Garhwali kin words (buba, boi, dadi, bhuli, didi, bhaiji, mama, ji), names (Rawat, Bisht, Thapliyal, Negi) and home towns
(Pauri, Srinagar, Kotdwar).

Document styles, one label each: a primary school safeguarding log, a mum's Facebook Messenger chat typed up, a health
visitor's home visit note, a nan's letter, a secondary school pastoral log, a mother's WhatsApp voice note translated from
Garhwali, strategy discussion minutes, a child's own words, a young carer's own writing, a young carers' assessment, a GP's
letter, a social worker's phone notes, a police missing person log, a return home interview, Snapchat messages typed up,
exploitation panel minutes, a police domestic abuse log, a health visitor's new birth visit note, a mum's WhatsApp messages
typed up, child protection conference minutes, an OCR'd scanned paediatric letter (l for 1, O for 0, 0 for O, 1 for l, split
words), a mother's text translated from Polish, family support notes and a mother's complaint email.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (India +91, Poland +48); NHS numbers and UPNs pass their check digits. The
council's front door, the surgeries, the schools' headers, the charities and the police forces are unmarked organisations;
towns, villages, districts and estates are real and marked as places.

Markup and conventions: those of bench/redaction_set213.py, WITH THE CHANGES THE BRIEF SETS FOR EVERY NEW SET: a pet's name
is not marked (the dog "Tyson"); a month with its year, a season or a feast with its year and a year alone are not marked as
dates, nor is a named day of the year without a date ("Christmas"); a month alone ("in December") is not marked; a day with
its month ("8 May", "the 25th", "14/03") and dates of birth are marked as before. As in set 213: titles and kinship words
stay outside a name (Mr, Mrs, Dr, PC, PCSO, DS, Nan, Granny, buba, dadi, mama, tata, "Mohan ji"); "SURNAME, First" is one
span; initials alone ("T") are not marked; chat speaker labels are names; organisations holding a town's name stay unmarked
("Southmead Hospital", "Nor th Bristol NHS Trust"); countries, counties and regions ("India", "Uttarakhand", "Jamaica",
"South Glos") are not places; an OCR misreading keeps its kind, and an OCR split town ("Char fie1d") is one place span.

Choices this set had to make: "Pauri Garhwal" (a district) is one place; "Glosta"/"glosta" (slang for Gloucester) is a
place, while "glos" would be the county and is avoided; "The Park" (a Thornbury estate), "Crossways", "Morton", "Synwell"
and "Newtown" (Sharpness) are places; a street named alone ("Grovesend Road", "grovesend", "castle st", "Dinmore Close") is
an address; a shop, clinic or surgery named in lower-case words by its town ("Berkeley Co-op", "Thornbury clinic", "Berkeley
surgery", "Sharpness docks") marks the town; "KLB" (the school's initials) and "Carers Support Centre" are not marked, while
"Gillingstool", "British School" and "Charfield Primary" are schools; an organisation's complaints address is marked as an
email; a misspelt name ("rylie") is a name; "Heathrow" (the airport's district) and "Purton" (by its hulks) are places;
"mama" after a name is a Garhwali kinship word (mother's brother) and stays outside it.

Self-check without the detector: `python -m bench.redaction_set247` (and tests/test_redaction_set247.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 931 gold spans, 514 of them names.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Dando / Pullin family (white British), Morton, Thornbury --------------------------------------------------------

HOME_A = d.Address("14 Grovesend Road", "Morton", "Thornbury", "BS35 1LP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Riley", "Pullin")], dt.date(2018, 6, 9), addresses=[HOME_A], ids=["6505709525", "Z803342418514"],
       schools=["Gillingstool Primary School"]),
    _p("s", "sibling", [("Ava-Mae", "Dando")], dt.date(2025, 9, 21), addresses=[HOME_A], ids=["4234396885"]),
    _p("m", "mother", [("Kayleigh", "Dando")], dt.date(1999, 4, 2), addresses=[HOME_A], phones=["07723 418 905"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log", """GILLINGSTOOL PRIMARY - SAFEGUARDING LOG (CPOMS export)
Pupil: [[PULLIN, Riley|name]]   DOB [[09/06/2018|dob]]   UPN [[Z803342418514|upn]]   NHS [[650 570 9525|nhs]]
Mum: [[Kayleigh Dando|name]] [[07723 418 905|phone]], [[14 Grovesend Road|address]], [[Morton|place]], [[Thornbury|place]]
[[BS35 1LP|postcode]]

[[08/09/2026|date]]  [[Riley|name]] late, no PE kit, shoes split. Miss [[Harding|name]] found him spare trainers.
[[15/09/2026|date]]  [[Riley|name]] said mum's boyfriend "[[Gaz|name]]" shouted and threw the remote. Logged by TA [[Sian Cottle|name]].
[[22.9.26|date]]  Mum collected with baby [[Ava-Mae|name]] in a dirty vest. Smell of smoke. DSL [[Mark Tovey|name]] informed.
[[1 Oct|date]]  HV [[Lorna Fitch|name]] rang: [[Ava-Mae|name]] missed 1 year review. Will visit [[Grovesend Road|address]].
[[6th October 2026|date]]  [[Riley|name]] took food from [[Oscar Brimble|name]]'s lunchbox. Said "we had no tea".
[[13/10/2026|date]]  Referral to South Glos access and response team by DSL [[Mark\nTovey|name]]; SW [[Hannah Pegler|name]] allocated
[[15/10|date]].
[[20/10/2026|date]]  "[[Gaz|name]]" ([[Gary Symes|name]]) collected, no car seat for baby, car [[WF18 ZKE|vehicle]].
[[3/11/26|date]]  [[Riley|name]] stayed at nan's in [[Alveston|place]]. Nan [[Sandra Dando|name]], [[7 Wolfridge Ride|address]],
[[Alveston|place]]
[[BS35 3RA|postcode]], rang from [[01454 412 876|phone]] to say he can stay till Friday.
[[10/11/2026|date]]  [[Riley|name]] and [[Oscar|name]] fighting on the field. Mr [[Brimble|name]] (dad) complained about [[Riley|name]].
[[24/11/2026|date]]  Home visit by [[Mark Tovey|name]]: no answer; neighbour Mrs [[Wendy Gazzard|name]] at [[no. 16|address]] said
mum had gone to [[Yate|place]] with [[Gaz|name]].
[[1/12/2026|date]]  [[Riley|name]] said uncle [[Deano|name]] ([[Dean Dando|name]]) lives in [[Tytherington|place]] and has a trampoline.
[[3/12/2026|date]]  [[Riley|name]] told Miss [[Harding|name]] that [[Gaz|name]] locked him in the bathroom "for a bit". Logged, SW
[[Hannah Pegler|name]] told same day. [[Riley|name]]'s friend [[Archie Window|name]] said he heard it too at [[Riley|name]]'s.
[[4/12/2026|date]]  Nan [[Sandra|name]] collected. Auntie [[Stacey Dando|name]] ([[07984 118 402|phone]]) added as a contact; lives
[[2 Mill Lane|address]], [[Rangeworthy|place]] [[BS37 7LZ|postcode]].
"""),
    ("mum's facebook messenger chat typed up", """Messenger chat from [[Kayleigh Dando|name]]'s phone, shown to SW [[Hannah Pegler|name]]
[[17/11|date]], typed up as written (names of the group chat kept)

[[kayleigh|name]]: [[gaz|name]] where r u its gone 11
[[gaz|name]]: at [[daz|name]]s in [[yate|place]] calm down
[[kayleigh|name]]: [[rylie|name]] wont sleep cos of u shouting last nite
[[gaz|name]]: not my kid not my problem
[[kayleigh|name]]: ur such a prick. [[ava|name]] needs milk n i got no money
[[gaz|name]]: ask ur mum in [[alveston|place]] she loves paying for everything
[[kayleigh|name]]: dont start on my mum. [[shaz|name]] said she seen u in [[thornbury|place]] with [[chelsea|name]] from the [[park|place]]
[[gaz|name]]: [[shaz|name]] chats shit
[[kayleigh|name]]: ill ring [[dean|name]] to come get his stuff if ur not back
[[gaz|name]]: ring who u want
[[kayleigh|name]]: my number is [[07723 418 905|phone]] if ur phone "broke" again lol
[[gaz|name]]: tell [[sandra|name]] to keep her nose out
[[kayleigh|name]]: shes my mum. and [[keith|name]] said he'll sort u out
[[gaz|name]]: lol [[keith|name]] is 70
[[kayleigh|name]]: [[riley|name]] is going to nans in [[alveston|place]] tmrw and [[ava mae|name]] comes with me to [[stace|name]]s in
[[rangeworthy|place]]
[[gaz|name]]: whatever. tell [[dean|name]] if he comes near [[grovesend|address]] ill batter him
"""),
    ("health visitor home visit note", """HEALTH VISITING - HOME VISIT       Child: [[Ava-Mae DANDO|name]]   DOB [[21/09/2025|dob]]
NHS [[423 439 6885|nhs]]
Address: [[14 Grovesend Road|address]], [[Thornbury|place]] [[BS35 1LP|postcode]]   HV: [[Lorna Fitch|name]]   Date: [[28/10/2026|date]]

Visit arranged after 2 missed reviews at [[Thornbury|place]] clinic. Mother [[Kayleigh|name]] answered after 5 minutes. [[Ava-Mae|name]] in
cot, nappy very wet, nappy rash. Weight 9.1 kg, dropped a centile since [[14/05/2026|date]].
Home: dog mess in the kitchen (the dog, Tyson, shut in the garden), bottles of old milk, ashtrays within reach.
Partner [[Gary Symes|name]] came in during the visit and left. [[Kayleigh|name]] said [[Gary|name]] "helps when he can".
Maternal grandmother [[Sandra|name]] helps at weekends in [[Alveston|place]]. [[Kayleigh|name]]'s friend [[Sharon "Shaz" Pike|name]] also
helps; lives at [[Crossways|place]].
Plan: review in 2 weeks on [[11 November|date]]; GP Dr [[Okafor|name]] to see the rash; discussed with SW [[Hannah Pegler|name]].
Safe sleep discussed; [[Ava-Mae|name]] sleeps in the big bed with [[Kayleigh|name]] and [[Gary|name]] "sometimes". Older child
[[Riley Pullin|name]] at school ([[Gillingstool|school]]). [[Kayleigh|name]] is registered with Dr [[Okafor|name]] at the
[[Thornbury|place]]
health centre; mobile [[07723 418 905|phone]]. Next contact [[11/11/2026|date]]; also to tell SW [[Pegler|name]] about [[Gary|name]]'s
temper (he swore at the dog, and called [[Riley|name]] a "little shit" in front of me).
"""),
    ("nan's letter to the social worker", """[[7 Wolfridge Ride|address]]
[[Alveston|place]]
[[BS35 3RA|postcode]]
[[2nd December|date]]

Dear Mrs [[Pegler|name]],

I am [[Riley|name]] and [[Ava|name]]'s nan. I want it on record that I will have both children. My daughter [[Kayleigh|name]] is not
coping since [[Gary|name]] moved in. He is not the dad of either. [[Riley|name]]'s dad is [[Lee Pullin|name]] who is in [[Gloucester|place]]
and has not seen him since he was 3. [[Ava|name]]'s dad [[Jordan|name]] I have never met.

[[Riley|name]] can stay in my back room. My husband [[Keith|name]] has retired and can do the school run to
[[Gillingstool|school]]. My other daughter [[Stacey|name]] lives in [[Rangeworthy|place]] and will help.

Please ring me on [[01454 412 876|phone]] or my mobile [[07856 302 147|phone]].

Yours sincerely
[[Sandra Dando|name]] (Mrs)

P.S. [[Kayleigh|name]]'s friend [[Shaz|name]] told me [[Gary Symes|name]] has a girlfriend called [[Chelsea|name]] on
[[The Park|place]] estate
in [[Thornbury|place]] too and takes [[Ava|name]] round there. [[Keith|name]] saw his car ([[WF18 ZKE|vehicle]]) outside on the
[[29th|date]].
"""),
]


# --- B. Rawat / Bisht family (Garhwali, from Uttarakhand, India), Berkeley --------------------------------------------------

HOME_B = d.Address("9 Canonbury Street", "", "Berkeley", "GL13 9BG")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Anjali", "Rawat")], dt.date(2013, 2, 17), addresses=[HOME_B], ids=["4318140725", "A803269317549"],
       schools=["Katharine Lady Berkeley's School"]),
    _p("m", "mother", [("Kamla", "Rawat")], dt.date(1984, 8, 30), addresses=[HOME_B], phones=["07491 226 083"]),
    _p("f", "father", [("Jagdish", "Rawat")], dt.date(1979, 1, 12), addresses=[HOME_B], phones=["07984 513 762"]),
], "c")

DOCS_B = [
    ("secondary school pastoral log", """KLB SCHOOL - PASTORAL LOG   Student: [[RAWAT, Anjali|name]]   Y9   DOB [[17/02/2013|dob]]
UPN [[A803269317549|upn]]
Parents: [[Jagdish Rawat|name]] ([[07984 513 762|phone]]) and [[Kamla Rawat|name]] ([[07491 226 083|phone]]),
[[9 Canonbury Street|address]],
[[Berkeley|place]] [[GL13 9BG|postcode]]

[[05/10/2026|date]]  [[Anjali|name]] upset in form. Said her buba (dad) took her phone because of a boy from [[Dursley|place]].
[[07/10/2026|date]]  Friend [[Poppy Merrett|name]] told Ms [[Jenner|name]] that [[Anjali|name]] has cuts on her arm.
[[8 Oct|date]]  School nurse [[Rhian Vowles|name]] saw [[Anjali|name]]: superficial cuts, first aid. [[Anjali|name]] asked that dad not
be told.
[[12.10.26|date]]  Mum rang (through her son [[Rohit|name]], 19, as interpreter): [[Anjali|name]] will go to dadi in [[Pauri|place]]
for the winter. DSL Mr [[Iain Causon|name]] worried about her being taken out of school.
[[14/10/2026|date]]  [[Anjali|name]] said "they want me to go to [[Kotdwar|place]] and not come back till I'm sorry".
[[19/10/2026|date]]  Referral to South Glos front door; strategy discussion [[21/10|date]]. SW [[Tom Arkell|name]] allocated.
[[2/11/2026|date]]  [[Anjali|name]] spent lunch with [[Poppy|name]] and [[Maisie Hook|name]]. The [[Dursley|place]] boy named by
[[Poppy|name]] as
[[Callum\nDurn|name]], 16.
[[16/11/2026|date]]  [[Anjali|name]] said her mama (uncle) [[Mohan|name]] is coming from [[Kotdwar|place]] at the end of term.
Ms [[Jenner|name]] informed DSL [[Iain Causon|name]]; SW [[Tom Arkell|name]] told [[17/11|date]].
[[20/11/2026|date]]  [[Rohit Rawat|name]] came to reception asking for [[Anjali|name]]'s timetable. Gave his number [[07402 330 917|phone]].
[[23.11.26|date]]  [[Anjali|name]] seen by CAMHS worker [[Gwen Pasco|name]] in school. [[Poppy Merrett|name]]'s mum [[Trish|name]]
rang: [[Anjali|name]] can stay at [[41 Station Road|address]], [[Newport|place]] [[GL13 9PQ|postcode]] if needed.
"""),
    ("mother's whatsapp voice note translated from garhwali", """Voice note from [[Kamla Rawat|name]] to her sister [[Sunita Bisht|name]]
(+91 number on the phone: [[+91 98971 24683|phone]]), sent [[26/10/2026|date]], played by [[Anjali|name]] to SW [[Tom Arkell|name]] and
translated from Garhwali by interpreter [[Meena Thapliyal|name]] on [[4 November|date]].

"Bhuli ([[Sunita|name]]), how are you all in [[Srinagar|place]]? Here it is cold, [[Berkeley|place]] is all rain. [[Anjali|name]]'s buba is
very angry. She talks to a boy on the phone, a boy from [[Dursley|place]], [[Callum|name]]. Buba says we will send her to your
house or to dadi in [[Pauri|place]], she can study there. I said the school here will ask questions. [[Rohit|name]] says
leave her alone, she is English now. Tell [[Mohan|name]] ji to find out about the school in [[Kotdwar|place]]. Don't tell
[[Anjali|name]]. Ring me on [[07491 226 083|phone]] after 8, not on [[Jagdish|name]]'s phone."

Reply from [[Sunita Bisht|name]] ([[+91 1368 222 415|phone]], her landline in [[Srinagar|place]]), [[27/10/2026|date]], translated by
[[Meena Thapliyal|name]]: "Didi, don't do this in a hurry. [[Mohan|name]] ji says the school in [[Kotdwar|place]] is full. Let
[[Anjali|name]] finish there. Send her to [[Pauri|place]] in summer for a holiday only. [[Jagdish|name]] bhaiji must calm down."
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[21/10/2026|date]] 10:00 (Teams)
Child: [[Anjali RAWAT|name]]  DOB [[17.02.2013|dob]]  NHS [[431 814 0725|nhs]]   Address: [[9 Canonbury Street|address]], [[Berkeley|place]]

Present: [[Tom Arkell|name]] (SW, chair), DS [[Gareth Pring|name]] (police), [[Iain Causon|name]] (DSL, KLB), [[Rhian Vowles|name]]
(school nurse), Dr [[Helen Marwood|name]] (GP, [[Berkeley|place]] surgery, by phone).

Information: [[Anjali|name]], 13, self-harm, says parents plan to send her to India (the family are from [[Pauri Garhwal|place]],
Uttarakhand). Father [[Jagdish Rawat|name]], works at a warehouse in [[Avonmouth|place]]. Mother [[Kamla|name]], limited English.
Brother [[Rohit Rawat|name]], 19, at college in [[Gloucester|place]]. Maternal aunt [[Sunita Bisht|name]] in [[Srinagar|place]]; paternal
grandmother ("dadi") in [[Pauri|place]]. Family friend [[Mohan Negi|name]] travelling in December? (unclear).
DS [[Pring|name]]: no police history. [[Callum Durn|name]] (16, [[Dursley|place]]) known to police for cannabis only.
Decision: section 47 enquiry. Forced marriage unit advice to be sought. [[Anjali|name]]'s passport to be checked. Next: [[28/10|date]].
Interpreter for the parents: [[Meena Thapliyal|name]] (Garhwali and Hindi), not known to the family; the family asked not to
have [[Mohan Negi|name]]'s wife [[Pushpa|name]], who interprets in [[Gloucester|place]]. Father's mobile [[07984 513 762|phone]];
mother's [[07491 226 083|phone]]. [[Rohit|name]]'s college tutor [[Dave Lusher|name]] may be asked to speak to [[Rohit|name]] on
[[22/10|date]].
Chronology: [[5/10|date]] phone taken; [[7/10|date]] cuts seen; [[8/10|date]] nurse; [[12/10|date]] plan for India; [[14/10|date]]
[[Kotdwar|place]] mentioned. Family flights looked at for [[19 December|date]] from [[Heathrow|place]] (unconfirmed). Family home since
2015; before that [[44 Lynch Road|address]], [[Berkeley|place]] [[GL13 9TA|postcode]].
"""),
    ("child's own words written with the social worker", """What I want people to know - [[Anjali|name]], written with [[Tom|name]] on
[[11/11/2026|date]]

I was born in [[Gloucester|place]] not India. I have been to [[Pauri|place]] twice and I love my dadi but I don't want to live
there. My buba thinks I am bad because of [[Callum|name]] but we only talk. My boi (mum) cries a lot. [[Rohit|name]] bhaiji is on my
side. My best friends are [[Poppy|name]] and [[maisie|name]]. I like art with Mr [[Okonjo|name]]. When I feel bad I go to the
castle field in [[berkeley|place]] or to [[Poppy|name]]'s house in [[Newport|place]]. Her mum [[Trish|name]] is nice. I don't want
anyone to get in trouble. I just want to stay at KLB and do my GCSEs.
If I had to go away I would want to take [[rohit|name]] and my cat. I would ring [[Tom|name]] or
[[Poppy|name]] or Mrs [[Jenner|name]]. I know [[Poppy|name]]'s number off by heart. Dadi's village is near [[Pauri|place]] and it is
beautiful but there is no wifi and I don't know anyone except my cousin [[Neha|name]] and [[Mohan|name]] mama.
"""),
]


# --- C. Hobbs family (white British), a young carer of 13 in Wotton-under-Edge ------------------------------------------------

HOME_C = d.Address("22 Shinton Road", "Synwell", "Wotton-under-Edge", "GL12 7AU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Hobbs")], dt.date(2013, 7, 4), addresses=[HOME_C], ids=["7760054041", "L803310211535"],
       schools=["Katharine Lady Berkeley's School"]),
    _p("s", "sibling", [("Alfie", "Hobbs")], dt.date(2019, 12, 1), addresses=[HOME_C], ids=["6607905137"]),
    _p("m", "mother", [("Lisa", "Hobbs")], dt.date(1982, 3, 26), addresses=[HOME_C], phones=["07538 690 214"]),
], "c")

DOCS_C = [
    ("young carer's own writing", """my life by [[tegan hobbs|name]] age 13

I live in [[wotton|place]] with mum and my little brother [[alfie|name]]. mum has MS and some days she cant get up. I do
the tea and get [[alfie|name]] to [[british school|school]] for 8.45 then I run for the bus to KLB. sometimes I am late and
Mrs [[Goodship|name]] gives me a late mark but I dont say why. my nan [[Pauline|name]] lives in [[north nibley|place]] but she
dont drive any more. my dad [[Wayne|name]] lives in [[Cam|place]] with [[Kerry|name]] and there new baby. my best mate is
[[jess|name]] she lives on [[Synwell|place]] too. when mum is ok we go to the bluebell woods with our dog. I
want to be a paramedic.
when mum was in hospital in [[gloucester|place]] I stayed at [[jess|name]]s and [[alfie|name]] went to dads in [[cam|place]].
[[kerry|name]] was nice. I was scared. [[jess|name]]s mum [[claire|name]] took me to see mum on the [[28th|date]]. mum said
"[[teg|name]] you
are my rock". I dont want a carer to come because then people at school will know. only Mrs [[Goodship|name]] knows.
"""),
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT (Carers Support Centre)      Assessor: [[Becky Lusty|name]]      Date:
[[16/11/2026|date]]
Young carer: [[HOBBS, Tegan|name]]  DOB [[04/07/2013|dob]]  NHS [[776 005 4041|nhs]]  UPN [[L803310211535|upn]]
Address: [[22 Shinton Road|address]], [[Synwell|place]], [[Wotton-under-Edge|place]] [[GL12 7AU|postcode]]   Mum's phone
[[07538 690 214|phone]]
Cared for: mother [[Lisa Hobbs|name]] (48), relapsing MS and depression; brother [[Alfie Hobbs|name]] (6, DOB [[01/12/2019|dob]]).

Caring tasks: cooking, meds reminders, helping mum up the stairs, getting [[Alfie|name]] to school, shopping at the Co-op in
[[Wotton|place]]. [[Tegan|name]] has missed 14 sessions since [[1 September|date]]. Attendance officer Mr [[Kavanagh|name]] aware.
Support network: maternal grandmother [[Pauline Hobbs|name]], [[North\nNibley|place]] (no car); father [[Wayne Skuse|name]] in [[Cam|place]]
([[07402 871 359|phone]]), sees the children every other Sunday; neighbour Mrs [[Ali|name]] at [[no 24|address]] helps with lifts.
Friend [[Jessica Wintle|name]] (13) and her mum [[Claire|name]] take [[Tegan|name]] to [[Dursley|place]] for swimming.
Plan: young carers group in [[Wotton|place]] on Thursdays; referral for adult social care assessment of [[Lisa|name]]; review
[[15/01/2027|date]].
Views of [[Tegan|name]]: "I don't mind doing it, I just want mum to be OK." [[Alfie|name]] ([[British School|school]],
Reception) is said by his teacher Mrs [[Dowdeswell|name]] to be happy. [[Tegan|name]]'s dad's partner [[Kerry Daw|name]] works at the
hospital in [[Gloucester|place]] and offered to help with appointments. Contact for [[Lisa|name]]'s MS nurse: [[Jackie Fry|name]].
Missed sessions fell on [[2/10|date]], [[3/10|date]], [[6/10|date]], [[21/10|date]], [[4/11|date]], [[5/11|date]] and
[[12/11|date]] (relapse days). Bus: [[Wotton|place]] to [[Berkeley|place]] via [[Charfield|place]], [[Stone|place]] and [[Woodford|place]].
"""),
    ("GP letter to the social worker", """Wotton Vale Surgery

To: [[Chloe Rendell|name]], Social Worker, South Gloucestershire Council
Date: [[24 November 2026|date]]

Re: [[Lisa HOBBS|name]], DOB [[26/03/1982|dob]], [[22 Shinton Road|address]], [[Wotton-under-Edge|place]] [[GL12 7AU|postcode]]

Dear Ms [[Rendell|name]],

Thank you for your letter about Ms [[Hobbs|name]] and her daughter [[Tegan|name]]. Ms [[Hobbs|name]] has relapsing-remitting MS,
seen by Dr [[Sanjay Prabhu|name]], neurology, [[Gloucester|place]]; she had a relapse on [[2/10/26|date]] and is awaiting a new
treatment. She also has depression, on sertraline. She consents to this letter. I have not seen [[Tegan|name]] or [[Alfie|name]]
this year. She tells me her mother [[Pauline|name]] and her ex-partner [[Wayne|name]] help. I support a carers assessment.

Yours sincerely
Dr [[Fiona Melhuish|name]], GP

cc: [[Lisa Hobbs|name]]; Dr [[Sanjay Prabhu|name]]; [[Becky Lusty|name]] (young carers). NHS no. of patient [[660 790 5137|nhs]] is
[[Alfie|name]]'s, given in error in your letter of [[18/11/2026|date]]; Ms [[Hobbs|name]]'s own will follow.
"""),
    ("social worker's phone notes", """Phone notes - [[Chloe Rendell|name]], SW, re [[Tegan|name]] and [[Alfie Hobbs|name]]

[[25/11|date]] 09:10 rang mum [[07538 690 214|phone]], no answer.
[[25/11|date]] 11:45 [[Lisa|name]] rang back. Bad week, [[Tegan|name]] off school to look after her. Asked about a carer.
[[25/11|date]] 14:00 rang dad [[Wayne Skuse|name]] [[07402 871 359|phone]]. He can have [[Alfie|name]] Weds nights; partner
[[Kerry Daw|name]]
OK with it. Lives [[31 Woodfield Road|address]], [[Cam|place]] [[GL11 5JQ|postcode]].
[[26/11|date]] 10:20 nan [[Pauline Hobbs|name]] rang from [[01453 842 519|phone]]: said "[[teg|name]] does too much, she's a little mum".
[[26/11|date]] 16:30 school (Mrs [[Goodship|name]]): [[Tegan|name]] in today, tired. Friend [[Jess|name]] keeps an eye.
[[27/11|date]] 09:00 Mrs [[Ali|name]] (neighbour, [[24 Shinton Road|address]]) rang: [[Lisa|name]] fell on the stairs last night,
[[Tegan|name]] rang 999. Ambulance took [[Lisa|name]] to [[Gloucester|place]].
[[27/11|date]] 13:30 ward sister [[Alison Pugh|name]] ([[Gloucester|place]]): [[Lisa|name]] in for 3 nights. Rang nan
[[Pauline|name]]: she will stay at [[Shinton Road|address]] with the children; her neighbour in [[North Nibley|place]], [[Geoff Tily|name]],
will drive her. [[Tegan|name]] rang me on [[07817 204 663|phone]] (her own phone) to ask if mum is "going to die".
"""),
]


# --- D. Mabbett family (white British), Sharpness; a boy of 15 missing, criminal exploitation ---------------------------------

HOME_D = d.Address("5 Dinmore Close", "Newtown", "Sharpness", "GL13 9NU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Mabbett")], dt.date(2011, 5, 30), addresses=[HOME_D], ids=["6194284390", "U803356115555"],
       schools=["Katharine Lady Berkeley's School"]),
    _p("m", "mother", [("Sharon", "Mabbett")], dt.date(1978, 10, 5), addresses=[HOME_D], phones=["07817 645 230"]),
], "c")

DOCS_D = [
    ("police missing person log", """GLOUCESTERSHIRE CONSTABULARY - MISSING PERSON REPORT   Ref 0247-1021-26
Missing: [[MABBETT, Kieran|name]]   DOB [[30/05/2011|dob]]   Home: [[5 Dinmore Close|address]], [[Newtown|place]], [[Sharpness|place]]
[[GL13 9NU|postcode]]
Reported by mother [[Sharon Mabbett|name]] [[07817 645 230|phone]] on [[21/10/2026|date]] at 23:40.

Last seen 17:00 at [[Berkeley|place]] bus stop with an older male known as "[[Tinks|name]]". Believed to be [[Tyler Tinkler|name]], 19,
of [[Kingswood|place]], [[Bristol|place]]. Vehicle seen: grey Golf [[BX17 HRO|vehicle]].
Mum says [[Kieran|name]] has new trainers and 2 phones. His friend [[Brandon Cole|name]] (15, [[Berkeley|place]]) told her [[Kieran|name]]
went to "[[Glosta|place]]". PC [[Ellie Bracey|name]] attended. Found [[22/10/2026|date]] 04:10 at [[Gloucester|place]] bus station by
PCSO [[Dan Hale|name]], with £340. Return home interview requested.
Previous episodes: [[02/10/2026|date]] (found [[Cam|place]]), [[9 Oct|date]] (returned himself). Mum's partner [[Gary Pask|name]]
not at home; [[Kieran|name]]'s sister [[Chloe Mabbett|name]] (21, [[Dursley|place]]) helped search. PCSO [[Hale|name]] spoke to
[[Brandon|name]] and his mum [[Tina Cole|name]] at [[8 Marybrook Street|address]], [[Berkeley|place]] [[GL13 9BA|postcode]].
Search areas: [[Berkeley|place]] castle grounds, [[Sharpness|place]] docks, [[Purton|place]] hulks, [[Slimbridge|place]], [[Cam|place]]
and [[Dursley|place]] station; [[Stroud|place]] and [[Gloucester|place]] bus stations told. Earlier sightings on [[19/10/2026|date]] and
[[20/10/2026|date]] near [[Wanswell|place]]. Grandparents' address checked: [[3 Oakhunger Lane|address]], [[Hamfallow|place]]
[[GL13 9QW|postcode]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW    Young person: [[Kieran Mabbett|name]] (15)   Worker: [[Nathan Oakley|name]]
Date: [[24/10/2026|date]]

[[Kieran|name]] spoke in his bedroom at [[Dinmore Close|address]]. Said he went with "T" to see "a mate" in [[Gloucester|place]].
Would not say more. Said [[Tinks|name]] is "safe" and buys him food. Said he met him through [[Brandon|name]]'s cousin
[[Reece|name]]. Denied carrying anything. Has a second phone "for my girl" - [[Skye|name]] from [[Slimbridge|place]].
Mum [[Sharon|name]] said his dad [[Paul Mabbett|name]] died 2 years ago and he has "gone off the rails". Uncle [[Stuart|name]] in
[[Stonehouse|place]] could have him for a bit.
Risks: exploitation, drugs. Refer to the exploitation panel; share with SW [[Amy Leonard|name]].
[[Kieran|name]] said he got the train from [[Cam|place]] to [[Gloucester|place]] and [[Tinks|name]] picked him up. Said
[[Tinks|name]]'s girlfriend [[Demi|name]] has a flat in [[Matson|place]]. Mum's phone [[07817 645 230|phone]]; [[Kieran|name]]'s
phone [[07723 550 184|phone]]. [[Kieran|name]] wants to go back to boxing with [[Dean Workman|name]] in [[Berkeley|place]].
"""),
    ("snapchat messages typed up", """Snapchat messages on [[Kieran|name]]'s second phone, photographed by mum [[26/10|date]] and typed
up by SW [[Amy Leonard|name]]

[[tinks|name]]: u good [[kez|name]]
[[kez|name]]: ye
[[tinks|name]]: need u 2moro, [[brando|name]] bringin u to [[glosta|place]]
[[kez|name]]: cant mum is watchin me
[[tinks|name]]: dont be a pussy. u owe me for the creps
[[kez|name]]: ill come after skl. meet at [[berkeley|place]] co op
[[tinks|name]]: nah come [[sharpness|place]] docks 4
[[kez|name]]: [[reece|name]] comin?
[[tinks|name]]: [[reece|name]] is in [[bristol|place]] wid [[marley|name]]
[[skye|name]]: babe where r u
[[kez|name]]: at home [[skye|name]] chill
[[skye|name]]: my mum seen u in [[dursley|place]] wid that [[tyler|name]]
[[kez|name]]: [[chloe|name]] is coming round so cant
[[tinks|name]]: [[marley|name]] says u was chattin to feds in [[berkeley|place]]
[[kez|name]]: nah bro that was mr [[hale|name]] he knows my mum
[[tinks|name]]: [[demi|name]] will get u from [[cam|place]] station 5 sharp
"""),
    ("exploitation panel minutes", """CONTEXTUAL SAFEGUARDING / EXPLOITATION PANEL - [[12/11/2026|date]]   Chair: [[Jo Wheeler|name]]

Young person: [[Kieran MABBETT|name]], DOB [[30.05.2011|dob]], NHS [[619 428 4390|nhs]], UPN [[U803356115555|upn]]
Present: [[Amy Leonard|name]] (SW), PC [[Ellie Bracey|name]], [[Nathan Oakley|name]] (RHI worker), Mrs [[Sue Pritchard|name]] (KLB)

Associates: [[Tyler TINKLER|name]] ("[[Tinks|name]]", 19, [[Kingswood|place]]), [[Reece Cole|name]] (17), [[Marley Jones|name]] (18,
[[Southmead|place]]); peer [[Brandon Cole|name]] (15); girlfriend [[Skye Niblett|name]] (14, [[Slimbridge|place]]).
Locations: [[Sharpness|place]] docks, [[Berkeley|place]] Co-op, [[Gloucester|place]] bus station, [[Dursley|place]] skate park.
Vehicle [[BX17 HRO|vehicle]] registered to [[Tinkler|name]]'s mother. NRM referral made [[11/11|date]].
Actions: disruption notice on [[Tinkler|name]]; [[Kieran|name]] to stay with uncle [[Stuart Mabbett|name]], [[Stonehouse|place]], for 2
weeks.
Mother [[Sharon Mabbett|name]] attended for item 2; sister [[Chloe|name]] with her. [[Sharon|name]] asked that [[Kieran|name]]
not be moved from KLB; Mrs [[Pritchard|name]] agreed a part-time timetable. [[Chloe|name]] said [[Tinkler|name]]'s girlfriend
[[Demi Saunders|name]] has been at the house in [[Newtown|place]]. Next panel [[10/12/2026|date]].
Incidents: [[21/10|date]] missing ([[Gloucester|place]]); [[30/10|date]] seen in [[Tuffley|place]]; [[5/11|date]] stop search in
[[Cam|place]] with [[Brandon Cole|name]], nothing found; [[9/11|date]] [[Kieran|name]] at [[Berkeley|place]] Co-op with
[[BX17 HRO|vehicle]] outside.
"""),
]


# --- E. Watts / Campbell family (white British and Black Caribbean), Alveston and Thornbury; a baby, domestic abuse ---------

HOME_E = d.Address("Flat 3, 41 Castle Street", "", "Thornbury", "BS35 1HB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nevaeh", "Campbell")], dt.date(2026, 4, 11), addresses=[HOME_E], ids=["4077141257"]),
    _p("m", "mother", [("Shannon", "Watts")], dt.date(2005, 12, 19), addresses=[HOME_E], phones=["07961 305 882"]),
    _p("f", "father", [("Marcus", "Campbell")], dt.date(2002, 7, 23), phones=["07775 190 436"]),
], "c")

DOCS_E = [
    ("police domestic abuse log", """GLOUCESTERSHIRE CONSTABULARY - DOMESTIC ABUSE INCIDENT   Occurrence 26-4471-DA
[[03/11/2026|date]] 22:55
Location: [[Flat 3, 41 Castle Street|address]], [[Thornbury|place]] [[BS35 1HB|postcode]]
Victim: [[WATTS, Shannon|name]]  DOB [[19/12/2005|dob]]  [[07961 305 882|phone]]
Suspect: [[CAMPBELL, Marcus|name]]  DOB [[23/07/2002|dob]]  [[07775 190 436|phone]]  NI [[JK 41 73 58 D|ni]]
Child present: [[Nevaeh Campbell|name]], 6 months.

Neighbour Mr [[Colin Baber|name]] ([[Flat 4|address]]) called 999 hearing screaming. PC [[Rob Ferris|name]] and PC [[Asha Dhillon|name]]
attended. [[Shannon|name]] had a red mark on her neck; said [[Marcus|name]] grabbed her over his phone. [[Marcus|name]] left before
police came, in a white Corsa [[WR20 XGN|vehicle]]. Believed to have gone to his mum [[Janice Campbell|name]] in [[Filton|place]].
DASH: high. Baby checked: asleep, no marks. [[Shannon|name]]'s mum [[Donna Watts|name]] came from [[Alveston|place]] to stay.
[[Marcus|name]] arrested [[04/11/2026|date]] 09:30 at [[12 Braemar Avenue|address]], [[Filton|place]] [[BS7 0TD|postcode]].
Previous: [[18/08/2026|date]] verbal argument at [[Donna Watts|name]]'s address, [[2 Greenhill Road|address]], [[Alveston|place]]
[[BS35 3LT|postcode]]. [[Marcus|name]]'s brother [[Jerome Campbell|name]] came to the flat at 23:30 asking for [[Marcus|name]]'s keys.
Witness: [[Colin Baber|name]], [[07491 802 556|phone]].
"""),
    ("health visitor note of a new birth visit", """HV NEW BIRTH VISIT (typed up from the notes)   HV [[Lorna Fitch|name]]
[[24.4.26|date]]
Baby [[Nevaeh CAMPBELL|name]], born [[11/04/2026|dob]] at Southmead Hospital, NHS [[407 714 1257|nhs]]. Mother [[Shannon Watts|name]], 20.
Father [[Marcus|name]] present, held baby well. Maternal grandmother [[Donna|name]] visits from [[Alveston|place]] daily.
Paternal grandmother [[Janice|name]] in [[Filton|place]]; paternal great-grandmother "Granny [[Pearl|name]]" came from Jamaica
in the 60s and lives in [[St Pauls|place]].
Routine enquiry about domestic abuse: [[Shannon|name]] could not be seen alone ([[Marcus|name]] stayed). Plan: see alone at clinic
on [[8 May|date]]. Feeding well. GP [[Thornbury|place]] health centre.

Seen alone at clinic [[8/5/26|date]]: [[Shannon|name]] said [[Marcus|name]] "gets jealous" and checks her phone. Her friend
[[Leah Pitman|name]]
in [[Tytherington|place]] is her main support. DASH not done, low risk then. Dr [[Anand|name]] at the practice informed.
"""),
    ("mum's whatsapp messages typed up", """WhatsApp between [[Shannon|name]] and her friend [[Leah|name]], shown to SW
[[Kirsty Hucker|name]] on [[10/11|date]]

[[leah|name]]: hun u ok?? [[donna|name]] said police came
[[shannon|name]]: ye. [[marcus|name]] went mad. hes at his mums in [[filton|place]] now
[[leah|name]]: [[shan|name]] u cant keep taking him back
[[shannon|name]]: i know. [[nev|name]] was screaming
[[leah|name]]: come stay at mine in [[tytherington|place]]. [[jay|name]] wont mind
[[shannon|name]]: he says hes sorry. his mum [[jan|name]] keeps messaging me
[[leah|name]]: block her babe
[[shannon|name]]: granny [[pearl|name]] rang me tho, said she will box his ears lol
[[leah|name]]: [[pearl|name]] is a legend
[[shannon|name]]: sw is [[kirsty|name]] coming thurs
[[leah|name]]: [[kirsty|name]] is sound. [[jay|name]] had her when [[mason|name]] was little
[[shannon|name]]: my mum says i can stay at hers in [[alveston|place]] wiv [[mick|name]]
[[leah|name]]: [[mick|name]] is ok he just snores lol
[[shannon|name]]: [[marcus|name]] brother [[jerome|name]] came to [[castle st|address]] last nite. scared me
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[24/11/2026|date]]   Chair:
[[Patrick Doyle|name]] (IRO)
Child: [[Nevaeh Campbell|name]]  DOB [[11.04.2026|dob]]  Address: [[Flat 3|address]], [[41 Castle Street|address]], [[Thornbury|place]]

Present: [[Shannon Watts|name]] (mother) with advocate [[Gemma\nRudge|name]]; [[Kirsty Hucker|name]] (SW); [[Lorna Fitch|name]] (HV);
PC [[Asha Dhillon|name]]; [[Donna Watts|name]] (maternal grandmother, [[2 Greenhill Road|address]], [[Alveston|place]]).
Apologies: [[Marcus Campbell|name]] (father, bail conditions; lives with his mother [[Janice Campbell|name]] in [[Filton|place]]).

[[Kirsty|name]]: 3 incidents since [[Nevaeh|name]]'s birth; the first on [[6th June|date]] at [[Marcus|name]]'s cousin [[Tyrone|name]]'s in
[[Patchway|place]]. [[Shannon|name]] has now ended the relationship and applied for a non-molestation order.
[[Donna|name]]: [[Shannon|name]] and [[Nevaeh|name]] can stay with her. Her partner [[Mick Holder|name]] agrees.
Decision: child protection plan, category emotional abuse. Core group [[8/12/2026|date]]; review conference [[23/02/2027|date]].
Views: [[Shannon|name]] said she wants [[Nevaeh|name]] to know her dad's family, especially Granny [[Pearl|name]] in
[[St Pauls|place]], [[Bristol|place]]. [[Janice Campbell|name]] sent a letter saying [[Marcus|name]] "is a good dad". Core group:
[[Kirsty|name]],
[[Lorna|name]], [[Shannon|name]], [[Donna|name]], IDVA [[Fay Ruddle|name]].
Addresses shared with the core group: [[Shannon|name]]'s flat ([[41 Castle Street|address]], [[BS35 1HB|postcode]]); [[Donna|name]]'s in
[[Alveston|place]]; [[Janice|name]]'s at [[12 Braemar Avenue|address]], [[Filton|place]] [[BS7 0TD|postcode]]. Bail to
[[2/12/2026|date]], then
[[16/12/2026|date]]. [[Marcus|name]] not to enter [[Thornbury|place]] or [[Alveston|place]].
"""),
]


# --- F. Nowak family (Polish), Charfield; a mother's drinking, a boy of 10 ------------------------------------------------------

HOME_F = d.Address("17 Little Bristol Lane", "", "Charfield", "GL12 8LJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kacper", "Nowak")], dt.date(2016, 1, 28), addresses=[HOME_F], ids=["6790322922", "N803465520283"],
       schools=["Charfield Primary School"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1988, 9, 14), addresses=[HOME_F], phones=["01453 811 064"]),
], "c")

DOCS_F = [
    ("OCR'd scanned paediatric letter", """Nor th Bristol NHS Trust - Community Paediatrics   (scanned, OCR text)

Dr [[Rebecca Lam|name]], Consultant Paediatrician                     [[l9/ll/2O26|date]]

Re: [[Kacper N0WAK|name]]   D0B [[28.0l.2Ol6|dob]]   NHS [[679 032 2922|nhs]]
[[l7 Little Bristo1 Lane|address]], [[Char fie1d|place]], [[GLl2 8LJ|postcode]]

Dear Dr [[0wen|name]],

I saw [[Kacper|name]] with his mother Mrs [[Agnieszka Nowak|name]] and an interpreter, Mr [[Piotr Zaj4c|name]], on [[l2 Novem ber|date]].
[[Kacper|name]] has soiling and poor sleep. His school ([[Charfie1d Primary|school]]) reports he is often hungry. Mother told me
she has been drinking since her partner [[Tomasz|name]] left for [[Wroc1aw|place]]. I have asked SW [[Laura\nPhipps|name]] to visit.
Review in 3 months.

Dr [[R. Lam|name]]

cc: SW [[L. Phipps|name]], [[Yate|place]] office; Dr [[0wen|name]], [[Charfie1d|place]]; Mrs [[A. N0wak|name]],
[[l7 Litt1e Bristol Lane|address]]
"""),
    ("mother's text message translated from polish", """Text from [[Agnieszka Nowak|name]] to her sister [[Magda|name]] in
[[Opole|place]] (+48 number [[+48 601 234 567|phone]]),
sent [[20/11/2026|date]], shown to SW [[Laura Phipps|name]] and translated by [[Ewa Krol|name]]

"[[Madziu|name]], I can't do this. [[Kacper|name]] wet the bed again and the school rang. The social worker is coming on the
[[25th|date]]. [[Tomek|name]] doesn't answer, his mother in [[Wrocław|place]] says he has a new woman. If they take
[[Kacperek|name]] I will die. Maybe I come back to [[Opole|place]] for Christmas. Call me on the house phone [[01453 811 064|phone]]."

Reply from [[Magda|name]], [[21/11/2026|date]]: "[[Aga|name]], calm down. Ask [[Bożena|name]] from work to help. Mama says come to
[[Opole|place]] with [[Kacper|name]] in the holidays. [[Tomasz|name]] is a pig."
"""),
    ("family support worker's notes", """FAMILY SUPPORT - SESSION NOTES   Worker: [[Dionne Elliott|name]]   Family: [[NOWAK|name]],
[[Charfield|place]]

[[27/11/2026|date]] Home visit [[17 Little Bristol Lane|address]]. [[Agnieszka|name]] sober, tidy home. [[Kacper|name]] showed me his
Lego. Neighbour [[Bev Tanner|name]] ([[no. 19|address]]) looks after [[Kacper|name]] after school when mum works at the
care home in [[Wickwar|place]].
[[1/12/2026|date]] Went with [[Agnieszka|name]] to the alcohol service in [[Yate|place]]; worker [[Simon Hurcombe|name]]. She gave her
mobile [[07538 222 906|phone]] (new).
[[4/12/2026|date]] [[Kacper|name]] at his friend [[Harry Ball|name]]'s in [[Kingswood|place]] (the village by [[Wotton|place]]).
[[Harry|name]]'s mum [[Nicola|name]] is happy to help. [[Agnieszka|name]]'s friend [[Joanna Wiśniewska|name]] from
[[Chipping Sodbury|place]]
will come at weekends.
[[5/12/2026|date]] Met [[Kacper|name]] at [[Charfield Primary|school]] with his teacher Mrs [[Hemmings|name]]. He said "mama is
better" and that [[Bev|name]] makes him beans. He misses tata ([[Tomasz|name]]) who phones from [[Wrocław|place]] on Sundays.
[[6/12/2026|date]] Plan for the holidays: [[Kacper|name]] at holiday club in [[Wotton-under-Edge|place]] on [[21/12|date]],
[[22/12|date]] and [[23/12|date]]; trip to [[Opole|place]] from [[27/12|date]] if [[Agnieszka|name]] stays sober. School breaks up
[[18 Dec|date]].
"""),
    ("mother's complaint email", """From: [[aga.nowak88@gmail.com|email]]
To: [[complaints@southglos.example|email]]
Date: [[5 Dec 2026|date]]
Subject: complaint about social worker

I want to complain about [[Laura Phipps|name]]. She told the school about my drinking and now Mrs [[Hemmings|name]] looks at me
like I am a bad mother. I am [[Kacper Nowak|name]]'s mother and I have stopped drinking since [[1 December|date]]. Also the
interpreter [[Ewa|name]] is from [[Opole|place]] and knows my sister [[Magdalena|name]] and I do not want her. Please give me a
man interpreter or [[Piotr|name]] again. My neighbour [[Beverley|name]] can tell you I am a good mum.

[[Agnieszka NOWAK|name]]
[[17 Little Bristol Lane|address]], [[Charfield|place]], [[Wotton-under-Edge|place]] [[GL12 8LJ|postcode]]   tel [[07538 222 906|phone]]

P.S. Ask Mrs [[Bev Tanner|name]] at [[no 19|address]] or [[Simon|name]] at the service in [[Yate|place]]. My Polish friend [[Joanna|name]]
in [[Chipping Sodbury|place]] too ([[07856 441 207|phone]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 247 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 02:02 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse", "our",
           "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "buba", "boi",
           "dadi", "bhuli", "bhaiji", "ji", "didi", "mama", "tata", "babcia", "ciocia"}
_AFTER = {"senior", "junior", "ji", "mama", "bhaiji"}
_NOT_PLACES = {"england", "uk", "gloucestershire", "south gloucestershire", "south glos", "india", "uttarakhand", "poland",
               "jamaica", "the severn vale"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("buba", "dadi", "Mohan ji") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
