"""Set 216: a held-out hand-written set for the redaction detector, six invented families in south-east Somerset (Wincanton,
Bruton, Castle Cary and the villages around them), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set214.py, bench/redaction_set215.py and bench/redaction_set217.py and their tests (written by other helpers
at the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked
at no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end:
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full,
and a grep of bench/redaction_set15.py for how records are built (party roles, phones, NI numbers); bench/redaction_set181.py
was not opened (set 213 follows its conventions and was copied instead); bench/redaction_handwritten.py was not opened. The
docstrings of all bench/redaction_set*.py were searched by script for the towns (Wincanton, Bruton, Castle Cary: no hit) and
for European communities, printing only a few words around each hit: Maltese, Icelandic, Slovenian, Basque, Frisian,
Flemish, Kashubian, Friulian, Sardinian, Latvian and others matched; Walloon (and Wallonia) did not. Phone numbers were
checked with the phonenumbers library and NHS numbers and UPNs (LA 933, Somerset) made with python-stdnum in small
snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

A little short of the size asked: the sitting was about half an hour, so this set has 24 documents and 866 gold spans (510
names) rather than about 900; the documents were written short and lengthened in rounds while time allowed.

Six families: a young white British mother in Wincanton, the father at his mother's in Bayford (Dyer / Coombs; a baby's
faltering growth, a dirty home, a father's threats); a Walloon family from Namur, Dinant and Ciney (Belgium) in Bruton
(Lambotte / Dethier; domestic abuse by a father flying in from Charleroi, a mother's voice notes in French translated, a
grandmother called Bobonne); a boy of 15 from Ansford, Castle Cary, going missing to Yeovil (Penny / Haskins; criminal
exploitation, county lines); a baby in Templecombe with parents who have learning disabilities (Sparkes / Harvey; a nan in
Henstridge, a violent friend); a boy of 10 in Evercreech with a mother misusing alcohol (Moss; a nan in Shepton Mallet, a
violent boyfriend); and a farming family at North Cadbury (Lush / Creed; a girl of 13 who self-harms, a father's temper, an
aunt in Galhampton). The community named here, Walloon (French-speaking Belgian, from Wallonia), appears in no earlier
docstring searched. 24 documents, each with its own style label: a health visitor's home visit note, a dad's Facebook
Messenger chat typed up, a MASH referral, a boy's own words with the school nurse, a police domestic abuse log, a mother's
WhatsApp voice note in French transcribed and translated, a MARAC referral, a girl's own letter to the conference, a return
home interview, a strategy discussion minute, Snapchat messages typed up by police, a mother's complaint email, a newborn
assessment summary, midwife's and family support worker's case notes, child protection conference minutes, a gran's letter
scanned with its OCR misreadings, a school safeguarding log (CPOMS export), a police log of a call to the home, a nan's texts
to the social worker, child in need review minutes, a GP letter, a young person's own words typed by her advocate, a social
worker's home visit case note and a school safeguarding lead's email.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Belgium +32); NHS numbers and UPNs pass their check digits; NI numbers are
of valid format. The surgery ("Cale Valley Practice"), the nursery and the advocacy service are invented; towns, villages,
districts and the streets are real or plausible and marked as places and addresses.

Markup and conventions: those of bench/redaction_set213.py (after set 181). Titles and kinship words stay outside a name (Mr,
Mrs, Ms, Dr, PC, DC, DS, SW, HV, Nan, Nanny, Madame, Parrain, Papy, Tatie); "SURNAME, First" is one span; initials alone
are not marked; usernames ("kian_p11") are not marked; organisations holding a town's name stay unmarked ("Yeovil District
Hospital", "Avon and Somerset Police", "Somerset Council", "Young Somerset", "HMP Guys Marsh"); countries, counties and
regions ("Somerset", "Belgium", "Wallonia") are not places; an OCR misreading keeps its kind ("5parkes", "l7 Furge Lane",
"Temp1ecombe", "l9/ll/2O26"); "Cadbury Castle" (the hill fort) and "the racecourse" are landmarks and not marked.

Choices this set had to make: chat speaker labels are names ("wayne dyer:", "tiz:"), usernames are not; a pet's or horse's
name ("Bramble", "Tyson", "Jessie") is marked as a name; "Bobonne" (Walloon for granny), "Maman", "papa", "Parrain" and
"Papy" are kinship words and not names; "Jeff" (the family's short form of Jean-François) and "Big D" are names; a Belgian
street with its number after ("Rue de Fer 28") is an address and a Belgian four-digit postcode ("5000", "5590") a postcode;
"Street" (the Somerset town) and "Cole" (a hamlet by Bruton) are places; "Tenerife" is marked as a place (an island, not a
country); a farm's name ("Higher Woolston Farm") is an address, and so is a
street with no number ("Market Place", "Prestleigh Road"); "Pen Mill" (a district of Yeovil) is a place; a school's
short name ("Sexey's", "King Arthurs", "Ansford") is a school; "cary" for Castle Cary and "shepton" for Shepton Mallet in
chats are places; a place written across a line break ("North\\nCadbury", "Milborne\\nPort") is one place span; a weekday
before a date stays outside the date; a wrong phone number given and corrected in the text is marked as a phone.

Self-check without the detector: `python -m bench.redaction_set216` (and tests/test_redaction_set216.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 866 gold spans, 510 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dyer / Coombs family (white British), Wincanton ----------------------------------------------------------------

HOME_A = d.Address("14 Cale Way", "", "Wincanton", "BA9 9PR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dyer")], dt.date(2019, 6, 3), addresses=[HOME_A], ids=["3277061906", "G933772562782"],
       schools=["Wincanton Primary School"]),
    _p("s", "sibling", [("Ruby", "Dyer")], dt.date(2024, 2, 17), addresses=[HOME_A], ids=["4587276472"]),
    _p("m", "mother", [("Stacey", "Coombs")], dt.date(1998, 10, 8), addresses=[HOME_A], phones=["07812 406 931"]),
    _p("f", "father", [("Wayne", "Dyer")], dt.date(1995, 1, 29), phones=["07958 213 647"]),
], "c")

DOCS_A = [
    ("health visitor's home visit note", """HEALTH VISITING - HOME VISIT RECORD
Child: [[DYER, Ruby|name]]  DOB [[17/02/2024|dob]]  NHS [[458 727 6472|nhs]]
Sibling: [[Tyler Dyer|name]] ([[03/06/2019|dob]]). Mother: [[Stacey Coombs|name]] [[07812 406 931|phone]]
Address: [[14 Cale Way|address]], [[Wincanton|place]], [[BA9 9PR|postcode]]. HV: [[Megan Tuffin|name]]

Visit [[24/11/2026|date]] 10.15. [[Stacey|name]] answered in her dressing gown. Curtains shut. Strong smell of cat urine.
[[Ruby|name]] in a cot with a bottle propped, nappy heavy. Weight dropped from the 50th to the 9th centile since [[May|date]].
[[Stacey|name]] said [[Wayne|name]] "only comes for his tea" and lives at his mum's in [[Bayford|place]]. His mum is
[[Pauline Dyer|name]]. A friend, [[Kerry-Ann Mogg|name]], was on the sofa with her boy [[Alfie|name]] (about 4).
[[Tyler|name]] at school. [[Stacey|name]] says the Cale Valley Practice cancelled her twice. GP is Dr [[Haines|name]].
Previous HV [[Sally Pring|name]] (to [[March|date]]) noted [[Tyler|name]]'s speech delay; SALT [[Hannah Lukins|name]] at [[Frome|place]].
Plan: weekly visits; referral to the MASH today; discuss with [[Tyler|name]]'s school nurse [[Jo Bevan|name]].
Next visit [[1st December|date]]. Signed [[M. Tuffin|name]] HV.
Contacts: [[Megan Tuffin|name]] [[megan.tuffin@somersetft.nhs.uk|email]]; team base [[Wincanton|place]] clinic, [[Balsam
Park|address]].
Addendum [[25/11/2026|date]]: rang [[Pauline Dyer|name]] on [[01963 960 482|phone]]? Wrong number, that is a [[Galhampton|place]]
farm. [[Stacey|name]] gave [[Pauline|name]]'s mobile as [[07823 615 904|phone]]. [[Pauline|name]] said [[Wayne|name]] sleeps in her
shed at [[Bayford|place]] and [[Stacey|name]]'s own mum, [[Tracey Coombs|name]], lives in [[Frome|place]] and "washed her hands".
"""),
    ("dad's facebook messenger chat typed up", """Facebook Messenger, [[Wayne Dyer|name]] to [[Stacey Coombs|name]], screenshots given by
[[Stacey|name]] to SW [[Owain Pritchard|name]] on [[2/12/26|date]]

[[wayne dyer|name]]: u let that hv in again?? [[28 nov|date]] 22:14
[[wayne dyer|name]]: shes a grass. [[pauline|name]] says they take kids
[[stacey coombs|name]]: shes helping with [[ruby|name]] weight
[[wayne dyer|name]]: im coming round. tell [[kerry ann|name]] to get out
[[stacey coombs|name]]: dont. [[ty|name]] is asleep
[[wayne dyer|name]]: ill be at [[cale way|address]] in 10. my mates [[jonno|name]] is driving
[[stacey coombs|name]]: im ringing [[pauline|name]]
[[wayne dyer|name]]: go on then she lives in [[bayford|place]] not [[wincanton|place]] lol
[[wayne dyer|name]]: [[29 nov|date]] 01:02 sorry babe. come to mine in [[bayford|place]] sunday
[[stacey coombs|name]]: [[tyler|name]] cried all night cos of u
[[kerry ann mogg|name]]: [[stac|name]] dont reply to him. [[alfie|name]] is asleep on ur bed
[[wayne dyer|name]]: tell [[ty|name]] ill take him to [[cadbury|place]] garden centre to see santa
[[stacey coombs|name]]: [[kerry ann|name]] says u were in the [[bruton|place]] pub with [[jonno|name]] and [[sian|name]] last night
[[wayne dyer|name]]: [[sian|name]] is [[jonnos|name]] sister u nutter
[[stacey coombs|name]]: whatever. [[owain|name]] the social worker is coming tues
[[wayne dyer|name]]: dont let him in. [[PAULINE|name]] says hes from [[yeovil|place]] and hes useless
[[stacey coombs|name]]: ur mum says a lot. shes not had [[tyler|name]] since [[august|date]]
[[wayne dyer|name]]: [[2 dec|date]] 07:40 can u bring [[ruby|name]] to [[bayford|place]] sat. mum wants her
[[stacey coombs|name]]: only if [[kerry ann|name]] comes
"""),
]

# --- B. Lambotte / Dethier family (Walloon, from Namur and Dinant, Belgium), Bruton ------------------------------------

HOME_B = d.Address("3 Quaperlake Street", "", "Bruton", "BA10 0HF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Maëlle", "Lambotte")], dt.date(2014, 9, 21), addresses=[HOME_B], ids=["2017090069",
       "X933743384099"], schools=["Sexey's School"]),
    _p("s", "sibling", [("Noah", "Lambotte")], dt.date(2018, 4, 12), addresses=[HOME_B], ids=["8484671542"]),
    _p("m", "mother", [("Aurélie", "Dethier")], dt.date(1986, 7, 30), addresses=[HOME_B], phones=["07493 857 102"]),
    _p("f", "father", [("Jean-François", "Lambotte")], dt.date(1983, 12, 5), phones=["+32 470 12 34 56"]),
], "c")

DOCS_B = [
    ("police domestic abuse log", """AVON AND SOMERSET POLICE - STORM LOG 0412 [[05/12/2026|date]]
Caller: [[DETHIER, Aurélie|name]] ([[07493 857 102|phone]]), [[3 Quaperlake Street|address]], [[Bruton|place]] [[BA10 0HF|postcode]]
2141 Caller states ex-partner [[Jean-François LAMBOTTE|name]] (DOB [[05/12/1983|dob]]) at the door shouting in French.
2143 Children [[Maëlle|name]] (12) and [[Noah|name]] (8) in the house. Neighbour [[Ian Cresswell|name]] at [[no. 5|address]]
has come out.
2150 PC [[Hollie Brake|name]] and PC [[Sam Kilby|name]] attend. Male gone in a grey Peugeot [[FN68 WZT|vehicle]].
2204 Male traced at the [[Bruton|place]] station car park. Says he flew in from [[Charleroi|place]] to see the kids for
his birthday. Bail conditions from [[October|date]]: not to enter [[Bruton|place]].
2226 Second Belgian number for the male, [[+32 495 67 81 20|phone]], given by the victim; email [[jf.lambotte@skynet.be|email]].
2230 Arrested. Belgian mobile [[+32 470 12 34 56|phone]] seized. DASH high. Referral to MARAC and the
MASH. [[Maëlle|name]] said "Papa" hit the door with a torch.
2245 Victim's friend [[Sophie Vranckx|name]] of [[Castle Cary|place]] came to sit with her. Children stay at home.
2251 [[Maëlle|name]] spoke to PC [[Brake|name]]: "[[Jeff|name]]" (her name for her father) pushed mum in [[October|date]] at
[[Cole|place]] too.
2310 Officer in case DC [[Mark Selwood|name]]. [[LAMBOTTE|name]] to be interviewed at [[Yeovil|place]] custody [[06/12|date]].
"""),
]

# --- C. Penny / Haskins family (white British), Ansford, Castle Cary --------------------------------------------------

HOME_C = d.Address("22 Ansford Hill", "Ansford", "Castle Cary", "BA7 7JL")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kian", "Penny")], dt.date(2011, 3, 16), addresses=[HOME_C], ids=["3244644392", "R933364747619"],
       schools=["Ansford Academy"]),
    _p("m", "mother", [("Leanne", "Haskins")], dt.date(1989, 5, 11), addresses=[HOME_C], phones=["07716 390 428"]),
], "c")

DOCS_C = [
    ("return home interview", """RETURN HOME INTERVIEW - [[PENNY, Kian|name]] DOB [[16.03.2011|dob]] UPN [[R933364747619|upn]]
Missing from [[22 Ansford Hill|address]], [[Ansford|place]], [[Castle Cary|place]] [[BA7 7JL|postcode]] [[28/11/2026|date]] to
[[30/11/2026|date]]. Interviewed at [[Ansford Academy|school]] by [[Rhys Gulliver|name]] (Young Somerset) on [[2 Dec|date]].
[[Kian|name]] said he got the train from [[Castle Cary|place]] to [[Yeovil|place]] with "[[Tiz|name]]" ([[Tyrese Milward|name]], 17)
and stayed at a flat in [[Pen Mill|place]] belonging to "[[Big D|name]]". He did not know the address, "near the
Asda". [[Kian|name]] had £200 and a second phone. He said [[Tiz|name]]'s cousin [[Reece|name]] drives a black Golf
[[WP71 HKD|vehicle]].
Mum [[Leanne Haskins|name]] ([[07716 390 428|phone]]) says [[Kian|name]]'s dad [[Craig Penny|name]] is in HMP Guys Marsh
and his uncle [[Darren Penny|name]] in [[Galhampton|place]] "lets him do what he wants".
[[Kian|name]] wants to do a mechanics course with Mr [[Yeo|name]] at [[Ansford|school]].
Return interview offered on [[1/12|date]]; he refused. Mum's partner [[Jamie Loder|name]] was present.
[[Kian|name]] named another boy, "[[Jaydn|name]]" from [[Wincanton|place]], who also went to [[Yeovil|place]] with [[Tiz|name]].
His girlfriend [[Maddie Stuckey|name]] (14) lives in [[Ditcheat|place]]; her mum [[Nicola|name]] has banned him.
Next RHI if missing again: [[Rhys|name]] ([[07891 452 036|phone]]). Copy to SW [[Tom Eavis|name]] and DS [[Hebditch|name]].
"""),
]

# --- D. Sparkes / Harvey family (white British), Templecombe ----------------------------------------------------------

HOME_D = d.Address("9 Station Road", "", "Templecombe", "BA8 0JR")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Isla", "Sparkes")], dt.date(2026, 8, 30), addresses=[HOME_D], ids=["7586402965"]),
    _p("m", "mother", [("Kelsey", "Sparkes")], dt.date(2003, 4, 2), addresses=[HOME_D], phones=["07872 541 396"],
       ids=["JK 42 71 58 C"]),
    _p("f", "father", [("Ashley", "Harvey")], dt.date(2000, 11, 14), addresses=[HOME_D], phones=["07531 628 904"]),
    _p("g", "grandparent", [("Maureen", "Sparkes")], dt.date(1968, 2, 23), phones=["01963 350 718"]),
], "c")

DOCS_D = [
    ("pre-birth and newborn assessment summary", """CHILD AND FAMILY ASSESSMENT (newborn) - Somerset Council
Child: [[Isla SPARKES|name]]  DOB [[30 August 2026|dob]]  NHS [[758 640 2965|nhs]]
Parents: [[Kelsey Sparkes|name]] (NI [[JK 42 71 58 C|ni]], [[07872 541 396|phone]]) and [[Ashley Harvey|name]]
([[07531 628 904|phone]]), [[9 Station Road|address]], [[Templecombe|place]], [[BA8 0JR|postcode]]. SW [[Farah Quayle|name]].

Father's NI [[SH 19 83 46 D|ni]]; [[Ashley|name]]'s sister [[Jade Harvey|name]] ([[07852 730 164|phone]]) lives in [[Wincanton|place]].
Both parents have a learning disability. [[Kelsey|name]] was known to children's services in [[Sherborne|place]] as a child.
Her mum [[Maureen Sparkes|name]] ([[01963 350 718|phone]]) lives in [[Henstridge|place]] and visits daily. [[Ashley|name]]'s
friend "[[Gaz|name]]" ([[Gary Wadman|name]]) stays over and has a conviction for violence. Midwife [[Tess Ayling|name]] saw
[[Isla|name]] on [[2/9/26|date]] and on [[9 Sept|date]]: feeds not recorded, bottles unwashed.
The family support worker [[Danni Rowsell|name]] started on [[21st September 2026|date]] and goes Tuesdays.
[[Maureen|name]] says [[Gaz|name]] has "a girlfriend in [[Milborne Port|place]]", [[Shelley|name]].
[[Isla|name]]'s paternal grandfather, [[Keith Harvey|name]] of [[Wincanton|place]], has offered help; [[Ashley|name]] has not seen
him since he was 16. [[Ashley|name]]'s support worker at the college in [[Yeovil|place]] is [[Ben Foot|name]].
Outcome: child in need; review [[30/11/2026|date]].
Signed: [[F. Quayle|name]], [[farah.quayle@somerset.gov.uk|email]], [[21 October 2026|date]]. Manager: [[Alan
Pardoe|name]].
"""),
]

# --- E. Moss family (white British), Evercreech ------------------------------------------------------------------------

HOME_E = d.Address("41 Queens Road", "", "Evercreech", "BA4 6JD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lewis", "Moss")], dt.date(2016, 1, 7), addresses=[HOME_E], ids=["8511834486", "T933333057122"],
       schools=["Evercreech Church of England Primary School"]),
    _p("m", "mother", [("Donna", "Moss")], dt.date(1984, 8, 19), addresses=[HOME_E], phones=["07405 917 263"]),
    _p("g", "grandparent", [("Jean", "Moss")], dt.date(1959, 3, 4)),
], "c")

DOCS_E = [
    ("school safeguarding log", """[[EVERCREECH PRIMARY|school]] - CPOMS EXPORT - [[MOSS, Lewis|name]] (Y5) DOB [[07/01/2016|dob]]
[[3 Nov 2026|date]] [[Lewis|name]] said mum "had wine for breakfast". Logged by Mrs [[Sarah Keevil|name]] (teacher).
[[6 Nov 2026|date]] Mum [[Donna Moss|name]] at pick up slurring. [[Lewis|name]] went home with Nan [[Jean Moss|name]] to
[[Shepton Mallet|place]]. DSL [[Paul\nRendell|name]] informed.
[[13 Nov 2026|date]] [[Lewis|name]] late, no coat. Said [[Gavin|name]] (mum's boyfriend, [[Gavin Tapp|name]]) "threw the
telly". Call to MASH.
[[20.11.26|date]] [[Lewis|name]]'s friend [[Oscar Denning|name]]'s mum Mrs [[Denning|name]] says [[Lewis|name]] is at theirs most
nights in [[Evercreech|place]]. She lives on [[Prestleigh Road|address]].
[[27/11/2026|date]] Mum rang from [[07405 917 263|phone]] to say [[Lewis|name]] had a "bug". Home visit by [[Paul Rendell|name]]:
[[41 Queens Road|address]] - no answer. Neighbour Mrs [[Chaudhry|name]] said she heard shouting.
[[1/12/2026|date]] [[Lewis|name]] said he slept at nan's in [[Shepton|place]]; nan's partner [[Trevor|name]] took him to
[[Wells|place]]. [[Lewis|name]] and [[Oscar|name]] in a fight with [[Kacper Nowak|name]]; Mr [[Rendell|name]] spoke to all three.
[[2/12/2026|date]] [[Lewis|name]] asked Mrs [[Keevil|name]] if "[[Gav|name]]" can go to prison.
[[3/12/2026|date]] CIN review held; Nan [[JEAN MOSS|name]] and mum attended. [[Lewis|name]] chose [[Oscar|name]] to sit with him.
[[4/12/2026|date]] [[Lewis|name]]'s dad [[Mark Pitman|name]] rang the office from [[07852 730 164|phone]]? Number belongs to someone
else; Mrs
[[Keevil|name]] to ask [[Donna|name]].
"""),
]

# --- F. Lush / Creed family (white British, farming), North Cadbury -----------------------------------------------------

HOME_F = d.Address("Higher Woolston Farm", "", "North Cadbury", "BA22 7BJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Lush")], dt.date(2013, 5, 25), addresses=[HOME_F], ids=["1463579144", "W933288188783"],
       schools=["King Arthur's School"]),
    _p("m", "mother", [("Rebecca", "Creed")], dt.date(1981, 9, 9), addresses=[HOME_F], phones=["07969 184 570"]),
    _p("f", "father", [("Martin", "Lush")], dt.date(1976, 6, 14), addresses=[HOME_F], phones=["07384 260 519"]),
], "c")

DOCS_F = [
    ("GP letter to the social worker", """Cale Valley Practice, [[Wincanton|place]]
[[1 December 2026|date]]
Dear Ms [[Nadia Farrow|name]],
Re: [[Poppy LUSH|name]], DOB [[25/05/2013|dob]], NHS [[146 357 9144|nhs]], [[Higher Woolston Farm|address]], [[North Cadbury|place]]
[[BA22 7BJ|postcode]]
I saw [[Poppy|name]] with her mother [[Rebecca Creed|name]] on [[27th November|date]]. She has healed cuts to her left forearm
and said she does it "when dad goes off". Mr [[Martin Lush|name]] phoned the surgery the next day from [[07384 260 519|phone]]
asking what she had said. I have referred to CAMHS ([[Yeovil|place]]) and to Kooth.
Yours sincerely, Dr [[Eleanor Haines|name]]
cc: [[Rory McAllister|name]], DSL, [[King Arthur's School|school]]; CAMHS duty ([[Yeovil|place]]).
P.S. [[Poppy|name]]'s brother [[Joshua Lush|name]] ([[12/02/2007|dob]]) is also our patient and lives in [[Sherborne|place]].
"""),
]


DOCS_A += [
    ("MASH referral", """MASH REFERRAL - received [[24.11.2026|date]] 14:02 - from [[Megan Tuffin|name]], Health Visitor
Children: [[Tyler DYER|name]] ([[3 June 2019|dob]], UPN [[G933772562782|upn]], [[Wincanton Primary School|school]]);
[[Ruby DYER|name]] ([[17 Feb 2024|dob]])
Mother: [[Stacey Coombs|name]], [[14 Cale Way|address]], [[Wincanton|place]] [[BA9 9PR|postcode]], mob [[07812 406 931|phone]]
Father: [[Wayne Dyer|name]] ([[07958 213 647|phone]]), staying with his mother [[Pauline Dyer|name]], [[2 Church Lane|address]],
[[Bayford|place]] [[BA9 9NQ|postcode]].
Mother's NI number [[JH 27 64 90 A|ni]]; mother's GP Dr [[Haines|name]], Cale Valley Practice.
Concerns: faltering growth, home conditions, adults smoking cannabis. A man called "[[Jonno|name]]" ([[Jonathan Tite|name]])
drives [[Wayne|name]] about in a white van [[WX17 LBN|vehicle]]. [[Tyler|name]] told school nurse [[Jo Bevan|name]]
([[jo.bevan@somersetft.nhs.uk|email]]) that he is "the one who feeds [[Ruby|name]]".
Decision ([[Lucy Harker|name]], MASH manager, [[25/11/2026|date]]): strategy discussion; allocate to [[Owain Pritchard|name]].
Nursery: [[Ruby|name]] has a funded place at Little Acorns, [[Moor Lane|address]], [[Wincanton|place]], not taken up.
Also known: [[Stacey|name]]'s ex-partner [[Callum Brine|name]] (2020, [[Castle Cary|place]]), NFA. Police: PC [[Hollie Brake|name]].
"""),
    ("a boy's own words with the school nurse", """all about me - [[tyler|name]] - [[30th nov|date]] with [[jo|name]]
i live in [[wincanton|place]] with mum and [[ruby|name]]. [[ruby|name]] is my baby sister she is 2. i give her milk.
dad lives at nanny [[pauline|name]]s in [[bayford|place]] she has chickens and a dog called [[Bramble|name]].
when dad comes he shouts at mum. [[jonno|name]] waits in the van. i hide in my room with my lego.
my best friends are [[Archie|name]] and [[Layla|name]]. [[kerry ann|name]] is mums friend she is nice, her boy is [[alfie|name]].
my wish is to go to the racecourse with grandad [[Roy|name]] again.
i have a cat called [[Smudge|name]]. [[ruby|name]] pulls his tail. nanny [[pauline|name]] says [[smudge|name]] is a flea bag.
[[Jo|name]] wrote: [[Tyler|name]] drew a van and a man, "[[JONNO|name]]". He asked me not to tell dad.
[[tyler|name]] said grandad [[roy|name]] lives in [[templecombe|place]] near the trains.
his teacher is miss [[hodder|name]] and his TA is mrs [[o'brien|name]]. [[tyler|name]] asked if [[ruby|name]] can come to the
christmas play on the [[16th|date]].
"""),
]

DOCS_B += [
    ("mother's WhatsApp voice note in French transcribed and translated", """Voice note, [[Aurélie Dethier|name]] to her mother
[[Monique Dethier|name]] ([[+32 81 22 45 67|phone]], [[Ciney|place]]), [[6 déc.|date]] 2026, translated by [[Claire Ronveaux|name]]
(interpreter) on [[8/12/2026|date]]

"Maman, it's me. [[Jeff|name]] came last night, here, to [[Bruton|place]]. The police took him. [[Maëlle|name]] saw everything,
[[Noah|name]] slept. I want to come home to [[Namur|place]] for Christmas but the social worker, Madame [[Farrow|name]], no,
Madame [[Fairweather|name]], says we must talk first. [[Jean-François|name]]'s brother [[Olivier|name]] rang from [[Dinant|place]]
saying I am lying. Tell Parrain [[Jacques|name]] not to give [[Olivier|name]] my address. [[Maëlle|name]] sends kisses to
Bobonne and to [[Chloé|name]]. We are at [[Quaperlake Street|address]] still, [[no 3|address]]."
Interpreter's note: "[[Jeff|name]]" is the family's short form for [[Jean-François|name]].
"Voice note 2 ([[7 déc.|date]]): "Maman, [[Olivier|name]] posted on Facebook that I stole the children. [[Jacques|name]] says
ignore. The lady from the refuge, [[Becky|name]], is coming. Kisses to [[Chloé|name]] and to Tatie [[Nathalie|name]]."
"Bobonne" is a Walloon word for granny, "Parrain" a godfather; neither is a name.
"""),
    ("MARAC referral", """MARAC REFERRAL FORM - Somerset - [[07/12/2026|date]]
Victim: [[Aurélie DETHIER|name]], DOB [[30/07/1986|dob]], [[3 Quaperlake Street|address]], [[Bruton|place]], [[BA10 0HF|postcode]],
safe number [[07493 857 102|phone]] (text first)
Perpetrator: [[Jean-François LAMBOTTE|name]], DOB [[05/12/1983|dob]], address [[Rue de Fer 28|address]], [[5000|postcode]]
[[Namur|place]], mob [[+32 470 12 34 56|phone]]
Children: [[Maëlle Lambotte|name]] ([[21/09/2014|dob]], [[Sexey's School|school]], [[Bruton|place]]); [[Noah Lambotte|name]]
([[12/04/2018|dob]], [[Bruton Primary School|school]])
Children's NHS numbers: [[Maëlle|name]] [[2017090069|nhs]], [[Noah|name]] [[848 467 1542|nhs]]; [[Maëlle|name]]'s UPN
[[X933743384099|upn]].
History: assault in [[Namur|place]] in [[2021|date]] reported to the police in Belgium; followed her to [[Frome|place]] in [[August|date]]
2026 when she worked at the café with [[Tanya Lusty|name]]. IDVA: [[Becky Hallett|name]] ([[bhallett@sias.org.uk|email]]).
Referrer: DC [[Mark Selwood|name]], [[Wincanton|place]] police station.
Previous addresses in the UK: [[Flat 2, 8 Catherine Street|address]], [[Frome|place]] [[BA11 1DA|postcode]] (to [[March 2025|date]]).
Other people: the father's brother [[Olivier Lambotte|name]], [[Dinant|place]]; the mother's parents [[Monique|name]] and
[[André Dethier|name]], [[Rue Saint-Nicolas 14|address]], [[5590|postcode]] [[Ciney|place]].
"""),
    ("a girl's own letter to the conference", """To the people at the meeting, from [[Maëlle|name]] ([[Maëlle Lambotte|name]], year 8)
[[10th December 2026|date]]

I don't want to see papa until he says sorry to maman. When he came to [[Bruton|place]] I was scared and [[Noah|name]] was
asleep. I like [[Sexey's|school]] and my friends [[Isabel|name]] and [[Mia Rendle|name]]. My best teacher is Mr [[Okonjo|name]].
At Christmas we always went to Bobonne in [[Ciney|place]] and to my cousins in [[Jambes|place]]. I miss my cousin [[Chloé|name]].
Please can [[Becky|name]] still come on Thursdays. Thank you.
When we lived in [[Namur|place]] we were at [[Rue des Brasseurs 7|address]] near the river and papa was nice then.
P.S. [[Noah|name]] says hello and he wants Papy [[André|name]] to come too.
[[Maëlle|name]]
(typed by [[Becky Hallett|name]] from [[Maëlle|name]]'s handwriting, [[11/12/26|date]])
"""),
]

DOCS_C += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Kian PENNY|name]] ([[16/03/2011|dob]]) - [[3 December 2026|date]], Teams
Chair: [[Gemma Vowles|name]] (team manager). Present: SW [[Tom Eavis|name]]; DS [[Karen Hebditch|name]] (Avon and Somerset
Police); [[Rhys Gulliver|name]]; DSL Mrs [[Ruth Lovell|name]] ([[Ansford Academy|school]]); school nurse [[Asha Nair|name]].
Police ref for the last episode: [[Kian|name]] reported by [[Leanne|name]] at 19:40 on [[28/11|date]]; PC [[Gibbs|name]] took
the report. DS [[Hebditch|name]]: [[Dwayne Chivers|name]], DOB [[14/06/1994|dob]], NI [[PC 51 38 27 B|ni]], car [[YD66 OXR|vehicle]].
Information: [[Kian|name]] missing 3 times since [[September|date]]. Found at [[Yeovil|place]] bus station on [[30/11|date]].
Associates: [[Tyrese Milward|name]] ("[[Tiz|name]]", DOB [[02/08/2009|dob]]), [[Reece Milward|name]], and an adult known as "[[Big D|name]]"
believed to be [[Dwayne Chivers|name]] of [[Pen Mill|place]]. Vehicle [[WP71 HKD|vehicle]] seen in [[Castle Cary|place]] [[Market
Place|address]] on [[1 Dec|date]]. Uncle [[Darren Penny|name]], [[Galhampton|place]], [[07716 390 428|phone]]? - no, that is mum's number.
[[Leanne|name]]'s partner [[Jamie Loder|name]] (DOB [[30/10/1985|dob]]) asked to leave the room at 10.20.
Actions: NRM referral ([[Tom Eavis|name]]); disruption at the [[Pen Mill|place]] flat (DS [[Hebditch|name]]); [[Kian|name]]'s
phone to be looked at with mum [[Leanne|name]]'s consent.
[[Kian|name]]'s NHS number [[324 464 4392|nhs]]; GP Dr [[Venn|name]] at [[Castle Cary|place]].
Next meeting: [[10/12/2026|date]]. Minutes by [[Sian Loxton|name]].
"""),
    ("snapchat messages typed up by police", """Exhibit KH/3 - Snapchat, [[Kian|name]]'s second phone, typed by DC
[[Luke\nBarnard|name]]  [[04/12/26|date]]

[[tiz|name]]: u at [[cary|place]] station 4 20
kian_p11: ye
[[tiz|name]]: [[big d|name]] says bring the ting to [[yeovil|place]]. [[reece|name]] picks u up [[pen mill|place]]
kian_p11: my mum is gona go mad
[[tiz|name]]: tell her ur at [[kalebs|name]] in [[ansford|place]]
kian_p11: [[kaleb|name]] wont lie for me
[[tiz|name]]: then dont come back bro
kian_p11: ok im coming. tell [[big d|name]] im sorry about the money
[[reece|name]]: outside [[cary|place]] co op in the golf
[[tiz|name]]: [[kaleb|name]] snitched to mr [[yeo|name]]
[[maddie|name]]: [[KIAN|name]] where r u. ur mum is at my door
kian_p11: tell her im at [[jacks|name]] in [[alford|place]]
[[maddie|name]]: [[jack|name]] is on holiday in [[tenerife|place]] u idiot
kian_p11: k. if my mum rings [[tiz|name]] say im at urs
"""),
    ("mother's complaint email", """From: [[leannehaskins89@gmail.com|email]]
To: Somerset Council complaints
Date: [[5 December 2026|date]]
Subject: my son [[Kian Penny|name]] [[16/3/2011|dob]]

I want to complain. Nobody told me [[Kian|name]] was seen in [[Yeovil|place]] until the next day. Your worker [[Tom Eavis|name]]
said the police would ring and they never. I rang 101 from [[07716 390 428|phone]] three times. I live at
[[22 Ansford Hill|address]], [[Castle Cary|place]] and the police station is 2 mins away. My brother in law [[Darren|name]] is not
"a risk", he is the only one [[Kian|name]] listens to. His own dad [[Craig|name]] writes from prison and
sends love. Mrs [[Lovell|name]] at the school has been good. I want a new social worker
or [[Rhys|name]] from Young Somerset to stay. [[Leanne Haskins|name]]
[[07716 390 428|phone]], [[BA7 7JL|postcode]]
PS. The police officer who was rude was PC [[Gibbs|name]] on [[28th Nov|date]]. [[Kian|name]]'s nan [[Sandra Haskins|name]] in
[[Wyke Champflower|place]] can tell you the same.
"""),
]

DOCS_D += [
    ("midwife's and family support worker's case notes", """CASE NOTES - [[Isla Sparkes|name]] - [[9 Station Road|address]],
[[Templecombe|place]]
[[02.09.26|date]] MW [[Tess Ayling|name]]: baby 3 days, weight 2.9kg. Mum [[Kelsey|name]] tearful. Dad [[Ash|name]] out.
[[09.09.26|date]] MW: feeding chart blank. [[Maureen|name]] (maternal gran) doing night feeds. Mobile [[01963 350 718|phone]] is her
landline.
[[21.09.26|date]] FSW [[Danni Rowsell|name]]: first visit. [[Gaz|name]] asleep on the sofa. Dog (staffie, "[[Tyson|name]]") loose.
[[28.09.26|date]] FSW: [[Kelsey|name]] can make a bottle with a picture card. [[Ashley|name]] asked about work at the
[[Henstridge|place]] airfield.
[[05.10.26|date]] FSW: [[Isla|name]] has a red mark on the cheek. [[Kelsey|name]] says the dog. Told SW [[Farah Quayle|name]].
[[12.10.26|date]] SW and FSW: [[Gary Wadman|name]] says he has moved to his girlfriend [[Shelley Poole|name]]'s in
[[Milborne\nPort|place]].
[[19/10/2026|date]] FSW: all well. Nan [[Maureen Sparkes|name]] took [[Isla|name]] to clinic at [[Wincanton|place]].
[[25/10/2026|date]] Out of hours: [[Kelsey|name]] rang EDT from [[07872 541 396|phone]]; [[Ashley|name]] and [[Gaz|name]] arguing.
[[26/10/2026|date]] FSW: [[Kelsey|name]]'s friend [[Chloe Dibble|name]] helping. [[Ashley|name]]'s brother [[Kyle Harvey|name]] visited.
"""),
    ("child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[Isla Sparkes|name]] ([[30/08/2026|dob]])
Date: [[18th November 2026|date]], [[Brympton Way|address]] offices, [[Yeovil|place]]. Chair: [[Alan Pardoe|name]].
Attending: [[Kelsey Sparkes|name]] and [[Ashley Harvey|name]] with advocate [[Jas Bhatti|name]] (Mencap); [[Maureen Sparkes|name]];
SW [[Farah Quayle|name]]; HV [[Lorna Gee|name]]; FSW [[Danni Rowsell|name]]; PC [[Nick Ebdon|name]].
Apologies: GP Dr [[Wheatcroft|name]] ([[Milborne Port|place]] surgery).
[[Isla|name]] was seen at Yeovil District Hospital on [[29/10/2026|date]] with a bruise to the ear. Dr [[Anand|name]] said
accidental injury could not be ruled out. [[Ashley|name]] says [[Gaz|name]] was there that night. [[Gary Wadman|name]]
(DOB [[11/01/1997|dob]]) is on bail.
Dad's mother [[Linda Harvey|name]] ([[Cucklington|place]]) sent a letter of support.
[[Kelsey|name]] asked that her friend [[Chloe Dibble|name]] ([[Chloe|name]] from [[Abbas Combe|place]]) be told.
Decision: child protection plan, neglect and physical abuse. Core group [[2 Dec|date]] at [[Templecombe|place]] village hall.
Plan: [[Gary Wadman|name]] not to be at [[Station Road|address]]; [[Maureen|name]] to be assessed as a carer; [[Kelsey|name]] to go
to the parenting group in [[Castle Cary|place]] with [[Jas|name]].
Minutes: [[Val Coker|name]]. Next review conference [[18 February 2027|date]].
"""),
    ("gran's letter, scanned with its OCR misreadings", """Mrs M. [[5parkes|name]]
[[l7 Furge Lane|address]], [[Henstridge|place]], [[BA8 0RN|postcode]]
[[2O November 2O26|date]]

Dear Mr [[Pard0e|name]],
I am [[Ke1sey|name]]'s mum and [[Is1a|name]]'s nan. I want it wrote down that I will have [[Isla|name]] if it comes to it.
[[Ash1ey|name]] is a good lad but [[Gaz|name]] is no good and [[Ke1sey|name]] can't say no. [[Isla|name]] is a lovely baby and has my
mum's eyes, Nan [[Ivy|name]].
I have a spare room since my
[[Kev|name]] died. My sister [[Brenda Loader|name]] in [[Stalbridge|place]] will help. Ring me on [[01963 350 718|phone]].
Yours [[Maureen 5parkes|name]]
I used to live at [[9 Stati0n R0ad|address]] myself before [[Kelsey|name]] took the tenancy.
PS [[Ke1sey|name]] rang me [[l9/ll/2O26|date]] from [[Temp1ecombe|place]] crying.
"""),
]

DOCS_E += [
    ("police log of a call to the home", """AVON AND SOMERSET POLICE - incident 0718 of [[14/11/2026|date]]
Location: [[41 QUEENS ROAD|address]], [[EVERCREECH|place]], [[BA4 6JD|postcode]]
0021 Neighbour [[Rashida Chaudhry|name]] ([[07823 615 904|phone]]) reports male and female shouting, child crying.
0034 PCSO [[Dean Hurd|name]] and PC [[Amy Loveless|name]] attend. Female [[MOSS, Donna|name]] DOB [[19/08/1984|dob]] intoxicated.
Male [[TAPP, Gavin|name]] DOB [[23/04/1987|dob]] left on foot towards [[Stoney Stratton|place]]. Child [[Lewis|name]] (10) in
his room with headphones on.
0101 [[Lewis|name]] collected by grandmother [[Jean Moss|name]] from [[Shepton Mallet|place]]. [[Tapp|name]]'s car, a red
Corsa [[YK14 FDE|vehicle]], left outside.
0130 DASH medium. Notification to Somerset Council. [[Tapp|name]] NI [[NX 83 15 62 D|ni]] on PNC as wanted on a warrant.
0145 [[Jean Moss|name]] ([[07946 318 275|phone]]) rang to say [[Lewis|name]] safe.
0200 [[Tapp|name]] arrested at his brother [[Lee Tapp|name]]'s, [[Flat 4, 12 Bath Road|address]], [[Frome|place]] [[BA11 2HL|postcode]].
"""),
    ("nan's text messages to the social worker", """Texts, [[Jean Moss|name]] to SW [[Hayley Crees|name]], copied [[4/12/2026|date]]

[[jean|name]]: hello its [[lewis|name]] nan. he is with me in [[shepton|place]] again
[[jean|name]]: [[donna|name]] rang at 3am crying [[gav|name]] took her card
[[hayley|name]]: thank you [[Jean|name]]. is [[Lewis|name]] going to school tomorrow?
[[jean|name]]: yes i'll take him on the bus to [[evercreech|place]]. my friend [[sylvia|name]] can drive us
[[jean|name]]: [[oscars|name]] mum says he can go there tea time
[[jean|name]]: [[gav|name]] been sniffing round [[queens road|address]] in his corsa
[[hayley|name]]: please call 999 if he comes to yours
[[jean|name]]: i live at [[6 Leg Square|address]] [[BA4 5LL|postcode]] if u need it
[[jean|name]]: [[trevor|name]] says hes happy to have [[lewis|name]] too. [[trev|name]] is my partner [[trevor gane|name]]
[[jean|name]]: ps [[donna|name]] says [[gavs|name]] mum [[Brenda|name]] lives in [[Batcombe|place]] he might go there
[[jean|name]]: also [[lewis|name]] birthday is [[7th jan|dob]] he wants a bike
[[hayley|name]]: got it thanks. [[kim|name]] from turning point will ring [[donna|name]] too
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - [[Lewis Moss|name]] ([[7 January 2016|dob]]) - [[3 December 2026|date]]
At [[Evercreech|place]] school. Chair SW [[Hayley Crees|name]]. Present: [[Donna Moss|name]]; Nan [[Jean Moss|name]];
DSL [[Paul Rendell|name]]; [[Kim Sellick|name]] (Turning Point, alcohol worker); Mrs [[Keevil|name]].
[[Donna|name]] has had 3 sessions with [[Kim|name]]. She says [[Gavin|name]] is barred and now lives in [[Frome|place]].
[[Lewis|name]] says he would like to stay at nan's in the week; his friend [[Oscar|name]] can visit.
Actions: [[Donna|name]] to attend the group at [[Shepton Mallet|place]]; [[Jean|name]] to apply for a special guardianship
assessment if no change; next review [[4 March 2027|date]].
[[Donna|name]]'s NHS number is not needed; [[Lewis|name]]'s NHS number [[851 183 4486|nhs]], UPN [[T933333057122|upn]].
[[Lewis|name]]'s wishes (seen by [[Hayley|name]] on [[1/12|date]]): he wants mum to "stop the wine"; he wants to see his
dad [[Mark Pitman|name]] in [[Street|place]] at Christmas. [[Mark|name]] has not been in touch since [[2023|date]].
Minutes: [[Chris Tarr|name]]. Copies to [[Donna|name]] and [[Jean|name]].
"""),
]

DOCS_F += [
    ("young person's own words typed by her advocate", """my words - [[poppy lush|name]], age 13 - typed by [[Gail|name]] (advocate)
[[3/12/26|date]]

i live on the farm at [[north cadbury|place]]. dad is ok when its just the cows. when hes drinking he smashes stuff and
calls mum names. mum says dont tell. i cut because it stops the noise. my friend [[Evie Hockey|name]] from [[Sparkford|place]]
knows. i tell [[Jessie|name]] my horse. Mrs [[Pike|name]] at [[King Arthurs|school]] is nice.
i want to stay at aunty [[Fran|name]]s in [[Galhampton|place]] for a bit. she has a trampoline. my brother [[Josh|name]] is 19 and lives
in [[Sherborne|place]] he would come and get me.
when i was little we lived in [[Queen Camel|place]] and mum was happier. [[josh|name]] used to take me to
Cadbury Castle.
[[Gail|name]] wrote: [[Poppy|name]] asked for this to go to [[Nadia|name]] and not to dad. She named aunt [[Fran|name]]
([[Francesca Creed|name]]).
"""),
    ("social worker's case note of a home visit", """CASE NOTE - [[Poppy Lush|name]] - SW [[Nadia Farrow|name]] - [[04/12/2026|date]] 16:30
Home visit to [[Higher Woolston Farm|address]], [[North\nCadbury|place]]. Present: [[Rebecca Creed|name]], [[Poppy|name]]. Mr
[[Lush|name]] arrived 17:10 in a Land Rover [[WF63 KVA|vehicle]].
[[Rebecca|name]] denied violence, then said [[Martin|name]] "has a temper since the TB cull". She has a sister,
[[Francesca Creed|name]], at [[Galhampton|place]] ([[07891 452 036|phone]]?). Checked: the number on file for [[Francesca|name]] is
[[01963 960 482|phone]].
[[Martin Lush|name]] said [[Poppy|name]] is "attention seeking like her brother [[Joshua|name]]". Shotgun certificate held;
told PC [[Ebdon|name]].
Seen alone: [[Poppy|name]] showed me her arm. Agreed safety plan; [[Gail Spurway|name]] (advocate) to keep seeing her.
Next visit [[11/12/2026|date]].
Checks: [[Martin Lush|name]] DOB [[14/06/1976|dob]]; [[Rebecca Creed|name]] DOB [[09/09/1981|dob]]; one police call in [[2019|date]] from
[[Queen Camel|place]] (PC [[Dawe|name]]).
[[Rebecca|name]]'s own mobile [[07969 184 570|phone]]; [[Martin|name]]'s brother [[Graham Lush|name]] farms at [[Sparkford|place]].
Farm worker [[Tomasz Zieliński|name]] lives in the caravan by the yard; says he hears shouting "every weekend".
Discussed with manager [[Rob Tilley|name]] [[5/12|date]].
"""),
    ("email from the school's safeguarding lead", """From: [[r.mcallister@kingarthurs.somerset.sch.uk|email]]
To: [[Nadia Farrow|name]]
Sent: Monday [[7 December 2026|date]] 08:42
Subject: [[Poppy Lush|name]] (Y8), UPN [[W933288188783|upn]]

Hi [[Nadia|name]], (copying [[Gail Spurway|name]], [[gail.spurway@advocacyforchildren.org.uk|email]]) [[Poppy|name]] came in today with
a cut to her hand. She said her dad threw a mug. Her friend [[Evie|name]]
told Mrs [[Pike|name]] that [[Poppy|name]] slept at the [[Sparkford|place]] Little Chef car park in her mum's car on
Saturday night. Mum ([[07969 184 570|phone]]) not answering. I have spoken to [[Poppy|name]]'s aunt
[[Fran Creed|name]], who will collect her at 3.15.
[[Rory McAllister|name]], DSL, [[King Arthur's School|school]], [[Wincanton|place]]
[[Poppy|name]]'s tutor: Mr [[Dan Cleal|name]].
Previous school: [[North Cadbury CofE Primary|school]]; her Y6 teacher Mrs [[Jukes|name]] had concerns in [[2024|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 216 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 22:48 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "our", "nan", "nanny", "gran", "granny", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "aunt", "papa",
           "maman", "papy", "mamy", "tatie", "bobonne", "parrain", "marraine", "tonton", "madame", "monsieur", "mme", "m."}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "somerset", "belgium", "wallonia", "france", "south somerset", "the levels"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Bobonne", "Parrain", "Maman") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
