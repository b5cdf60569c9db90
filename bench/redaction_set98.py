"""Set 98: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set99.py,
bench/redaction_set100.py, bench/redaction_set101.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its module docstring, its first record, the first part of its first document and the last lines of its last
one, its word lists and
its closing lines) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module
docstrings of bench/redaction_set7.py to bench/redaction_set97.py, printed with ast and searched only for town and community
words (to see which towns and communities earlier sets used as a family's home); the list of helper names in
bench/redaction_handwritten.py; and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library; NHS numbers were made with their mod-11 check digit and UPNs with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Shropshire outside Telford, each from a town or district no earlier set's docstring names as a family's
home: a young white British mother on the Sandpits estate in Ludlow (Pugh / Bowen; a non-mobile baby's grip-mark bruises, a
partner's cannabis and temper, a boy of 4 at nursery, a grandmother on Dodmore Lane), a Latter-day Saint family in Market
Drayton with a grandmother in Whitchurch (Jorgensen / Hale; a girl of 14 who told a Young Women leader her father beats her
with a belt, the bishop, shotguns surrendered, a father's own letter), a Maori family from Rotorua in Craven Arms (Te Rangi /
Walker; a shearer father away on the circuit, a mother alone and low, a boy of 9 doing a parent's jobs, a neighbour who comes
in, a nan in Ngongotaha writing in English and te reo Maori), a white British boy of 16 in Sundorne, Shrewsbury, missing and
exploited through county lines to Crewe and Walton (Corbett; a mother called Dawn, a man known as "Tank"), a Uruguayan
family in Gobowen (Sosa Ferreira / Rodriguez Sosa; a mother who speaks Spanish and works nights, a boy of 12 with type 1
diabetes and three DKA admissions, a violent father in Montevideo, a grandmother in Pocitos) and a grandmother's kinship care
in Low Town, Bridgnorth (Rowley / Marsh / Hill; a girl of 7 whose mother uses heroin in Kidderminster and whose father is in
Dudley). Communities no earlier set's docstring names: Maori New Zealanders, Latter-day Saints and Uruguayans. 24 documents,
four per family, each with its own style: a health visitor's rapid note typed on a phone in the car, a mother's texts to the
social worker typed up from screenshots, a child protection medical report, a nursery's handover book scanned and typed out;
a youth leader's email to a bishop forwarded to children's services, strategy discussion minutes, a father's own letter, a
police officer's pocket notebook; a school attendance officer's letter, a grandmother's email from New Zealand with te reo
Maori, a child's "three houses" worksheet, an early help assessment summary; a return home interview, an OCR'd scan of a
police missing person report (with its OCR faults), Snapchat messages from a phone download, a child exploitation screening
tool; a GP's referral letter, a WhatsApp chat in Spanish and English with a translation, a diabetes nurse's contact log, a
social worker's home visit note with an interpreter; a chronology, a connected person viability assessment extract, a duty
worker's phone call log and a genogram key typed out from a hand-drawn family tree.

Invented: every person, address, phone number, NHS number, UPN, email address and vehicle registration (street names may be
real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (New Zealand, Uruguay); NHS numbers and UPNs (LA number 893) pass their check digits. The council
(Severn Marches Council) is invented; towns, districts, estates, real schools, NHS bodies, hospitals, police forces, churches,
clubs, brands and apps are real or plausible and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py, as its docstring gives them. [[words|kind]] is a gold span
(name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words
stay outside a name; "SURNAME, First" is one span; a name broken by a line break is one span holding the break; a street
address is one span, its town a place and its postcode a postcode; towns, districts and estates are places, countries,
counties and regions are not; organisations and landmarks are not marked even when they hold a town's or a person's name;
a date of birth is dob, any other calendar date with a day is date, a weekday before it stays outside; months and years
alone are not marked; pets' names are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Bishop", "Sister",
"Brother", "President" and "Sr"/"Sra" before a name are titles and stay outside it ("Bishop Price", "Sister Jorgensen"); a
ward, chapel or church named by its town or saint ("the Market Drayton Ward", "St Leonard's") is an organisation, like a
surgery or hospital named by its town ("Market Drayton Medical Practice", "Craven Arms Surgery", "Whittington Road Surgery",
"Royal Shrewsbury"), and so is a club ("Gobowen Juniors"); a council ("Severn Marches Council") is an organisation, but the
street of its office is an address; an iwi ("Ngati Whakaue") is a people and is not marked; Maori and Spanish kinship words
("Nan", "koro", "abuela", "tia", "Mami") stay outside a name, and a contact saved as "Mami" is not a name; a Spanish double
surname ("Rodriguez Sosa", "Sosa Ferreira") is part of one name span; "née X" marks X as a name; an OCR fault inside a
name, place, address or date ("C0RBETT", "Harlesc0tt", "SUND0RNE", "1l/11/2026", "27/O4/2O1O") is still marked as what it
was meant to be, and an OCR'd age ("l5") is not marked; a texting possessive without an apostrophe ("jaydens") marks the name
and leaves the s outside; Snapchat usernames ("corbz_10", "tankk.x") are not marked, a display name that is a street name for
a person ("Tank") is a name, and so is a false name an exploiter told a child to give ("kai"); street nicknames ("Scouse
Mike", "J-Dog", "Dazza", "Baz") are names; a neighbour's bare house or flat number ("no. 12", "flat 5", "no 11") is an
address; a local short form of a town ("Kiddy" for Kidderminster) is a place; a Uruguayan five-digit postcode ("11300") is
a postcode; pets ("Kuri"), brands, teams ("the Chiefs", "All Blacks"), a police missing person reference, a GMC number, a
pocket notebook number, a collar number and a receipt number are not marked; a year alone ("b. 1988") is not marked.

Self-check without the detector: `python -m bench.redaction_set98` (and tests/test_redaction_set98.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents,
907 gold spans, 486 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pugh / Bowen family (white British), Sandpits, Ludlow ------------------------------------------------------------

HOME_A = d.Address("14 Sandpits Avenue", "Sandpits", "Ludlow", "SY8 1HW")
NAN_A = d.Address("6 Dodmore Lane", "", "Ludlow", "SY8 1PT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ava-Rose", "Pugh")], dt.date(2026, 2, 9), addresses=[HOME_A], ids=["590 560 7486"]),
    _p("s", "sibling", [("Tyler", "Pugh")], dt.date(2021, 6, 17), addresses=[HOME_A], ids=["173 605 0060"],
       schools=["Sandpits Nursery"]),
    _p("m", "mother", [("Shannon", "Pugh")], dt.date(2002, 10, 4), addresses=[HOME_A], phones=["07812 446 903"]),
    _p("f", "father", [("Craig", "Bowen")], dt.date(1999, 1, 22), addresses=[HOME_A], phones=["07968 215 774"]),
    _p("g", "grandparent", [("Bev", "Pugh")], dt.date(1975, 3, 30), addresses=[NAN_A], phones=["01584 872 310"]),
    _p("p1", "professional", [("Harriet", "Lyle")], phones=["07743 618 205"], emails=["harriet.lyle@nhs.net"]),
], "c")

DOCS_A = [
    ("Health visitor's rapid note typed on a phone in the car", """HV quick note - typed in car outside, will tidy on return
to base. [[Harriet Lyle|name]] HV, [[Ludlow|place]] team. [[9/3|date]] approx 10.40

New birth follow-up (late, was due wk 4) at [[14 Sandpits Ave|address]]. Mum [[Shannon|name]] answered in dressing gown, baby
[[Ava-Rose|name]] ("[[Avs|name]]") in moses basket in lounge. [[Tyler|name]] (4) on tablet, still in pyjamas, no nursery today,
mum said "he's got a cough". Smell of cannabis in hall + kitchen, strong. Partner [[Craig|name]] not present, mum says he's at
work at the quarry at [[Clee Hill|place]] but his van (white transit, [[KX19 HPU|vehicle]]) was outside [[no. 12|address]].

Undressed baby to weigh: 4.21kg (9th centile, was 25th at birth). Small bluish bruise approx 1cm on L upper arm, inner side.
Mum said "[[Tyler|name]] must of grabbed her, he's rough with her". Non-mobile baby = bruising protocol, explained to mum
that I have to refer + she will need to be seen by paeds today. Mum upset, rang her mum [[Bev|name]] on speaker who said
"don't let them take her to [[Shrewsbury|place]]". Agreed nan will drive them to Royal Shrewsbury by 1pm.

Rang MASH from car 10.58 - spoke to [[Kez Oakley|name]], referral to follow on portal. Rang GP (Portcullis Surgery) to flag.
Neighbour at [[no. 16|address]] ([[Sue|name]]?) came out and said "about time someone came, they scream at each other every
night". Not asked for her surname. Mum's mobile [[07812 446 903|phone]], nan [[01584 872 310|phone]].
[[Tyler|name]] NHS [[173 605 0060|nhs]], at [[Sandpits Nursery|school]] (key person [[Deb Hine|name]]).
Baby NHS [[590 560 7486|nhs]]. DOB [[09.02.26|dob]]. Next HV visit booked Fri [[13 March|date]], will do jointly w SW.
"""),
    ("Mother's texts to the social worker typed up from a screenshot", """Typed from screenshots sent by the social worker,
[[Owain Price|name]], Severn Marches Council, [[18/03/2026|date]]. Spelling as in the texts.

[[Shannon Pugh|name]], [[16 Mar 2026|date]] 21:14
hi its [[shannon pugh|name]], [[avs|name]] mum. i know u said to text if anything happened. [[craig|name]] come back tonight and
kicked off cos his tea was cold. he didnt touch me or the kids but he smashed the tv. ive took the kids to my mums on
[[dodmore lane|address]]

[[Owain Price|name]], [[16 Mar 2026|date]] 21:20
Thank you for letting me know [[Shannon|name]]. Are you and the children safe at your mum's tonight? If he comes there ring 999.

[[Shannon Pugh|name]], [[16 Mar 2026|date]] 21:22
yeh were safe. [[ty|name]] is asleep on mums sofa, he aint going [[sandpits nursery|school]] tmrw. mum said [[craig|name]] can get fukd
lol. his mate [[dazza|name]] from
[[bromfield|place]] is with him, he drives him about cos [[craig|name]] lost his licence

[[Shannon Pugh|name]], [[16 Mar 2026|date]] 21:40
also the bruise. i didnt say before but [[craig|name]] was changing her on the [[8th|date]] and she screamed and he said she
was being a pain. i dont know if he did it. please dont take them

[[Owain Price|name]], [[17 Mar 2026|date]] 08:05
Thanks [[Shannon|name]], that is really important and brave to tell me. I'll call you at 10 on [[bev|name]]'s landline.
"""),
    ("Child protection medical report, paediatric summary", """ROYAL SHREWSBURY HOSPITAL - CHILD PROTECTION MEDICAL
Shrewsbury and Telford Hospital NHS Trust - Paediatric Assessment Unit

Child: [[PUGH, Ava-Rose|name]]    DOB: [[09/02/2026|dob]]    NHS No: [[590 560 7486|nhs]]
Address: [[14 Sandpits Avenue|address]], [[Ludlow|place]], [[SY8 1HW|postcode]]
Date of examination: [[9 March 2026|date]], 13:35-15:10
Examining doctor: Dr [[Nkechi Adeyemi|name]], Consultant Paediatrician (named doctor)
Present: mother ([[Shannon Pugh|name]]); maternal grandmother (Mrs [[Beverley Pugh|name]], "[[Bev|name]]"); student nurse
[[Holly Wren|name]] as chaperone. Social worker [[Owain Price|name]] joined by phone at 14:20.

Referral: health visitor [[Harriet Lyle|name]] found a bruise on the left upper arm of a non-mobile infant at a home visit
the same morning.

History from mother: born at 38 weeks at the Princess Royal, birth weight 3.30 kg, no problems. Formula fed. Lives with
mother, brother [[Tyler|name]] (4) and mother's partner [[Craig Bowen|name]], 27, who is the father of both children. Mother
first said she did not know how the bruise happened, then that [[Tyler|name]] might have grabbed the baby on Saturday
[[7 March|date]] while she was in the bath. She said [[Craig|name]] was "looking after them both" at the time.

Examination: alert, well-grown but weight has crossed down from the 25th to the 9th centile. Oval bruise 1.1 x 0.8 cm, blue
and purple, medial aspect of left upper arm; a fainter 0.5 cm bruise on the outer side opposite it (not seen by the HV). The
pattern is of a grip between a finger and thumb. No other marks; frenulum intact; fontanelle soft; eyes normal.

Investigations: skeletal survey, CT head, bloods (FBC, clotting, bone profile) today; ophthalmology by Mr [[Sanjay Patel|name]]
tomorrow; repeat skeletal survey in 11-14 days (around [[20/03|date]]).

Opinion: the bruises are not explained by the history. A grip mark of this kind in a baby of four weeks who cannot move is
highly likely to be inflicted. A child of four could cause it but the mother's accounts have changed. I have told the mother
and the social worker this. Baby admitted to Ward 19 pending results; mother to stay with her.

Signed: [[N. Adeyemi|name]]    GMC 7012345    cc GP (Portcullis Surgery, [[Ludlow|place]]); HV; MASH
"""),
    ("Nursery daily handover book, scanned and typed out", """[[SANDPITS NURSERY|school]] - ROBIN ROOM HANDOVER BOOK (scanned pages typed
out
by the admin team for the social worker, handwriting as written; crossings out shown as [x])

Mon [[23/3|date]]   [[Tyler P|name]]   dropped by nan ([[Bev|name]]) 8.50. Said he slept at nannys. Hungry - had 2 toast at
breakfast club. Played with [[Oscar|name]] + [[Mila|name]] in sand. Said "my daddy broke the telly". - KF
(initials only)

Tue [[24/3|date]]   [[Tyler|name]]   not in. Mum ([[Shannon|name]]) rang 9.40 - said poorly.

Wed [[25/3|date]]   [[Tyler|name]]   dropped by Dad ([[Craig|name]]) 9.25, late. Dad smelled of weed. [[Tyler|name]] quiet,
clingy to Miss [[Deb|name]] all morning. At nappy/toilet time [[Deb|name]] saw a red mark on his cheek. He said
"[[Craig|name]] flicked me". Logged on body map + told DSL ([[Kath Farley|name]]) 11.05. [[Kath|name]] rang MASH + SW [[Owain|name]].

Thu [[26/3|date]]   [[Tyler|name]]   collected by nan at 3. Nan said he is staying with her "until they sort it". Nan's
number for collection [[01584 872 310|phone]]. Password: dinosaur.

Fri [[27/3|date]]   [[Tyler|name]]   Happy. Painted a picture for "baby [[Avs|name]] in hospital". - KF
"""),
]


# --- B. Jorgensen family (Latter-day Saints), Market Drayton -------------------------------------------------------------

HOME_B = d.Address("27 Longslow Road", "", "Market Drayton", "TF9 3BA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Eliza", "Jorgensen")], dt.date(2011, 11, 5), addresses=[HOME_B], ids=["450 738 2629", "K893267560645"],
       schools=["The Grove School"]),
    _p("s", "sibling", [("Hyrum", "Jorgensen")], dt.date(2014, 7, 28), addresses=[HOME_B], ids=["Z893264305905"],
       schools=["Longlands Primary School"]),
    _p("s2", "sibling", [("Ruth", "Jorgensen")], dt.date(2019, 4, 2), addresses=[HOME_B]),
    _p("m", "mother", [("Rebekah", "Jorgensen")], dt.date(1984, 8, 19), addresses=[HOME_B], phones=["01630 652 948"]),
    _p("f", "father", [("Nathan", "Jorgensen")], dt.date(1981, 12, 1), addresses=[HOME_B], phones=["07925 341 786"],
       emails=["nate.jorgensen@outlook.com"]),
    _p("p1", "professional", [("Gwen", "Maddox")], phones=["01743 362 518"], emails=["gwen.maddox@severnmarches.gov.uk"]),
], "c")

DOCS_B = [
    ("Youth leader's email to a bishop, forwarded to children's services", """From: [[Gwen Maddox|name]]
<[[gwen.maddox@severnmarches.gov.uk|email]]>
Sent: Tuesday [[13 October 2026|date]] 09:12
To: Shropshire MASH
Subject: FW: [[Eliza|name]] - please read (was: YW camp follow up)

Forwarding as agreed on the phone with Bishop [[Price|name]] this morning. Please log as a new contact for [[Eliza Jorgensen|name]]
([[05/11/2011|dob]]), [[27 Longslow Road|address]], [[Market Drayton|place]] [[TF9 3BA|postcode]]. [[Gwen|name]]

-----Original Message-----
From: [[Hannah Whitfield|name]] <[[hannah.whitfield79@gmail.com|email]]>
Sent: [[12 October 2026|date]] 22:47
To: Bishop [[Dave Price|name]] <[[dprice.bishop@gmail.com|email]]>
Subject: YW camp follow up

Dear Bishop [[Price|name]],

I'm sorry to email so late on a Monday. As you know I am Young Women president in the Market Drayton Ward and I drove
the girls back from camp at [[Church Stretton|place]] on Saturday. [[Eliza|name]] sat in the front and after we dropped
[[Abby Tranter|name]] and [[Lily Morgan|name]] in [[Hodnet|place]] she started crying and said she did not want to go home.

She told me that her dad hits her with his belt when she "talks back", that it happened last Sunday after sacrament
meeting because she wore trousers, and that he has done it "since I was about nine". She showed me marks on the backs of
her legs at the petrol station on [[Shrewsbury Road|address]] - two long red-purple lines. She asked me not to tell her mum
(Sister [[Jorgensen|name]]) because "Mum says it's Dad's place to correct us" and she is scared [[Hyrum|name]] will get it
next. She said she has thought about "not being here any more".

I know Brother [[Jorgensen|name]] serves in the elders quorum presidency and I know this is hard. I have not said
anything to anyone else except my husband [[Rhys|name]]. Her mobile is the family landline [[01630 652 948|phone]]; she
does not have her own phone. I can be reached on [[07841 592 063|phone]].

With love,
[[Hannah|name]]

[[Gwen|name]]'s note on the forward: Bishop [[Dave Price|name]] rang at 08:40 ([[07789 304 615|phone]]). He has not spoken to the
parents and agreed not to. He asked whether the Relief Society president, Sister [[Carys Holloway|name]], can be the family's
support; I said we would talk about that after the strategy discussion. School: [[The Grove School|school]] ("[[The Grove|school]]"),
Year 10. UPN [[K893267560645|upn]].
"""),
    ("Strategy discussion minutes", """SEVERN MARCHES COUNCIL - STRATEGY DISCUSSION (Working Together 2023, s47)
Child: [[JORGENSEN, Eliza|name]] (DOB [[05.11.2011|dob]])   Siblings: [[Hyrum|name]] ([[28.07.2014|dob]]), [[Ruth|name]]
([[02.04.2019|dob]])
Address: [[27 Longslow Rd|address]], [[Market Drayton|place]]
Date/time: [[13/10/2026|date]] 14:00, Teams     Chair: [[Gwen Maddox|name]], Team Manager, North Shropshire Safeguarding Team

Present: [[Gwen Maddox|name]] (chair); [[Joel Mbeki|name]] (SW, allocated); DS [[Rachel Kendrick|name]], West Mercia Police
CAIU; [[Anwen Davies|name]], DSL, [[The Grove School|school]]; [[Pauline Ashby|name]], school nurse; [[Marcus Lee|name]],
headteacher, [[Longlands Primary|school]] (for [[Hyrum|name]]); Dr [[Ifan Roberts|name]], GP, Market Drayton Medical Practice.
Minutes: [[Bethan Cole|name]] (BSO).

1. Information shared
- Contact from Bishop [[Price|name]] via the youth leader, Mrs [[Whitfield|name]] (see contact [[13/10|date]]). [[Eliza|name]]
  disclosed being hit with a belt by her father, [[Nathan Jorgensen|name]], marks seen on [[10 October|date]].
- School: [[Eliza|name]] is quiet, high attaining, PE kit "forgotten" for most of September. On [[22/09/2026|date]] she told
  her form tutor Mr [[Oakes|name]] that she "deserves it when Dad's angry". Logged, not referred (learning point).
- [[Longlands|school]]: [[Hyrum|name]] (12) said in circle time that "Dad does the belt on [[Lizzie|name]]". No marks seen.
- Police: no previous. Father has a firearms certificate (shotgun, clay shooting at a club near [[Whitchurch|place]]).
- GP: mother seen in May for low mood (citalopram). Father's registered address is the
  family home; he works as a lorry driver for a haulier at [[Tern Hill|place]].
- The family are active members of the Church of Jesus Christ of Latter-day Saints; the Market Drayton Ward meets at the
  chapel in [[Cheshire Street|address]]. Mother's sister, [[Leah Christensen|name]], lives in [[Provo|place]], Utah.

2. Decision: threshold for s47 met, single agency police and SW joint. ABE interview for [[Eliza|name]] tomorrow
   ([[14/10|date]]) at [[Shrewsbury|place]] suite; [[Hyrum|name]] to be spoken to at school. Firearms: DS [[Kendrick|name]] to
   ask firearms licensing to review today. [[Eliza|name]] and siblings to stay with maternal grandmother Mrs [[Margaret Hale|name]]
   at [[4 Rosemary Lane|address]], [[Whitchurch|place]] [[SY13 1EG|postcode]] tonight, with mother's agreement.
   Mrs [[Hale|name]]'s landline [[01948 662 305|phone]]; her neighbour Mr [[Tudor Evans|name]] ([[no. 6|address]]) has a key.
   School transport: [[Eliza|name]] to be taken to [[The Grove|school]] by Mrs [[Hale|name]]; [[Hyrum|name]] and [[Ruth|name]] to
   [[Longlands|school]] and its nursery; [[Ruth|name]]'s key person [[Sally Boughey|name]] told by [[Marcus Lee|name]].
3. Actions: [[Joel|name]] to visit home with DS [[Kendrick|name]] 17:00 today; mother's phone [[01630 652 948|phone]],
   father [[07925 341 786|phone]].
"""),
    ("Father's own letter to the council, handwritten and typed up", """[[27 Longslow Road|address]]
[[Market Drayton|place]]
[[TF9 3BA|postcode]]
[[19th October 2026|date]]

To Mr [[Mbeki|name]] and whoever is his manager (Mrs [[Maddox|name]]?)

I am writing because my wife and I have not been listened to. On Tuesday the [[13th|date]] you came to our home with a police
officer and told us our children could not sleep in their own beds. [[Eliza|name]], [[Hyrum|name]] and little [[Ruthie|name]] have
been at my mother-in-law's in [[Whitchurch|place]] for six nights. [[Ruth|name]] is six and cries for her mother every night.

I accept that I have used a belt on [[Eliza|name]]. I was raised that way by my own father in [[Ogden|place]] and I believed it
was right. I did not know it was against the law here and I have already told Bishop [[Price|name]] that I will stop. My
shotguns have been taken by the police which I also accept. I have not touched [[Hyrum|name]] or [[Ruth|name]] ever.

I ask that the children come home, that my wife [[Rebekah|name]] is not blamed, and that the school stop treating [[Eliza|name]]
like a victim in front of her friends. [[Lizzie|name]] has had messages from a girl called [[Jade|name]] asking if "her dad is in
prison".

I can be contacted on [[07925 341 786|phone]] or [[nate.jorgensen@outlook.com|email]].

Yours sincerely
[[Nathan J. Jorgensen|name]]
"""),
    ("Police officer's pocket notebook entry, photocopied", """PNB 0419 - PC 3318 [[ELLIS|name]]    Page 22

[[13.10.26|date]]  1700  Att [[27 LONGSLOW RD|address]], [[MKT DRAYTON|place]] with SW [[J. MBEKI|name]] re s47.
1704  Spoke to IP's father, [[Nathan JORGENSEN|name]] (dob [[01.12.81|dob]]), and mother [[Rebekah JORGENSEN|name]]
      (dob [[19.08.84|dob]]). Explained reason. Father calm, said "I discipline my children, yes".
1720  Gun cabinet in utility room. 2x shotguns (Beretta, Miroku) + 41 cart. seized under s.47 PACE? -> voluntary
      surrender, receipt 7781. Cert holder: [[JORGENSEN N|name]].
1735  Mother agreed to children staying with her mother [[Margaret HALE|name]], [[4 Rosemary Ln|address]], [[Whitchurch|place]].
      Mrs [[Hale|name]] rang on [[01948 662 305|phone]], confirmed. Father's vehicle: grey Ford Galaxy [[WU17 KZP|vehicle]].
1750  Neighbour ([[no. 29|address]]), Mr [[Gareth Lloyd|name]], came to the gate and asked if "[[Nate|name]]'s OK". Not told anything.
1805  Left address. Children collected from [[Longlands|school]] after-school club by Mrs [[Hale|name]] 1745 per SW.
                                                   [[A. Ellis|name]] 3318
"""),
]


# --- C. Te Rangi / Walker family (Maori, from Rotorua), Craven Arms --------------------------------------------------------

HOME_C = d.Address("9 Newington Way", "", "Craven Arms", "SY7 9PS")
NAN_C = d.Address("14 Ngongotaha Road", "Ngongotaha", "Rotorua", "3010")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Manaia", "Te Rangi")], dt.date(2017, 5, 14), addresses=[HOME_C], ids=["983 498 2380", "V893261636181"],
       schools=["Craven Arms Community Primary School"]),
    _p("s", "sibling", [("Kiri", "Te Rangi")], dt.date(2020, 9, 3), addresses=[HOME_C], ids=["368 182 6250"]),
    _p("m", "mother", [("Aroha", "Walker")], dt.date(1993, 2, 11), addresses=[HOME_C], phones=["07956 127 480"]),
    _p("f", "father", [("Wiremu", "Te Rangi")], dt.date(1990, 6, 25), addresses=[HOME_C], phones=["07474 839 152"]),
    _p("g", "grandparent", [("Mere", "Te Rangi")], dt.date(1964, 1, 8), addresses=[NAN_C], phones=["+64 7 348 2916"],
       emails=["mere.terangi64@xtra.co.nz"]),
], "c")

DOCS_C = [
    ("School attendance officer's letter", """Severn Marches Council - Education Access Service
Shirehall, [[Abbey Foregate|address]], [[Shrewsbury|place]] [[SY2 6ND|postcode]]

Ms [[Aroha Walker|name]] and Mr [[Wiremu Te Rangi|name]]
[[9 Newington Way|address]]
[[Craven Arms|place]]
[[SY7 9PS|postcode]]

[[2 November 2026|date]]

Dear Ms [[Walker|name]] and Mr [[Te Rangi|name]],

Re: [[Manaia Te Rangi|name]] (DOB [[14/05/2017|dob]]), Year 5, [[Craven Arms Community Primary School|school]]; UPN [[V893261636181|upn]]

I am writing because [[Manaia|name]]'s attendance this term is 71.4%. Between [[7 September|date]] and [[23 October 2026|date]] he missed
28 sessions, 16 of them unexplained. The school tells me that [[Kiri|name]], who is in Reception, has also missed days, most
often on Mondays, and that on [[12 October|date]] neither child was collected until 4.15pm, when a neighbour, Mrs [[Janet
Bright|name]], came for them.

Mr [[Eastham|name]], the headteacher, tells me that Mr [[Te Rangi|name]] works away as a shearer with a contractor from
[[Knighton|place]] and was in [[Builth Wells|place]] and then Cumbria over the summer and autumn, and that Ms [[Walker|name]] has
told the school she has been unwell. I would like to help before this becomes a matter for a penalty notice or the court.

I will visit you at home on Thursday [[12 November|date]] at 10.30am with [[Tania Ruddock|name]], the school's family
support worker. If that is not a good time please ring me on [[01588 673 214|phone]] or email
[[lee.hardwick@severnmarches.gov.uk|email]].

Yours sincerely,

[[Lee Hardwick|name]]
Education Access Officer (South)
"""),
    ("Grandmother's email from New Zealand, with te reo Maori", """From: [[Mere Te Rangi|name]] <[[mere.terangi64@xtra.co.nz|email]]>
Sent: Saturday, [[14 November 2026|date]] 6:02 a.m.
To: [[lee.hardwick@severnmarches.gov.uk|email]]
Subject: my mokopuna [[Manaia|name]] and [[Kiri|name]]

Kia ora Mr [[Hardwick|name]],

Ko [[Mere Te Rangi|name]] ahau, I am [[Wiremu|name]]'s mum, [[Manaia|name]] and [[Kiri|name]]'s Nan. [[Aroha|name]] gave me your
email. I live at [[14 Ngongotaha Road|address]], [[Ngongotaha|place]], [[Rotorua|place]] [[3010|postcode]], and my phone is
[[+64 7 348 2916|phone]] (home) or my cell [[+64 21 483 927|phone]]. We are Ngati Whakaue and our marae is on the lake.

I am worried for my moko. [[Aroha|name]] is not coping. She rings me at 3 and 4 in the morning your time crying that she is
alone in a cold house and [[Wiremu|name]] is away shearing and sends money late. She told me [[Manaia|name]] has been making the
breakfasts and walking [[Kiri|name]] to school. He is nine. When I was on video with them last week the fridge was empty and
[[Kiri|name]] had the same pyjamas she had on on the [[30th|date]].

[[Wiremu|name]] is a good man but he is like his father, he thinks the money is the job. His cousin [[Hemi Walker-Ngata|name]]
lives in [[Hereford|place]] and says he will help. My daughter [[Ngaire|name]] in [[Te
Puke|place]] and I can pay for flights
home for [[Aroha|name]] and the kids for Christmas if it helps, but [[Aroha|name]] says [[Wiremu|name]] will not sign for the
passports.

My brother [[Tāne|name]] says kia kaha to [[Aroha|name]]. Please look after my mokopuna. Nga mihi nui,
Nan ([[Mere|name]])
"""),
    ("Child's 'all about me' worksheet filled in with the family support worker", """ALL ABOUT ME  (three houses)   - done with
[[Tania|name]] at school, [[19/11/26|date]]
My name: [[manaia|name]] ([[Nai|name]])      Age: 9 and a half      My birthday: [[14 may|dob]]
Who lives in my house: mum ([[Aroha|name]]), my sister [[kiri|name]], dad when hes not shearing, and our dog Kuri

HOUSE OF GOOD THINGS
- My dad teaches me the haka and we did it at the bonfire at [[Stokesay|place]]
- my koro is dead. Nan in [[rotorua|place]] sends us lollies and a All Blacks top
- my best mate is [[Alfie Preece|name]] he lives on [[Dale St|address]] and his mum gives us tea on Wednesdays
- Mr [[eastham|name]] lets me be on the playground buddys

HOUSE OF WORRIES
- mum cries alot and stays in bed. i do toast and the milk for [[Kiri|name]]
- the heating is broke and the man from the housing (Connexus) hasnt come
- when dad rings from the van he shouts at mum about money
- I dont like it when [[Dean|name]] from next door ([[no 11|address]]) comes in when dad is away

HOUSE OF DREAMS
- Dad comes home for good and we go to Nans in [[Ngongotaha|place]] and swim in the lake
- be a shearer like Dad or play for the Chiefs

[[Tania Ruddock|name]] (FSW) comment: [[Manaia|name]] wrote most of this himself. "[[Dean|name]]" is a neighbour at [[no. 11|address]],
[[Newington Way|address]]; [[Manaia|name]] would not say more and I have passed this to the DSL, Mrs [[Kerry Pryce|name]], and to
the social worker today.
"""),
    ("Early help assessment summary", """EARLY HELP ASSESSMENT - SUMMARY AND PLAN                    Severn Marches Council
Family: [[WALKER|name]] / [[TE RANGI|name]]    Lead professional: [[Tania Ruddock|name]], Family Support Worker
Children: [[Manaia Te Rangi|name]] ([[14.05.2017|dob]], NHS [[983 498 2380|nhs]]); [[Kiri Te Rangi|name]] ([[03.09.2020|dob]],
NHS [[368 182 6250|nhs]])
Parents: [[Aroha Walker|name]] ([[11.02.1993|dob]], mob [[07956 127 480|phone]]); [[Wiremu Te Rangi|name]] ([[25.06.1990|dob]],
mob [[07474 839 152|phone]])
Assessment completed: [[26 November 2026|date]]

Family's story: [[Aroha|name]] and [[Wiremu|name]] came to the UK from [[Rotorua|place]] in 2022 on his work visa; he shears
across Shropshire, Powys and Herefordshire from April to November and lambs in the winter on a farm near [[Clun|place]]. The
family moved from a caravan at [[Bucknell|place]] to a housing association house in [[Craven Arms|place]] in 2024. [[Aroha|name]]
has no family here; her closest friend, [[Sione Fifita|name]], moved back to [[Nuku'alofa|place]] last year.

What is working well: the children are warm, funny and close; [[Manaia|name]] is proud of his culture and has taught his
class kapa haka; [[Wiremu|name]] rings every night; the school knows the family well.

What we are worried about: [[Aroha|name]]'s low mood (GP, Craven Arms Surgery, started sertraline on [[20/11|date]]); a
nine-year-old doing a parent's jobs; 71% attendance; a cold, damp house; a neighbour, [[Dean Clee|name]], coming into the
home when [[Wiremu|name]] is away ([[Manaia|name]]'s words), which the social worker [[Priya Nair|name]] is looking into.

Plan: Home-Start volunteer ([[Linda|name]]) weekly from [[1 December|date]]; breakfast club funded; Connexus repair by
[[4/12/2026|date]]; [[Wiremu|name]] to be home from [[28 November|date]] and to talk to his gang boss ([[Rangi Parata|name]])
about local work; a video call with Nan [[Mere|name]] and aunty [[Ngaire|name]] in the review; review at school on
[[14 January 2027|date]].

Contacts: Nan [[Mere Te Rangi|name]] [[+64 7 348 2916|phone]] / [[mere.terangi64@xtra.co.nz|email]]; aunty [[Ngaire Te Rangi|name]],
[[Te Puke|place]]; cousin [[Hemi Walker-Ngata|name]], [[Hereford|place]]; neighbour Mrs [[Janet Bright|name]], [[no. 5|address]]; DSL
Mrs [[Kerry Pryce|name]] [[01588 672 207|phone]]; headteacher Mr [[Eastham|name]]; SW [[Priya Nair|name]].
"""),
]


# --- D. Corbett family (white British), Sundorne, Shrewsbury ------------------------------------------------------------------

HOME_D = d.Address("31 Sundorne Avenue", "Sundorne", "Shrewsbury", "SY1 4JW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Liam", "Corbett")], dt.date(2010, 4, 27), addresses=[HOME_D], ids=["724 812 0774", "F893269166373"],
       schools=["The Priory School"]),
    _p("s", "sibling", [("Kayla", "Corbett")], dt.date(2013, 12, 9), addresses=[HOME_D]),
    _p("m", "mother", [("Dawn", "Corbett")], dt.date(1987, 7, 16), addresses=[HOME_D], phones=["07917 465 228"]),
    _p("p1", "professional", [("Josh", "Whitmore")], phones=["01746 762 833"], emails=["josh.whitmore@severnmarches.gov.uk"]),
], "c")

DOCS_D = [
    ("Return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI)                  Severn Marches Council - Targeted
Youth Support
Young person: [[Liam Corbett|name]]    DOB: [[27/04/2010|dob]]    Address: [[31 Sundorne Ave|address]], [[Sundorne|place]],
[[Shrewsbury|place]] [[SY1 4JW|postcode]]
Missing from: home, Friday [[6 November 2026|date]] approx 16:00    Found/returned: Monday [[9 November|date]] 02:10
Interview: [[10/11/2026|date]], 15:30, at McDonald's, [[Battlefield|place]] ([[Liam|name]]'s choice). Interviewer: [[Josh Whitmore|name]],
RHI worker

Where were you? "[[Crewe|place]] then [[Liverpool|place]]." [[Liam|name]] said a lad he knows as "[[Tank|name]]" picked him up in a black
Audi ([[MF70 XRK|vehicle]] - [[Liam|name]] remembered part, police have the rest) outside the Co-op on [[Corndon Crescent|address]]
and drove him to a flat in [[Crewe|place]], then to [[Walton|place]] on the Saturday. He was "minding a phone" and "doing a
few runs". He slept on a settee. He was found by Merseyside Police in a car on [[County Road|address]], [[Walton|place]], with
two other boys, [[Reece Hamer|name]] (15, from [[Harlescott|place]]) and a boy called "[[J-Dog|name]]" from [[Oswestry|place]].

Who were you with? [[Tank|name]] (maybe [[Tanner|name]]? - [[Liam|name]] did not know), his girlfriend [[Chantelle|name]], and an
older man called [[Scouse Mike|name]]. [[Liam|name]] said he owes "[[Tank|name]]" £400 for a phone that was "taken off him" on
the [[7th|date]].

Harm: cut on left hand ("a knife in the kitchen drawer, not a fight"), hungry, no money. He said he was given weed and
"balloons". No sexual harm disclosed.

[[Liam|name]]'s mum, [[Dawn|name]], said she reported him missing at 23:00 on the [[6th|date]] (log 0911). She has a new partner,
[[Steve Rudge|name]],
who [[Liam|name]] says "wants me gone". His sister [[Kayla|name]] (12) is "the only one who texts me".

[[Liam|name]]'s girlfriend ("sort of"), [[Macey Jarvis|name]] of [[Ditherington|place]], messaged him "come home [[Li|name]]" on the
[[8th|date]]; her mum, [[Tracy|name]], drove [[Dawn|name]] round [[Monkmoor|place]] and [[Castlefields|place]] looking for him on the
[[7th|date]] and [[8th|date]]. [[Dawn|name]]'s mobile: [[07917 465 228|phone]].

Next: exploitation screening to be completed; NRM referral considered; school ([[The Priory School|school]]) to be told he
is safe; CE panel [[18 November|date]]. [[Josh|name]]'s mobile for [[Liam|name]]: [[01746 762 833|phone]] (duty line, answered).
"""),
    ("OCR'd scan of a police missing person report, with its OCR faults", """WEST MERCIA P0LICE  -  MISSING PERS0N REP0RT (MPR1)
         Page 1 of 3
[scanned [[1l/11/2026|date]], OCR text, not checked]

MISPER ref: MP/26/08812        Risk: HIGH (upgraded fr0m MEDIUM 0n [[07/1l/2026|date]] 09:l5)
Surname: [[C0RBETT|name]]          F0renames: [[LIAM JAMES|name]]          Kn0wn as: "[[Corbz|name]]"
D0B: [[27/O4/2O1O|dob]]    Age: 16    Sex: M    Height: 5'9"    Build: slim    Hair: bl0nd, shaved sides
Home address: [[31 SUND0RNE AVENUE|address]], [[SHREWSBURY|place]], [[SY1 4JW|postcode]]
Reporting pers0n: [[Dawn C0RBETT|name]] (m0ther)   Tel: [[07917 465 228|phone]]
Last seen: [[06/11/2026|date]] approx l6:OO, [[C0RND0N CRES|address]], [[SUND0RNE|place]], by sister [[Kayla|name]]
Wearing: black N0rth Face puffer, grey trackies, white Air F0rce

Previous episodes: [[14/O9/2O26|date]] (f0und [[Wellingt0n|place]]), [[02/10/2026|date]] (f0und [[Harlesc0tt|place]]
Tesc0 car park), [[2O/1O/2O26|date]] (returned self).
Ass0ciates: [[REECE HAMER|name]] (l5); "[[TANK|name]]" (adult, n0t kn0wn); [[Chantelle|name]]
Kn0wn addresses to check: [[Flat 3, 22 Whitchurch R0ad|address]], [[Harlesc0tt|place]] ("[[Tank|name]]"'s mum's); [[The Mount|address]],
[[Frankwell|place]]

Officer in case: PC 4471 [[H. BR0MLEY|name]]    Supervis0r: PS [[D. ASTON|name]]
"""),
    ("Snapchat messages from a police phone download, typed out", """Extract from phone download (device: [[Liam Corbett|name]]'s
iPhone), Snapchat, user "corbz_10" with user "tankk.x" (display name "[[Tank|name]]"). Times UK.

[[06/11/2026|date]] 15:41  tankk.x: u ready bro
[[06/11/2026|date]] 15:42  corbz_10: ye at the coop on [[corndon|address]]
[[06/11/2026|date]] 15:42  tankk.x: 2 mins. dont bring ur sister
[[06/11/2026|date]] 15:50  corbz_10: [[kayla|name]] seen me get in lol she wont say
[[07/11/2026|date]] 02:13  tankk.x: where the phone [[liam|name]]
[[07/11/2026|date]] 02:14  corbz_10: the fed took it in [[crewe|place]] swear down
[[07/11/2026|date]] 02:15  tankk.x: thats 400 u owe me now. u workin it off in [[walton|place]] w [[reece|name]]
[[08/11/2026|date]] 19:20  corbz_10: my mum keeps ringing
[[08/11/2026|date]] 19:21  tankk.x: tell [[dawn|name]] ur at [[jayden|name]]s in [[monkmoor|place]]. dont mention me or [[mike|name]]
[[09/11/2026|date]] 00:40  tankk.x: [[chantelle|name]] pickin u up from [[county rd|address]] at 1. stay w [[reece|name]]
[[09/11/2026|date]] 00:41  corbz_10: [[reece|name]] says [[jdog|name]] went home to [[oswestry|place]] on the train
[[09/11/2026|date]] 00:44  tankk.x: [[jdog|name]] is a rat. [[mike|name]] will see him at [[gobowen|place]] station
[[09/11/2026|date]] 01:02  corbz_10: bro the police r here
[[09/11/2026|date]] 01:03  tankk.x: say nothing. ur name is [[kai|name]] ur from [[castlefields|place]]
"""),
    ("Child exploitation screening tool, form filled in by a school", """CHILD EXPLOITATION SCREENING TOOL (multi-agency, v4)
Completed by: [[Sarah-Jane Meredith|name]], DSL, [[The Priory School|school]], [[Shrewsbury|place]]      Date: [[12.11.2026|date]]
Child's full name: [[Liam James Corbett|name]]   Preferred name: [[Corbz|name]] (friends), [[Li|name]] (family)
DOB: [[27th April 2010|dob]]    UPN: [[F893269166373|upn]]    NHS no.: [[724 812 0774|nhs]]
Home: [[31 Sundorne Avenue|address]], [[SY1 4JW|postcode]]    Parent/carer: [[Dawn Corbett|name]], mobile [[07917 465 228|phone]]
Other adults in household: [[Steven Rudge|name]] (mother's partner, since May 2026)

Section A - indicators (tick, with evidence)
[x] Missing episodes - 4 since [[14 September|date]]
[x] Unexplained money/items - new iPhone and Trapstar coat in October; said "[[Reece|name]]'s cousin gave me it"
[x] Older associates / vehicles - seen getting into a black Audi outside school gates [[3/11|date]] by Mrs [[Oduya|name]] (TA)
[x] Travel out of area - [[Crewe|place]], [[Walton|place]] ([[Liverpool|place]]), [[Wolverhampton|place]]?
[x] Drop in attendance - 62% this half term; excluded [[21/10/2026|date]] to [[23/10/2026|date]]
[ ] Sexual exploitation indicators - none known
[x] Injuries - cut hand seen [[10 November|date]]

Section B - friends named by [[Liam|name]] or by staff: [[Reece Hamer|name]] (Y10, [[Meole Brace School|school]]), [[Jayden Lowe|name]]
([[Monkmoor|place]], not at school), "[[J-Dog|name]]" ([[Oswestry|place]]), [[Kian Davies|name]] (Y11 here).
Section C - the child's view: "I'm not being groomed, I'm not stupid. I just need to pay [[Tank|name]] back and then it's done."
Section D - outcome: HIGH. Referred to CE panel [[18/11|date]] and to NRM first responder ([[Josh Whitmore|name]]).
"""),
]


# --- E. Sosa / Rodriguez family (Uruguayan), Gobowen ---------------------------------------------------------------------------

HOME_E = d.Address("18 Chirk Road", "Gobowen", "Oswestry", "SY11 3LB")
ABUELA_E = d.Address("Bulevar Artigas 1547, apto 302", "Pocitos", "Montevideo", "11300")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mateo", "Rodríguez Sosa")], dt.date(2014, 3, 21), addresses=[HOME_E], ids=["858 080 8359"],
       schools=["The Marches School"]),
    _p("s", "sibling", [("Sofía", "Rodríguez Sosa")], dt.date(2019, 8, 30), addresses=[HOME_E], schools=["Gobowen Primary School"]),
    _p("m", "mother", [("Valentina", "Sosa Ferreira")], dt.date(1988, 10, 12), addresses=[HOME_E], phones=["07402 118 563"]),
    _p("f", "father", [("Diego", "Rodríguez")], dt.date(1986, 5, 3), phones=["+598 94 170 285"]),
    _p("g", "grandparent", [("Graciela", "Ferreira")], dt.date(1961, 4, 17), addresses=[ABUELA_E], phones=["+598 99 482 317"]),
], "c")

DOCS_E = [
    ("GP's referral letter to children's services", """Whittington Road Surgery
[[Whittington Road|address]], [[Gobowen|place]], [[Oswestry|place]]        Tel [[01691 661 470|phone]]

[[3rd February 2027|date]]

Dear Colleague,

Re: [[Mateo RODRÍGUEZ SOSA|name]]   DOB [[21/03/2014|dob]]   NHS [[858 080 8359|nhs]]
[[18 Chirk Road|address]], [[Gobowen|place]], [[SY11 3LB|postcode]]

I am writing with the family's knowledge to ask for an assessment. [[Mateo|name]] has type 1 diabetes, diagnosed in
[[Montevideo|place]] in 2022, and is under the paediatric diabetes team at the Robert Jones and Agnes Hunt hospital. He has
had three admissions with diabetic ketoacidosis since the family came from Uruguay in 2025, on [[14/06/2025|date]], [[2 November
2026|date]] and [[27.01.27|date]], the last to intensive care at the Royal Shrewsbury.

His mother, Sra [[Valentina Sosa Ferreira|name]], speaks little English and relies on [[Mateo|name]] to interpret, including,
I am told, at his own clinic appointments. She works nights at a meat processing plant in [[Ellesmere|place]]. His sister
[[Sofía|name]], 7, is at [[Gobowen Primary|school]]. The father, Sr [[Diego Rodríguez|name]], is in [[Montevideo|place]]; there is
no contact at present, and the mother says he was violent to her.

The diabetes nurse, [[Rhiannon Jarvis|name]], believes insulin is being missed because the family cannot always afford food
and because [[Mateo|name]] is managing it alone. He has also told the school nurse that he is "tired of being the dad".

Yours faithfully,
Dr [[Gareth Pritchard|name]], GP partner
"""),
    ("WhatsApp chat in Spanish and English, typed up with a translation", """WhatsApp chat between [[Valentina Sosa|name]] and her mother,
shown
to the social worker on [[Valentina|name]]'s phone on [[10/02/2027|date]] and typed up with her consent; translated by the
interpreter, [[Lucía Benítez|name]] (Spanish). Original first, translation in brackets.

[[8/2/27|date]], 23:48 - Mami: [[Vale|name]], ¿cómo está [[Mateo|name]]? ¿le bajó el azúcar?
  ([[Vale|name]], how is [[Mateo|name]]? has his sugar come down?)
[[8/2/27|date]], 23:52 - [[Valentina|name]]: sí mami, ya está. lo dejé con [[Sofi|name]] y me fui al turno. [[Mateíto|name]] se pone la
insulina solo
  (yes mum, he's fine. I left him with [[Sofi|name]] and went to my shift. [[Mateíto|name]] does his insulin on his own)
[[8/2/27|date]], 23:53 - Mami: ¡tiene doce años! ¿y la vecina, la señora [[Jones|name]]? ¿no lo puede mirar?
  (he's twelve! and the neighbour, Mrs [[Jones|name]]? can't she watch him?)
[[8/2/27|date]], 23:55 - [[Valentina|name]]: se fue a [[Wrexham|place]] con la hija. [[Diego|name]] me escribió otra vez desde un número
nuevo,
  [[+598 2 409 3316|phone]]. dice que viene en marzo
  (she went to [[Wrexham|place]] with her daughter. [[Diego|name]] wrote to me again from a new number, [[+598 2 409 3316|phone]].
  he says he's coming in March)
[[9/2/27|date]], 00:10 - Mami: no le contestes. si viene llamá a la policía. te mando plata el [[15|date]]
  (don't answer him. if he comes, call the police. I'll send you money on the [[15th|date]])
[[9/2/27|date]], 07:31 - [[Valentina|name]]: gracias. saludos a la tía [[Mónica|name]] y al [[Nacho|name]] en [[Las Piedras|place]]
  (thanks. love to aunt [[Mónica|name]] and [[Nacho|name]] in [[Las Piedras|place]])

Interpreter's note: "Mami" is saved in the phone under that word; it is the grandmother, [[Graciela Ferreira|name]], of
[[Bulevar Artigas 1547, apto 302|address]], [[Pocitos|place]], [[Montevideo|place]] [[11300|postcode]], [[+598 99 482 317|phone]].
"""),
    ("Diabetes specialist nurse's clinic contact log", """PAEDIATRIC DIABETES TEAM - CONTACT LOG   Patient: [[RODRIGUEZ SOSA, Mateo|name]]
  [[21.03.2014|dob]]
DSN: [[Rhiannon Jarvis|name]]                          Consultant: Dr [[Femi Alade|name]]

[[05/01/27|date]] tel  Mum (via [[Mateo|name]] interpreting - not ideal, no interpreter free). Libre data not shared since
                [[22/12|date]]. Advised upload. Spoke to [[Mateo|name]] alone: "Mum's at work, I do it."
[[12/01/27|date]] clinic  DNA. Rang [[07402 118 563|phone]] x2, no answer. Letter sent to [[18 Chirk Rd|address]].
[[19/01/27|date]] school  Met [[Mateo|name]] at [[The Marches|school]] with school nurse [[Becky Tudor|name]]. HbA1c 98. Pens
                in bag out of date. Says he skips lunch jabs "so no one sees". Friend [[Oliver Kynaston|name]] knows and helps.
[[27/01/27|date]] ward  DKA admission, PICU. Mum with interpreter ([[Carlos Ibarra|name]], phone). Dad [[Diego|name]] rang the
                ward from abroad (withheld number); told nothing.
[[29/01/27|date]] ward  Safeguarding discussion with ward SW [[Tom Hewitt|name]]; GP Dr [[Pritchard|name]] to refer.
[[30/01/27|date]] ward  Mum's friend [[Rosario|name]] visited with her son [[Bruno|name]]; [[Rosario|name]]'s mobile
                [[01691 680 244|phone]] (landline, [[Whittington|place]]) given as second contact.
[[31/01/27|date]] ward  Discharged to [[18 Chirk Road|address]]; school nurse [[Becky|name]] and Mrs [[Oakley|name]] (SENCo,
                [[The Marches School|school]]) told; GP [[Pritchard|name]] letter sent [[01/02|date]].
[[02/02/27|date]] home  Joint visit with [[Lucía|name]] (interpreter). Fridge: milk, bread, no fruit. New pens given.
"""),
    ("Social worker's home visit case note with an interpreter", """Case note - home visit, [[18 Chirk Road|address]], [[Gobowen|place]]
Date: [[10 February 2027|date]], 16:00-17:30. Worker: [[Alys Hughes|name]] (SW). Interpreter: [[Lucía Benítez|name]] (in person).

Seen: [[Valentina|name]], [[Mateo|name]], [[Sofía|name]]. Upstairs neighbour [[Kath Edwards|name]] came down to lend milk while I
was there; [[Valentina|name]] says [[Kath|name]] sometimes sits with the children when she works nights.

[[Valentina|name]] spoke through [[Lucía|name]]. She came from [[Montevideo|place]] to [[Oswestry|place]] through a friend,
[[Rosario Silva|name]],
who works at the same plant in [[Ellesmere|place]] and lives in [[Whittington|place]]. Nights pay £2 more an hour. She has no
childcare. She cried and said she did not understand that a boy of twelve cannot manage insulin alone; in Uruguay her
mother, [[Graciela|name]], did it. She showed me the chat with her mother (typed up separately) and [[Diego|name]]'s messages.

[[Mateo|name]] on his own, in his room: he likes [[The Marches|school]], plays for Gobowen Juniors, and wants his mum "to not
be scared all the time". He said "abuela [[Graciela|name]] would make me do it right". [[Sofía|name]] drew me a picture of
the house in [[Pocitos|place]].

Plan: ask [[Valentina|name]]'s employer about day shifts; childminder via Family Information Service; school to hold lunch
injections; MARAC referral re [[Diego Rodríguez|name]] (phones [[+598 94 170 285|phone]], [[+598 2 409 3316|phone]]); visit
again [[17/02/2027|date]] with [[Lucía|name]]; my mobile [[07384 902 517|phone]].
"""),
]


# --- F. Rowley / Marsh family (white British, kinship care), Low Town, Bridgnorth ---------------------------------------------

HOME_F = d.Address("7 Mill Street", "Low Town", "Bridgnorth", "WV15 5AG")
MUM_F = d.Address("Flat 6, 40 Blackwell Street", "", "Kidderminster", "DY10 2DS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jessica", "Marsh")], dt.date(2019, 7, 8), addresses=[HOME_F, MUM_F], ids=["434 019 0764"],
       schools=["Castlefields Primary School"]),
    _p("m", "mother", [("Kirsty", "Marsh")], dt.date(1995, 9, 14), addresses=[MUM_F], phones=["07533 208 611"]),
    _p("f", "father", [("Ryan", "Hill")], dt.date(1993, 3, 2), phones=["07851 774 029"]),
    _p("g", "grandparent", [("Carol", "Rowley")], dt.date(1963, 6, 20), addresses=[HOME_F], phones=["01746 761 294"]),
    _p("g2", "grandparent", [("Mick", "Rowley")], dt.date(1960, 11, 29), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("Chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Jessica Marsh|name]] ("[[Jess|name]]"), DOB
[[08/07/2019|dob]], NHS [[434 019 0764|nhs]]
Prepared by [[Fiona Beddoes|name]], SW, Severn Marches Council, for the kinship assessment, [[1 March 2027|date]]

[[08/07/2019|date]]  [[Jess|name]] born at Worcestershire Royal. Mother [[Kirsty Marsh|name]] (23); father named as [[Ryan Hill|name]].
[[30/09/2019|date]]  HV notes [[Kirsty|name]] is on methadone from the drug service in [[Kidderminster|place]]; lives [[Flat 6, 40
Blackwell Street|address]], [[Kidderminster|place]] [[DY10 2DS|postcode]].
[[17/03/2020|date]]  Police DA call: [[Ryan|name]] pushed [[Kirsty|name]] into a door at the flat; [[Jess|name]] present. [[Ryan|name]]
cautioned.
[[02/12/2021|date]]  [[Kirsty|name]] found unresponsive at the flat by neighbour [[Paul Harber|name]] ([[flat 5|address]]); naloxone by
ambulance.
                [[Jess|name]] (2) alone in cot; taken to maternal grandparents, [[Carol|name]] and [[Mick Rowley|name]],
[[7 Mill Street|address]],
                [[Low Town|place]], [[Bridgnorth|place]] [[WV15 5AG|postcode]]. Section 20 agreed.
[[14/01/2022|date]]  [[Jess|name]] returns to mother under a plan; [[Carol|name]] does weekends.
[[05/05/2023|date]]  [[Jess|name]] starts nursery at [[Castlefields|school]]; [[Carol|name]] drives her from [[Kidderminster|place]] daily.
[[23/08/2024|date]]  [[Kirsty|name]] arrested in [[Stourport|place]] (shoplifting, Boots); [[Jess|name]] with [[Carol|name]].
[[11/10/2025|date]]  [[Ryan Hill|name]] released from HMP Hewell; lives with his sister [[Stacey Hill|name]] in [[Dudley|place]].
[[19/01/2027|date]]  [[Jess|name]] tells teacher Mrs [[Summers|name]] "Mummy was asleep on the floor and I couldn't wake her".
[[20/01/2027|date]]  Strategy discussion; [[Jess|name]] to [[Carol|name]]'s under s20; [[Kirsty|name]] agrees.
[[21/01/2027|date]]  [[Kirsty|name]] leaves a voicemail for [[Carol|name]] from [[Worcester|place]]: "tell [[Jess|name]] Mummy loves her".
[[24/01/2027|date]]  [[Ryan Hill|name]] rings duty from [[07851 774 029|phone]] asking where [[Jess|name]] is; not told.
[[27/01/2027|date]]  Home visit to [[Carol|name]] and [[Mick|name]]; neighbour Mrs [[Ann Pugh|name]] at [[no. 9|address]] offers help.
[[29/01/2027|date]]  [[Kirsty|name]] admitted to Worcestershire Royal after an overdose.
[[03/02/2027|date]]  Connected person viability started; [[Mick|name]] has COPD; [[Carol|name]] 63, works mornings at the Co-op in
                [[High Town|place]].
"""),
    ("Connected person viability assessment, extract", """CONNECTED PERSON (KINSHIP) VIABILITY ASSESSMENT - EXTRACT
Child: [[MARSH, Jessica|name]]     Proposed carers: Mrs [[Carol Rowley|name]] ([[20/06/1963|dob]]) and Mr [[Michael Rowley|name]]
("[[Mick|name]]", [[29/11/1960|dob]])
NI: [[WK 63 18 40 A|ni]] (Mrs [[Rowley|name]]), [[PH 27 91 56 D|ni]] (Mr [[Rowley|name]])     Address: [[7 Mill St|address]],
[[Low Town|place]], [[Bridgnorth|place]]
Assessor: [[Fiona Beddoes|name]]     Visits: [[8 February|date]], [[15 February|date]] and [[22 February 2027|date]]

The home: a two-bedroom terrace by the river in [[Low Town|place]], up the steps from the bridge; [[Jess|name]] has the
small bedroom. [[Carol|name]] has lived in [[Bridgnorth|place]] all her life; [[Mick|name]] grew up in [[Highley|place]] and
worked at the carpet factory in [[Kidderminster|place]] until it closed.

Support network: [[Carol|name]]'s sister, [[Jean Bradley|name]], in [[Alveley|place]] ([[07706 325 914|phone]]); their son
[[Lee Rowley|name]], in [[Broseley|place]]; friends from church, [[Pam|name]] and [[Derek Tranter|name]]. [[Carol|name]] says
[[Jean|name]] would have [[Jess|name]] after school if [[Mick|name]] is unwell.

Risks: [[Kirsty|name]] knows the address and has turned up twice, once with a man [[Carol|name]] knew only as "[[Baz|name]]"
from [[Stourport|place]]; [[Ryan Hill|name]] posted on Facebook on [[24 February|date]] that he "knows where [[Jess|name]] is".
[[Mick|name]]'s health. [[Carol|name]]'s age (she would be 75 when [[Jess|name]] is 18).

Recommendation: viable; full assessment to proceed; contact with [[Kirsty|name]] supervised at the family centre in
[[Bridgnorth|place]]; [[Ryan|name]] to be assessed before any contact.
"""),
    ("Duty worker's phone call log", """DUTY TEAM PHONE LOG - South - Friday [[5 March 2027|date]] - duty SW: [[Ola Bankole|name]]

09:02  IN  [[Carol Rowley|name]] ([[01746 761 294|phone]]) - [[Kirsty|name]] rang her at 2am from a new number [[07533 208 611|phone]]
       asking to see [[Jess|name]] "before she goes". [[Carol|name]] frightened. Advised 999 if [[Kirsty|name]] comes.
09:15  OUT [[Fiona Beddoes|name]] (allocated SW) - voicemail; sent Teams message.
09:40  IN  Mrs [[Summers|name]], [[Castlefields Primary|school]] - [[Jess|name]] in, tired, said "Nanna cried all night".
10:05  OUT [[Kirsty Marsh|name]] on [[07533 208 611|phone]] - answered by a man who said he was "[[Dazza|name]]" and she was
       "at the hostel in [[Kiddy|place]]". Hung up.
10:30  IN  PC [[Jo Whitehouse|name]], West Mercia, [[Kidderminster|place]] - [[Kirsty|name]] in custody since 04:10 (arrested at
       [[Blackwell St|address]]). [[Ryan Hill|name]] was with her; bailed to his sister's address, [[22 Peel Street|address]],
       [[Dudley|place]] [[DY2 8QP|postcode]], phone [[07851 774 029|phone]].
11:20  OUT [[Carol|name]] - told her [[Kirsty|name]] is in custody; [[Carol|name]]'s husband [[Mick|name]] listening, asked
       whether [[Ryan|name]] has his car still, a red Corsa [[YX16 BNU|vehicle]]. Passed to police.
12:45  IN  [[Jean Bradley|name]] ([[Carol|name]]'s sister) from [[Alveley|place]] - will stay at [[Mill Street|address]] tonight.
14:10  OUT Mrs [[Summers|name]] - school to keep [[Jess|name]] in at home time until [[Carol|name]] or [[Jean|name]] collects.
16:55  Handover to EDT ([[Priyanka Shah|name]]): risk of [[Ryan|name]] coming to [[Low Town|place]] over the weekend; police
       marker on [[7 Mill Street|address]] requested ([[WV15 5AG|postcode]]).
"""),
    ("Genogram key typed out from a hand-drawn family tree", """GENOGRAM KEY - drawn with [[Carol|name]] and [[Jess|name]] on
[[15/02/2027|date]]
(squares male, circles female; typed from [[Fiona Beddoes|name]]'s drawing)

Generation 1
  [[Albert Rowley|name]], b. [[3 Jan 1931|dob]], d. [[9 Oct 2004|date]], [[Quatt|place]] - [[Mick|name]]'s dad, farm labourer
  [[Ivy Rowley|name]] (née [[Pountney|name]]), d. 2011, [[Highley|place]]
  [[Harold Bradley|name]] and [[Joan Bradley|name]], [[Bridgnorth|place]] - [[Carol|name]]'s parents, both died

Generation 2
  [[Mick Rowley|name]] [[29.11.1960|dob]] == [[Carol Rowley|name]] (née [[Bradley|name]]) [[20.06.1963|dob]], married
  [[12.09.1987|date]] at St Leonard's
  [[Jean Bradley|name]] ([[Carol|name]]'s sister), [[Alveley|place]]

Generation 3
  [[Lee Rowley|name]] b. 1988, [[Broseley|place]]
  [[Kirsty Marsh|name]] (née [[Rowley|name]]) [[14.09.1995|dob]] - m. [[Dean Marsh|name]] 2016, divorced 2018
  [[Ryan Hill|name]] [[02.03.1993|dob]], [[Dudley|place]] - [[Jess|name]]'s dad (not married)

Generation 4
  [[Jessica Marsh|name]] "[[Jessie|name]]" [[08.07.2019|dob]] - lives with Nanna and Grandad
  [[Tyler-Jay Hill|name]] b. 2022 - [[Ryan|name]]'s son with [[Leanne Cox|name]], [[Netherton|place]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 98 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 06:53 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "nurse", "sister", "brother",
           "bishop", "president", "elder", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "nannys", "gran", "granny",
           "grandma", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "koro", "whaea", "matua",
           "kui", "abuela", "abuelo", "tia", "tía", "tío", "tio", "mami", "papi", "señora", "sr", "sra", "doña", "don"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "shropshire", "south shropshire",
               "north shropshire", "the marches", "west midlands", "powys", "new zealand", "aotearoa", "uruguay", "utah",
               "usa", "america", "bay of plenty", "europe", "south america", "latin america", "argentina", "spain"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13 to 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's
# titles and kinship words ("Bishop", "Sister", "President", "Koro", "Whaea", "abuela", "tia", "mami") and counties, regions
# and countries ("Shropshire", "New Zealand", "Aotearoa", "Uruguay", "Bay of Plenty").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
