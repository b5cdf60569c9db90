"""Set 164: a held-out hand-written set for the redaction detector, six more invented families in mid-Cheshire, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as the earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, the sets being written
by other helpers at the same time (bench/redaction_set162.py, redaction_set163.py, redaction_set165.py and their tests) or the
held-out sets 158 to 161 and their tests, that did not run the detector or any bench script that runs it, that ran no git command,
and that looked at no detector output. What was read: tests/test_redaction_set21.py in full and bench/redaction_set21.py in large part
(its docstring, imports, first family's record and documents, last family's last documents, word lists and checker set-up; the
middle of the file was cut from the screen and not read), whose layout and marking conventions are followed here, the docstrings only
of bench/redaction_set7.py to redaction_set157.py (searched for the towns, districts and communities earlier sets used as a family's
home), the first lines and the helper signatures of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`), and the ruff settings in pyproject.toml. Set 15's checker was not
printed; it is run, through the HandSet helper, as set 21 runs it. Phone numbers were checked with the phonenumbers library, and NHS
numbers and UPNs made and checked with python-stdnum, in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it
is to be scored once. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Northwich and Winsford, each from a district no earlier set (7 to 157) used as a family's home (the earlier
docstrings name Rudheath in Northwich and the Wharton estate in Winsford, with a grandmother in Over; those are not used as a
family's home here). Four white British families: the Dakin / Hough family in Castle, Northwich, with a grandmother in Barnton
(a mother's depression, home conditions and a dog, a boy's attendance and bedwetting, a father's new partner to be checked); the
Moss / Pimlott family in Leftwich, with a grandfather in Davenham (a girl of 15 exploited through a county line run from Widnes and
Runcorn, missing episodes, a cuckooed flat, threats to her brother); the Garside family in Barnton, a father caring alone, with a
mother in Crewe (a mother's drinking and recovery, a violent former partner, supervised contact, a relapse); and the Ravenscroft /
Boon family in Swanlow, Winsford (a mother of 17 and her new baby, a father of 20 with police call-outs, a brother of 14 with a
knife, a family group conference, a child protection plan). Two from communities no earlier set used: a Kosovo Ashkali family in
Winnington, Northwich (Rexhepi / Zeqiri; a girl of 14 missing school to interpret, overcrowding, a father's injury, an anonymous
report of a planned engagement that the girl calls a joke, a mother's birth certificate from the Yugoslav era in Serbian Cyrillic)
and a Bahamian mother with a white British husband in Darnhall, Winsford (Rolle / Sutton; non-fatal strangulation seen by a boy of
11 who rang 999, a husband who holds the passports, no recourse to public funds and the domestic abuse concession, family in
Nassau). 24 documents, four a family, each with its own style label: a child in need review record, a mother's texts to a family
support worker, a neighbour's complaint email forwarded by a housing officer, a grandmother's handwritten note scanned; a return
home interview, Snapchat screenshots printed by a mother and OCR'd, a child exploitation screening form, strategy meeting minutes; a
chronology, a father's handwritten letter scanned, a contact supervisor's session record, duty line voicemails auto-transcribed
(with their mis-hearings); a pre-birth assessment summary, a community midwife's notes typed fast on a phone, a family group
conference plan in the family's own words, a letter to a young mother after a conference; a home visit case note with an
interpreter, a Yugoslav-era birth certificate OCR'd in Serbian Cyrillic with a certified translation, a school EAL coordinator's
email with the social worker's reply, a front door record of an anonymous call; a police domestic abuse PPN to the MASH, a
Messenger chat in Bahamian English between sisters typed up, an immigration adviser's letter, and a child's own words from a
"three houses" direct work session.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names may
be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers library), UK
and foreign (Kosovo, the Bahamas, Germany); NHS numbers and UPNs (LA number 896 for Cheshire West and Chester) pass their check
digits; NI numbers have a valid format. Invented: the council (Weaver Vale) and its housing provider (Weaver Homes), the schools
(Hayhurst Primary, Dane Bank Academy, Barnton Fields Primary, Saltbox Nursery, Winnington Vale Primary, Weaver Valley Academy,
Darnhall Brook Primary), the immigration charity and the GP practices; towns, districts, villages, real schools and colleges
(Winsford Academy, Weaverham High, Mid Cheshire College), hospitals, police forces, courts, charities, clubs, shops, brands, apps,
landmarks, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, Nan, Nanna,
Nanny, Auntie, Uncle, Grammy, mummy, the Albanian gjyshja and xhaxhi) stay outside the name span, before or after the name ("Kenny
boy"); a possessive 's and a bare s in texting ("tiny"s, "ellie"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("MOSS, Nicola", "GARSIDE, Ruby-Mae", "ROLLE, Deandra Shanice"), and so is "SURNAME
First" ("SUTTON Kendrick", "3ЕЋИРИ Шпреса") and "First SURNAME" ("Leah MOSS"); a first name with an initial is one span ("Jodie D",
"Ardit R", "kai b"); initials alone ("KL", "S.B.") are not marked; a name broken by a line break is one span holding the break, and
so is an address, a place, a school or a date; handles ("leahh.mxx") are not marked, but a display name that is a person's name is
("kai b", "Tamika Ferguson"); a street address is one span, its district and town places, its postcode a postcode; a street without
a number is an address, and so is a neighbour's bare house number ("24", "no. 19", "no 42"); countries, counties, boroughs and
regions are not places ("Kosovo", "the Bahamas", "Spain", "Cheshire", "Halton"); organisations are not marked even when they hold a
town's name (Victoria Infirmary, Leighton Hospital, Swanlow Med Centre, Barnton Surgery, Wharton Community Centre, Northwich
Victoria, Winsford Utd, Winnington Park juniors, Chester Magistrates, the Family Court at Chester, Halton Council); a school's short
form is a school ("Hayhurst", "dane bank", "mid ches"); a service or branch named by its town marks the town ("Winsford Locality
Team", "Winsford NPU", "the Northwich office", "the Over children's centre", the Winsford family centre); a date of birth is dob,
any other date with a day is date (a weekday stays outside), and the bare day in a range is its own span ("3"-"4 Oct", "13th"-"15th");
months and years alone, festivals (Junkanoo, Boxing Day) and pets (Tank) are not marked; landmarks stay unmarked (the Weaver,
Marbury, the Anderton Boat Lift, Montagu beach).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname that is also a place
is marked by what it refers to ("Joan Castle" and "Castle" as her surname are names; Castle the district is a place; "Mr Crewe" the
teacher is a name and Crewe the town a place; "Brereton" is a name and "Brereton Green" a place; "Moulton" is a name), and so is a
first name that is a word or a place ("Asia", "Nova", "Precious", "Grace", "Jordan", "Over" the village); in auto-transcribed
voicemails a mis-heard name ("chantelle brooks", "pria", "prior nair", "ruby may garside") is a name and a mis-heard town ("crew",
"barton") a place; in OCR a mis-read name ("Asda" for Asha) is a name, and so is a Cyrillic name with a digit read for a letter
("3ЕЋИРИ"); a drug line's brand that is a person's nickname ("Bezza") is a name; a partial registration ("FN19") is a vehicle; a
Cyrillic town in a grammatical case ("Урошевцу") is a place; a date of birth written in words, in Serbian or English, is one dob
span, and so is a wrong date of birth found on the system; the Yugoslav-era street address is an address; the council's and an
adviser's office street addresses are addresses, their building names (Wyvern House, Hamilton House) are not; a Bahamian house
number with its street ("#9 Step Street") is an address and Fox Hill a place; a mis-keyed date corrected in place ("18/11 - no
wait 19/11") marks both; occurrence, contact, tenancy and legal references and an interpreter's registration number are not marked.

Self-check without the detector: `python -m bench.redaction_set164` (and tests/test_redaction_set164.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a name)
and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,034 gold spans,
597 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dakin / Hough family (white British), Castle, Northwich --------------------------------------------------------------

HOME_A = d.Address("22 Hayhurst Close", "Castle", "Northwich", "CW8 1QT")
NAN_A = d.Address("5 Runcorn Road", "Barnton", "Northwich", "CW8 4HS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hough")], dt.date(2017, 6, 2), addresses=[HOME_A], ids=["660 932 4514", "V896392873601"],
       schools=["Hayhurst Primary School"]),
    _p("s", "sibling", [("Poppy", "Dakin")], dt.date(2021, 2, 19), addresses=[HOME_A], ids=["529 166 5165"],
       schools=["Hayhurst Primary School"]),
    _p("m", "mother", [("Jodie", "Dakin")], dt.date(1995, 10, 8), addresses=[HOME_A], phones=["07712 480 356"],
       ids=["JK 24 81 65 B"]),
    _p("f", "father", [("Craig", "Hough")], dt.date(1992, 4, 27), phones=["07845 219 604"]),
    _p("g", "grandparent", [("Sandra", "Dakin")], dt.date(1970, 1, 12), addresses=[NAN_A], phones=["01606 594 218"]),
    _p("p1", "professional", [("Hannah", "Leadbetter")], phones=["0300 123 7039"],
       emails=["hannah.leadbetter@weavervale.gov.uk"]),
], "c")

DOCS_A = [
    ("child in need review record", """WEAVER VALE COUNCIL - CHILDREN'S SERVICES
CHILD IN NEED REVIEW - RECORD OF MEETING
Children: [[Tyler HOUGH|name]] (DOB [[02/06/2017|dob]], NHS [[660 932 4514|nhs]], UPN [[V896392873601|upn]]) and [[Poppy DAKIN|name]] (DOB
[[19/02/2021|dob]], NHS [[529 166 5165|nhs]])
Address: [[22 Hayhurst Close|address]], [[Castle|place]], [[Northwich|place]] [[CW8 1QT|postcode]]
Date of review: [[12 November 2026|date]] (third review)     Venue: [[Hayhurst Primary School|school]], the family room
Chair and social worker: [[Hannah Leadbetter|name]], [[0300 123 7039|phone]]

Present: [[Jodie Dakin|name]] (mother); Mrs [[Sandra Dakin|name]] (maternal grandmother, from [[Barnton|place]]); [[Gemma Wilbraham|name]]
(family support worker, Weaver Vale Early Help); Mrs [[Lisa Moulton|name]] (deputy head and DSL, [[Hayhurst|school]]); [[Amy Shingler|name]]
(school nurse). Apologies: [[Craig Hough|name]] (father, [[07845 219 604|phone]], working in [[Ellesmere Port|place]]); Dr [[Okonjo|name]]
(GP, Danebridge Medical
Centre).

1. Since the last review ([[6 August 2026|date]])
[[Jodie|name]] has kept to the plan for most of the term. [[Gemma|name]] has visited every Tuesday; the kitchen and the children's bedroom
have been cleared and stay clear, and the "dog room" has gone since the dog went back to [[Craig|name]]'s brother, [[Dean Hough|name]], in
[[Rudheath|place]]. [[Jodie|name]] has started sertraline and sees the talking therapies service at Victoria Infirmary on Thursdays.
2. School (Mrs [[Moulton|name]])
[[Tyler|name]]'s attendance is 91.4% this term (78% last year). Late on 9 of 46 days, mostly Mondays. He was sent home once, on
Monday [[19 October|date]]... corrected: the exclusion was on [[20 October|date]], for kicking a TA. Mrs [[Moulton|name]] said he is "a
different lad since [[Gemma|name]] started the morning routine". [[Poppy|name]] (Reception) is settled and "chatty"; one nit letter.
3. Health
[[Amy|name]]: [[Tyler|name]] was seen at the enuresis clinic on [[3rd Nov|date]]; alarm started. [[Poppy|name]]'s dental decay: two
extractions at Leighton Hospital on [[27.10.26|date]]; next check [[Feb 2nd 2027|date]].
4. Father
[[Craig|name]] sees the children every other Saturday at his mum's in [[Hartford|place]]. He told [[Hannah|name]] by phone on [[10/11|date]]
that he wants them "every weekend" and has a new partner, [[Shannon Kyle|name]]. Checks on Ms [[Kyle|name]] to be done before any
overnight stays.
5. The children's views
[[Tyler|name]] (to [[Gemma|name]], in the car): "Mum's not in bed all day any more. I like it when Nan [[Sandra|name]] does tea." He
wants to go to Northwich Victoria with his dad. [[Poppy|name]] drew "our house" with the dog still in it.
6. Decision: stay on the Child in Need plan for one more review. Next review: Thursday... (the chair means
[[11 February 2027|date]], 3.30 pm, same venue).
7. Actions
- [[Hannah|name]]: DBS and police checks on [[Shannon Kyle|name]] (DOB given by [[Craig|name]] as [[4/9/1996|dob]]), before
[[19 December|date]].
- [[Gemma|name]]: keep Tuesday visits to Christmas, then fortnightly; bedtime routine work with [[Tyler|name]] ("[[Ty|name]]").
- Mrs [[Moulton|name]]: a soft start for [[Tyler|name]] on Mondays from [[16 November|date]]; key adult Mr [[Platt|name]] (TA).
- [[Amy Shingler|name]]: enuresis follow-up, [[1 December|date]].
- [[Jodie|name]]: ring Weaver Homes ([[Rachel Dooley|name]]) about the fence and the debt to the neighbour at no. [[24|address]].
- Mrs [[Dakin|name]]: to have the children after school three days a week from [[7 December|date]] (see her note).
Minutes: [[H. Leadbetter|name]], [[13/11/2026|date]]. Copies: [[Jodie Dakin|name]], [[Craig Hough|name]] (at [[3 Lodge Road|address]],
[[Hartford|place]] [[CW8 1PW|postcode]], his mother's address), school, GP.
"""),
    ("mother's texts to the family support worker, typed up with her consent", """Typed up by [[G. Wilbraham|name]] (FSW)
from my work phone, [[16/11/2026|date]], as [[Jodie|name]] asked me to "show the social" how the mornings go. Spelling left as sent.
Contact name on my phone: "[[Jodie D|name]] [[Castle|place]]".

Mon [[2 Nov|date]] 07:12 [[Jodie D|name]]: morning [[gem|name]] its me. [[ty|name]] asked if ur coming today lol he wants to show u his lego
Mon [[2 Nov|date]] 07:13 Me: Not today [[Jodie|name]], Tuesday as usual! Tell him to bring it. x
Mon [[2 Nov|date]] 08:41 [[Jodie D|name]]: both in school on time!!!! 08:35 got a sticker off mrs [[moulton|name]] 😂
Tue [[3 Nov|date]] 16:02 [[Jodie D|name]]: enuresis place said alarm will help. can u ask [[hannah|name]] if school can have spare pants
for him
Thu [[5 Nov|date]] 21:50 [[Jodie D|name]]: cant sleep. [[craig|name]] says hes taking them bonfire at marbury with [[shannon|name]] n her
kids. i said no
not till social check her. he called me a psycho
Thu [[5 Nov|date]] 21:52 [[Jodie D|name]]: i didnt shout back tho. im proud of that
Thu [[5 Nov|date]] 21:58 Me: That's really good [[Jodie|name]]. Write it down for Tues and we'll tell [[Hannah|name]]. If you feel unsafe
999. Night x
Sat [[7 Nov|date]] 10:20 [[Jodie D|name]]: me mum took them to [[barnton|place]] for the day so im doing the kitchen. send pic later
Sat [[7 Nov|date]] 10:21 [[Jodie D|name]]: shes at [[5 runcorn rd|address]] if u need her, [[01606 594 218|phone]] landline she never
answers her mobile
Mon [[9 Nov|date]] 08:52 [[Jodie D|name]]: late today 🙁 [[poppy|name]]s shoe. 08:49 in. office lady [[Bev|name]] was nice about it
Wed [[11 Nov|date]] 13:30 [[Jodie D|name]]: the lady next door [[Maureen|name]] at no [[24|address]] says [[dean|name]] still owes her for
the fence the dog
broke. not my problem is it
Wed [[11 Nov|date]] 13:34 Me: No, not yours. Review is tomorrow 3pm at [[hayhurst|school]] - see you there x
Sun [[15 Nov|date]] 19:05 [[Jodie D|name]]: [[tyler|name]] dry 3 nights!!!!!! hes made a chart. [[craig|name]] had them sat, came back
fine, [[shannon kyle|name]] seems
ok tbh
"""),
]

DOCS_A += [
    ("neighbour's complaint email to the housing officer, forwarded", """From: [[Colin Maddock|name]] <[[c.maddock58@btinternet.com|email]]>
Sent: [[28 September 2026|date]] 18:14
To: Tenancy Enforcement <tenancy@weaverhomes.org.uk>
Subject: [[22 Hayhurst Close|address]] - again

Dear Sir/Madam,
I have lived at [[20 Hayhurst Close|address]] for 31 years and I have never had to write a letter like this. The young woman at number
[[22|address]] ([[Jodie|name]]) has had that dog (a Staffie cross called Tank) barking from 7 in the morning. It gets out through the back
fence onto the path to the Weaver and on Saturday it went for [[Maureen Sillitoe|name]] from [[24|address]]'s little dog. The lad,
[[Tyler|name]],
was out on the close at 9 at night in his pyjamas on Friday [[25th|date]]. I am not a nosy neighbour but I have grandchildren myself.
The father comes round in a blue Transit ([[KX18 UFD|vehicle]]) and there is shouting. My wife ([[Pat|name]]) rang Cheshire Police on the
[[26th|date]].
Regards, [[Colin Maddock|name]], [[07957 302 641|phone]]

---------- Forwarded message ---------
From: [[Rachel Dooley|name]] <[[rachel.dooley@weaverhomes.org.uk|email]]>
Date: Tue, [[29 Sept 2026|date]] at 09:40
To: [[Hannah Leadbetter|name]] <[[hannah.leadbetter@weavervale.gov.uk|email]]>
Subject: FW: [[22 Hayhurst Close|address]] - again

Hi [[Hannah|name]], forwarding as discussed. I did a tenancy visit on [[14/09/2026|date]]: rooms cluttered, dog mess in the back bedroom,
no food in the fridge, Miss [[Dakin|name]] in bed at 11am and tearful. I left the Citizens Advice leaflet and the Warm Homes fund form.
She says the dog is her ex's and he will have it back. I'll hold off any breach notice while you're involved. Mr [[Maddock|name]] has also
been in touch with Cllr [[Heald|name]]. Tenancy ref WH/CAS/22/0091.
Thanks, [[Rachel|name]]
[[Rachel Dooley|name]], Neighbourhood Officer ([[Castle|place]] and [[Winnington|place]] patch), Weaver Homes, [[01606 863 407|phone]]
"""),
    ("grandmother's handwritten note left for the social worker, scanned", """[scanned note on lined paper, handed in at reception,
[[Northwich|place]] office, [[2 December 2026|date]]; handwriting clear apart from one word]

For [[Hannah Leadbetter|name]] Social Worker
From [[Sandra Dakin|name]] ([[Jodie|name]]'s mum), [[5 Runcorn
Road|address]], [[Barnton|place]]. Tel [[01606 594 218|phone]]

[[Hannah|name]] I wanted to put in writing what I said on the phone. I can have [[Tyler|name]] and [[Poppy|name]] after
school Mon, Weds and Fri until half 5 from [[7th December|date]] as I have finished at the Salt Museum cafe now. I can get them from
[[Hayhurst|school]] on the 4 bus or my neighbour [[Joan|name]] (Mrs [[Joan Castle|name]], she is called [[Castle|name]] same as where they
live!!)
will drive me. She is 70 but a good driver.

I am worried about [[Craig|name]]'s new girlfriend. I don't know her but my friend [[Irene|name]] from church says [[Shannon|name]] had her
own
kids took off her in [[Winsford|place]] about 2019. I might be wrong and I don't want to cause trouble but you should check. Her mum is
[[Debbie Kyle|name]] off the [[Wharton|place]] estate.

[[Jodie|name]] is doing so much better. She rings me every night now. Please don't close the case before Christmas, she needs
[[Gemma|name]] a bit longer.

[[Sandra Dakin|name]]
[[1/12/26|date]]
P.S. [[Tyler|name]]'s birthday is [[2nd June|dob]] not the [[6th of Feb|date]] like on your letter (that's the other way round)
"""),
]


# --- B. Moss / Pimlott family (white British), Leftwich, Northwich -----------------------------------------------------------

HOME_B = d.Address("9 Gadbrook Walk", "Leftwich", "Northwich", "CW9 8TN")
GRAMP_B = d.Address("31 Church Street", "Davenham", "Northwich", "CW9 8NF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Leah", "Moss")], dt.date(2011, 5, 23), addresses=[HOME_B], phones=["07931 662 178"],
       ids=["784 546 5356", "U896222679419"], schools=["Dane Bank Academy"]),
    _p("s", "sibling", [("Reece", "Pimlott")], dt.date(2014, 9, 4), addresses=[HOME_B], ids=["135 033 1171"],
       schools=["Dane Bank Academy"]),
    _p("m", "mother", [("Nicola", "Moss")], dt.date(1988, 12, 1), addresses=[HOME_B], phones=["07483 905 217"],
       ids=["NH 62 40 17 C"]),
    _p("f", "father", [("Gary", "Pimlott")], dt.date(1985, 3, 16), addresses=[HOME_B]),
    _p("g", "grandparent", [("Ken", "Moss")], dt.date(1958, 8, 30), addresses=[GRAMP_B], phones=["01606 271 935"]),
    _p("p1", "professional", [("Owen", "Pritchard")], phones=["01244 977 310"], emails=["owen.pritchard@weavervale.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI)
Completed by: [[Becky Astbury|name]], Missing from Home worker, Catch22 (commissioned service)
Young person: [[Leah MOSS|name]]   DOB [[23.05.2011|dob]]   Age 15   School: [[Dane Bank Academy|school]] (Y11, UPN [[U896222679419|upn]])
Home: [[9 Gadbrook Walk|address]], [[Leftwich|place]], [[Northwich|place]] [[CW9 8TN|postcode]]   Mobile: [[07931 662 178|phone]]
Missing episode: reported by mother 23:40 on Fri [[20/11/2026|date]]; found 14:15 on Sun [[22/11/26|date]] by British Transport
Police at [[Runcorn|place]] station. Police ref 0944/20NOV.   Interview: [[24 November 2026|date]], at [[Ken Moss|name]]'s (grandad),
[[Davenham|place]], at [[Leah|name]]'s choice. Mum not present ([[Leah|name]]'s wish).

Where she was (her words as far as I could write them): "I went to [[Kai|name]]'s mate's in [[Widnes|place]] on the Friday. Then we went to
a
flat in [[Halton Lea|place]], I don't know the number, it had a blue door and a lad called [[Tiny|name]] lived there. Saturday I was just
in the
flat, we had McDonald's. Sunday [[Kai|name]] said go home and gave me £20 for the train and a phone to give to someone at
[[Northwich|place]]
station but the police got me first." She said the phone "wasn't hers" and she "didn't look in it".
Who she was with: [[Kai Brereton|name]] (19, "[[Kai B|name]]" on Snapchat; she knows he is from [[Brereton Green|place]] "like his name"),
"[[Tiny|name]]", a girl called [[Chloe|name]] (17, from [[Kirkby|place]]), and "[[Bezza|name]]" (older, drove a grey Audi, she remembered
part of the plate: "[[FN19|vehicle]] something").
Harm: no injuries seen; said she had not eaten on Saturday till late; smoked cannabis "a bit". Denied anything sexual; I noted she
changed the subject. She had new trainers (she said [[Chloe|name]]'s).
Push/pull: arguments at home with [[Gary|name]] (mum's partner, [[Reece|name]]'s dad) about her phone; "[[Kai|name]] actually listens."
Says school "is a joke" since she was moved to the inclusion room in October.
What would help: "My grandad. And not being shouted at." She agreed to me ringing her every Weds at 4.
Shared with: [[Owen Pritchard|name]] (SW), PC [[Sam Frodsham|name]] (Cheshire Police missing person coordinator), DSL at [[Dane
Bank|school]] (Mr [[Lowe|name]]).
"""),
    ("Snapchat screenshots a mother printed, OCR'd", """[OCR text of 3 printed screenshots handed to PC [[Frodsham|name]] by
[[Nicola Moss|name]] on
[[21.11.2026|date]]; the OCR has been checked against the paper and obvious misreads left in brackets. Chat title on all three:
"[[kai b|name]] 💸". Her daughter's account: "leahh.mxx"]

[screenshot 1 - "THURSDAY"]
[[kai b|name]]: u still comin fri or wat
[[kai b|name]]: [[tiny|name]] sed ur safe 👌
leahh.mxx: yh after skl. mum thinks im at [[jess|name]]s
[[kai b|name]]: get the 5 oclock from [[northwich|place]] to [[runcorn|place]] east ill get u from there
leahh.mxx: i aint got money for train
[[kai b|name]]: ill sort it. dont say nuthin to [[gaz|name]] or ur grandad
leahh.mxx: [[reece|name]] saw the trainers tho

[screenshot 2 - "FRIDAY" (top cut off)]
[[kai b|name]]: ...at [[widnes|place]] now [[bezza|name]] in the car outside [[Asda|name]]
[note: a misread of "[[Asha|name]]" - [[Asha|name]] is [[Kai|name]]'s sister per the mother]
leahh.mxx: which door
[[kai b|name]]: side 1 by the vape shop. [[chlo|name]] will come down
leahh.mxx: my mum keeps ringin 😬 [[07483 905 217|phone]] is her if she rings u dont answer
[[kai b|name]]: turn ur location off babe

[screenshot 3 - "SATURDAY 1:12 AM"]
leahh.mxx: i wanna go home now
[[kai b|name]]: ur fine. sleep at [[tiny|name]]s. ill take u back sun
leahh.mxx: [[kai|name]] pls
[[kai b|name]]: stop bein a kid. u owe me for the trainers remember 💸
leahh.mxx: ok

[screenshot 4 - "SUNDAY" - sent after she was found; the mother says this was read out to her by [[Leah|name]]'s brother]
[[kai b|name]]: where r u
[[kai b|name]]: if the feds got the phone u owe me 400. tell [[reece|name]] i no where ur skl is. [[dane bank|school]] innit
[[kai b|name]]: [[bezza|name]] will come [[leftwich|place]] if u dont answer
leahh.mxx: im at my grandads in [[davenham|place]] leave me alone
[[kai b|name]]: [[31 church st|address]] yh? lol
[Mother's note on the printout: "HOW DOES HE KNOW DADS ADDRESS" - [[Nicola|name]], [[22/11|date]]]
"""),
]

DOCS_B += [
    ("child exploitation screening tool, completed form", """CHESHIRE CHILD EXPLOITATION SCREENING TOOL  (version 4)
Section 1 - Child
Surname: [[MOSS|name]]            Forename(s): [[Leah|name]]            Known as: "[[Lee|name]]" (by grandad only)
DOB: [[23/05/2011|dob]]     NHS No: [[784 546 5356|nhs]]     UPN: [[U896222679419|upn]]
Address: [[9 Gadbrook Walk|address]], [[Leftwich|place]], [[Northwich|place]], [[CW9 8TN|postcode]]
Parent/carer: [[MOSS, Nicola|name]] (mother) tel [[07483 905 217|phone]]; [[PIMLOTT, Gary|name]] (mother's partner, no PR)
Other household: [[Reece Pimlott|name]] (half-brother, 12, DOB [[04-09-2014|dob]])
Section 2 - Referrer: [[Owen Pritchard|name]], Social Worker, Weaver Vale Council, [[01244 977 310|phone]],
[[owen.pritchard@weavervale.gov.uk|email]]      Date: [[25-11-2026|date]]

Section 3 - Indicators (tick; give detail)
[x] Missing from home or care - 3 episodes: [[3|date]]-[[4 Oct|date]] ([[Winsford|place]], found at a
    friend's, [[Millie Ashbrook|name]]); [[6 Nov|date]] (back by 2am); [[20|date]]-[[22 Nov|date]] (see the RHI)
[x] Unexplained gifts/money - trainers (~£140), a second phone
[x] Older associates - [[Kai BRERETON|name]] (19), alias "[[Bezza|name]]" NOT the same person; "[[Tiny|name]]" (Halton)
[x] Travelling out of area - [[Runcorn|place]], [[Widnes|place]], [[Halton Lea|place]]
[x] Drug use - cannabis
[ ] Sexual health concerns - not known
[x] Decline in school - moved to inclusion, attendance 74%
[x] Vehicle - grey Audi A3, partial [[FN19|vehicle]]; seen by a neighbour, Mr [[Dutton|name]], at [[11 Gadbrook Walk|address]], on
[[6/11|date]]
Section 4 - Level: SIGNIFICANT (CCE, possible CSE)
Section 5 - Actions: strategy meeting [[26.11.2026|date]]; NRM referral to be considered; disruption - police to visit the Halton flat.
"""),
    ("strategy meeting minutes (exploitation)", """WEAVER VALE SAFEGUARDING CHILDREN PARTNERSHIP
STRATEGY MEETING - CHILD EXPLOITATION - MINUTES
Child: [[Leah Moss|name]] (15)    Held: [[26/11/2026|date]], 10:00, MS Teams    Chair: [[Karen Dobson|name]], Team Manager,
[[Northwich|place]]
Locality Team
Attendees: [[Owen Pritchard|name]] (SW); DC [[Ryan Huxley|name]] (Cheshire Police, Exploitation Team); PC [[Sam Frodsham|name]]; [[Becky
Astbury|name]] (Catch22); Mr [[Andy Lowe|name]] (DSL, [[Dane Bank|school]]); [[Jas Sandhu|name]] (school nurse); [[Lorna Fitton|name]]
(Halton
Council exploitation lead, for the [[Halton Lea|place]] address); minutes: [[Ellie Rigby|name]] (business support).

1. Information shared
Police: [[Kai BRERETON|name]], DOB [[14/02/2007|dob]], of [[Flat 6, Kingsway House|address]], [[Widnes|place]], is known for
supplying class A on a line branded "[[Bezza|name]]" (the line name, not the driver - the driver is [[Brandon Ezzard|name]], 24, hence the
nickname). The Audi, [[FN19 XKC|vehicle]], is registered to Mr [[Ezzard|name]]'s mother in [[Ditton|place]]. The phone [[Leah|name]] was
carrying
was seized; it held 112 "deal" texts. PC [[Frodsham|name]]: [[Leah|name]] was treated as a victim and not arrested.
School: attendance 74.2%; seen on Weds [[18 Nov|date]] being collected at the gate by a young man "with a
hood", not identified. [[Reece|name]] (Y8) told his form tutor, Miss [[Chantler|name]], that his sister "works for someone".
Halton: the flat is [[14 Moughland Lane|address]], [[Runcorn|place]] [[WA7 4SQ|postcode]] (not [[Halton Lea|place]] as first
thought); tenant [[Kerry Tinsley|name]] ("[[Tiny|name]]"), cuckooed since September.
Family: [[Nicola|name]] "is at the end of her tether"; [[Gary Pimlott|name]] has taken [[Leah|name]]'s phone twice and told her she "can
go and live with them then". Grandad ([[Ken Moss|name]], [[31 Church Street|address]], [[Davenham|place]], [[01606 271 935|phone]]) has
offered for [[Leah|name]] to stay with him during the week; he is 68 and fit.
2. Decision: threshold met for a section 47 enquiry (CCE/CSE). Single-agency police investigation to run alongside.
3. Actions
a. NRM referral (DC [[Huxley|name]]) - by [[30 Nov|date]].
b. Disruption: CAWN notice on [[Brereton|name]] and [[Ezzard|name]] (police).
c. Viability of [[Leah|name]] staying with her grandad in [[Davenham|place]] ([[Owen|name]]), and a CIN plan for [[Reece|name]].
d. School: a pass-out system and a named adult (Mr [[Lowe|name]]); a move back from inclusion on [[1 December|date]].
e. [[Becky|name]] to keep the weekly Weds call.
Next meeting: [[10/12/26|date]].
"""),
]


# --- C. Garside / Brookes family (white British), Barnton, Northwich ---------------------------------------------------------

HOME_C = d.Address("17 Townfield Lane", "Barnton", "Northwich", "CW8 4LH")
MUM_C = d.Address("Flat 3, 48 Edleston Road", "", "Crewe", "CW2 7HD")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Garside")], dt.date(2019, 3, 14), addresses=[HOME_C], ids=["499 261 8928", "V896141937200"],
       schools=["Barnton Fields Primary School"]),
    _p("s", "sibling", [("Ruby-Mae", "Garside")], dt.date(2023, 7, 30), addresses=[HOME_C], ids=["472 164 1788"],
       schools=["Saltbox Nursery"]),
    _p("f", "father", [("Darren", "Garside")], dt.date(1990, 11, 5), addresses=[HOME_C], phones=["07919 247 583"],
       ids=["PR 15 93 70 D"]),
    _p("m", "mother", [("Chantelle", "Brookes")], dt.date(1993, 6, 21), addresses=[MUM_C], phones=["07403 618 924"]),
    _p("g", "grandparent", [("Wendy", "Brookes")], dt.date(1966, 4, 3), phones=["01270 256 490"]),
    _p("p1", "professional", [("Priya", "Nair")], phones=["01606 288 514"], emails=["priya.nair@weavervale.gov.uk"]),
], "c")

DOCS_C = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[GARSIDE, Alfie|name]] ([[14/03/2019|dob]]) and
[[GARSIDE, Ruby-Mae|name]]
([[30/07/2023|dob]])
Prepared by [[Priya Nair|name]], SW, for the child in need closure panel, [[1 December 2026|date]]. Sources: case file, Cheshire Police
PPNs, GP summary (Barnton Surgery), [[Barnton Fields|school]] and Saltbox Nursery records.

Date | Event | Source | Impact on the children
[[05/01/2023|date]] | Police called to [[17 Townfield Lane|address]], [[Barnton|place]]: [[Chantelle Brookes|name]] (mother) intoxicated,
[[Alfie|name]] (3)
found alone in the garden at 21:10 by a neighbour, Mrs [[Pauline Hope|name]] ([[no. 19|address]]). PPN 1. | Police | cold, frightened
[[30/07/2023|date]] | [[Ruby-Mae|name]] born at Leighton Hospital, 36 weeks; mother drank in pregnancy (midwife's note [[12.03.23|date]]). |
Maternity | NAS screen negative
[[2 Feb 2024|date]] | Mother's partner [[Frank Bolton|name]] arrested at the home after pushing [[Chantelle|name]] down the stairs;
[[Alfie|name]] saw it.
PPN 2. | Police | [[Alfie|name]] wet the bed for weeks ([[Barnton Fields|school]])
[[19 Mar 2024|date]] | [[Darren Garside|name]] (father) returns from [[Aberdeen|place]] (offshore work) and moves back into the house;
[[Chantelle|name]] moves to her mother's in [[Crewe|place]]. | SW | stability
August 2024 | Child arrangements order (by consent), the Family Court at Chester: children live with father; mother alternate weekends,
supervised by maternal grandmother [[Wendy Brookes|name]]. | Court | -
[[14/06/2025|date]] | Contact stopped: mother arrived at [[Wendy|name]]'s drunk; [[Wendy|name]] rang 999. | Police, PPN 3 | [[Alfie|name]]
"didn't want
to go again"
[[4 Sept 2025|date]] | [[Alfie|name]] starts Y2; "[[Alf|name]]" very anxious at drop-off; school nurse [[Jenny Cowap|name]] referral to
CAMHS. | School | -
[[22.04.2026|date]] | [[Chantelle|name]] completes a detox at Leighton and joins CGL ([[Crewe|place]]); 3 months sober. | CGL | -
[[3 June 2026|date]] | Supervised contact restarts at the [[Winsford|place]] family centre ([[Faith Bostock|name]], contact supervisor). |
SW | positive
[[Oct 17 2026|date]] | Father's letter to SW asking for contact to move to the community (see letter). | Father | -
[[13/11/2026|date]] | Mother misses a contact; voicemail to duty; a relapse ([[14 Nov|date]]) and back with CGL on the [[16th|date]]. |
Duty | [[Alfie|name]]
upset, [[Ruby-Mae|name]] "[[Rubes|name]]" too young to know
"""),
    ("father's handwritten letter to the social worker, scanned", """[scan of a two-page handwritten letter, received [[19/10/2026|date]];
page 2 is the back of a Tesco receipt. Transcribed by business support; crossings-out left out]

[[17 Townfield Lane|address]]
[[Barnton|place]]
[[CW8 4LH|postcode]]
Sat [[17th Oct|date]]

Dear [[Priya|name]]

Thank you for ringing back last week. I said I would write it down because I get flustered on the phone. I want to say first
that [[Chantelle|name]] has done really well since April and the kids love seeing her. [[Alfie|name]] counts the sleeps. [[Ruby
Mae|name]] calls her "mumma" now and not "[[Telle|name]]" which made [[Chantelle|name]] cry.

What I am asking is can the contact be somewhere normal and not the family centre in [[Winsford|place]]. It takes 40 mins on the bus
from [[Barnton|place]] and [[Alfie|name]] gets car sick on the 37. Her mum [[Wendy|name]] said she would supervise again at her flat in
[[Crewe|place]] or we could meet at the Anderton Boat Lift cafe or Marbury which is near us. My sister [[Kelly Garside|name]] also
said she could do it, she lives in [[Weaverham|place]] ([[42 Sandy Lane|address]]) and has done the course at work (she is a
TA at [[Weaverham High|school]]).

Second thing. [[Frank Bolton|name]] is back in [[Crewe|place]]. [[Chantelle|name]] says she is not with him but her friend
[[Stacey|name]] told my sister she seen them in the Wetherspoons on [[Market St|address]] on a Friday. I am not trying
to stop [[Chantelle|name]] seeing the kids I just want to know he won't be there. [[Alfie|name]] still talks about "the stairs".

My new number is [[07919 247 583|phone]]. I'm working days at Tata in [[Lostock|place]] now so after 4 is best.

Thanks for everything
[[Darren Garside|name]] (Dad of [[Alfie|name]] and [[Ruby-Mae|name]])
"""),
    ("contact supervisor's session record", """[[WINSFORD|place]] FAMILY CENTRE - SUPERVISED CONTACT RECORD
Session: 23 of 24     Date: Saturday [[7 November 2026|date]], 10.00-12.00     Room: Blue room
Children: [[Alfie Garside|name]] (7), [[Ruby-Mae Garside|name]] (3)     Adult(s): [[Chantelle Brookes|name]] (mother)
Supervisor: [[Faith Bostock|name]]     Brought by: father ([[Darren|name]]), who waited in the cafe with his sister

10.00 Mother here at 09.50, sober on arrival (no smell of alcohol; clear speech; steady). Brought a bag of Haribo and a
dinosaur book for [[Alfie|name]] and a doll for [[Ruby-Mae|name]].
10.05 Children came in. [[Alfie|name]] ran to mum; [[Ruby-Mae|name]] held [[Darren|name]]'s leg for a minute then went to mum for a cuddle.
10.20 Play-Doh at the table. Mum asked [[Alfie|name]] about school; he said his teacher Mr [[Crewe|name]] ("like [[Crewe|place]] where
you live!") gave him star of the week. Mum praised him warmly.
10.45 [[Ruby-Mae|name]] had a wet nappy; mum changed her competently, talking to her throughout.
11.10 [[Alfie|name]] asked "are you still poorly mummy?" Mum said "I'm getting better every day, [[Alf|name]]." She did not promise
anything. Good.
11.30 Mum mentioned "[[Frank|name]]" once on the phone to [[Wendy|name]] (about a lift); [[Alfie|name]] went quiet and looked at me. I
asked mum not to use the phone in the session; she apologised straight away.
11.55 Goodbyes: [[Ruby-Mae|name]] cried briefly; [[Alfie|name]] gave mum a drawing "for your fridge in [[crewe|place]]".
Summary: warm, child-focused session. One concern: [[Frank Bolton|name]]'s name and the children's reaction. Passed to [[Priya
Nair|name]] the same day.
Next: [[21/11/2026|date]]. [[F. Bostock|name]]

Addendum, [[21 November 2026|date]] (session 24): mother did not attend (see the duty voicemails of the [[13th|date]]-[[15th|date]]).
[[Darren|name]] brought the children anyway as [[Priya|name]] asked; [[Alfie|name]] made a card "for mummy when shes better" and asked if
Nanny [[Wendy|name]] could come next time instead. [[Ruby-Mae|name]] played with [[Kayden|name]] (another family's child, with his
grandad, Mr [[Dobbs|name]]) in the soft play. The next steps are for the review on [[1 December|date]] ([[Priya Nair|name]], [[Karen
Dobson|name]] TM).
"""),
    ("duty line voicemails, auto-transcribed by the phone system", """[[NORTHWICH|place]] DUTY LINE - VOICEMAIL TO TEXT
(auto-transcription; not
checked unless marked [checked])   Mailbox: Locality Duty 2   Exported: [[16-11-2026|date]] 08:02 by [[Kath Lyons|name]] (duty SW)

Msg 1  Fri [[13/11/2026|date]] 10:47  From: [[07403 618 924|phone]]  Length 0:41
"hi it's [[chantelle brooks|name]] um [[chantelle brookes|name]] the mum of [[alfie|name]] and [[ruby may garside|name]] I'm really sorry
I'm not
gonna make the contact tomorrow I'm not well I've got a bug can someone tell [[pria|name]] please and tell [[darren|name]] my number is
the same thanks bye"
[checked by KL: "[[Chantelle Brooks|name]]", "[[Ruby May|name]]" and "[[Pria|name]]" are the system's spellings]

Msg 2  Sat [[14/11/2026|date]] 23:16  From: withheld  Length 1:58
"yeah this is [[wendy brookes|name]] [[chantelle|name]]'s mum I'm ringing from [[crew|place]] it's quarter past 11 on Saturday night she's
been
drinking she come round here at 7 with that [[frank bolton|name]] and they've been shouting in the street on [[Edleston Road|address]] I
told him to go and she went with him I don't know where she is now her phone's off I'm worried sick please could somebody ring me
back on [[01270 256 490|phone]] that's my landline or my mobile's [[07584 223 716|phone]] thank you"

Msg 3  Sun [[15/11/2026|date]] 09:05  From: [[07919 247 583|phone]]  Length 0:52
"morning it's [[darren garside|name]] [[alfie|name]]'s dad from [[barton|place]] sorry [[barnton|place]] I've had [[wendy|name]] on the
phone about last
night the kids are fine they're with me they didn't see nothing I just want someone to know before monday and can [[prior nair|name]]
call me please cheers"

Msg 4  Sun [[15/11/2026|date]] 18:40  From: [[07403 618 924|phone]]  Length 0:30
"it's [[chantelle|name]] I'm at me mum's I'm safe I'm sorry I'm ringing cgl I mean the drug and alcohol people tomorrow
I'm so sorry tell the kids I love them"
[Actions: [[Kath Lyons|name]] rang [[Wendy|name]] back 08:20 Mon; case note; [[Priya|name]] informed.]
"""),
]


# --- D. Ravenscroft / Boon family (white British), Swanlow, Winsford ---------------------------------------------------------

HOME_D = d.Address("40 Swanlow Lane", "Swanlow", "Winsford", "CW7 1JE")
DAD_D = d.Address("12 Kinderton Street", "", "Middlewich", "CW10 0JE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Nova", "Ravenscroft")], dt.date(2026, 11, 18), addresses=[HOME_D], ids=["685 627 1905"]),
    _p("m", "mother", [("Ellie", "Ravenscroft")], dt.date(2009, 4, 11), addresses=[HOME_D], phones=["07825 946 310"],
       ids=["673 696 6787", "X896038188099"], schools=["Mid Cheshire College"]),
    _p("f", "father", [("Jordan", "Boon")], dt.date(2006, 1, 29), addresses=[DAD_D], phones=["07799 415 862"]),
    _p("g", "grandparent", [("Tracey", "Ravenscroft")], dt.date(1984, 9, 9), addresses=[HOME_D], phones=["07376 152 849"]),
    _p("p1", "professional", [("Marcus", "Fenton")], emails=["marcus.fenton@weavervale.gov.uk"]),
    _p("p2", "professional", [("Sophie", "Baskerville")], emails=["sophie.baskerville@nhs.net"]),
], "c")

DOCS_D = [
    ("pre-birth assessment summary", """PRE-BIRTH ASSESSMENT - SUMMARY AND RECOMMENDATION
Unborn baby of [[Ellie RAVENSCROFT|name]] (DOB [[11.04.2009|dob]], aged 17; NHS [[673 696 6787|nhs]])
EDD: [[25/11/2026|date]]     Address: [[40 Swanlow Lane|address]], [[Swanlow|place]], [[Winsford|place]] [[CW7 1JE|postcode]]
Father: [[Jordan Boon|name]] (20), [[12 Kinderton Street|address]], [[Middlewich|place]] [[CW10 0JE|postcode]]
Assessing social worker: [[Marcus Fenton|name]], [[Winsford|place]] Locality Team, [[marcus.fenton@weavervale.gov.uk|email]]
Completed: [[30 October 2026|date]]. Sessions: 7 (home, the Verdin Exchange children's centre, and [[Mid Cheshire College|school]]).

Background
[[Ellie|name]] lives with her mum, [[Tracey Ravenscroft|name]] (42), and her brothers [[Kyle|name]] (14) and [[Mason|name]] (9). She was a
child in
need herself in 2019-20 (neglect) and was known to the [[Over|place]] children's centre when she was small. She started a childcare
level 2 at [[Mid Cheshire|school]] ([[Hartford|place]] campus) in September 2025 and stopped in February when she was sick every morning.
Her nan, [[Brenda Ravenscroft|name]], lives in [[Darnhall|place]] and is "the one who sorts everyone out".

Relationship with the father
[[Ellie|name]] and [[Jordan|name]] met at a party in [[Wharton|place]] in August 2025. There were three police call-outs to
[[Kinderton Street|address]] between March and June 2026 (PPNs of [[2 March|date]], [[18 April|date]] and [[7 June|date]]): shouting,
a smashed phone, and on [[7/6/26|date]] a bruise to [[Ellie|name]]'s upper arm that she said was from "messing about". [[Jordan|name]]
has a caution for possession (2024) and says he has stopped "everything but a bit of weed". His mum, [[Carol Boon|name]], says he is
"a good lad when he's not with the [[Sproston|name]] brothers" ([[Liam|name]] and [[Ashley Sproston|name]], known to the police).

Strengths
- [[Ellie|name]] went to every antenatal appointment with [[Sophie Baskerville|name]] (community midwife) and the Family Nurse
  Partnership nurse, [[Gill Hulse|name]]. She has a cot, a car seat and clothes, many from her aunt [[Nikki|name]] in [[Sandiway|place]].
- [[Tracey|name]] works nights at the Morrisons in [[Winsford|place]] but has changed to days until spring.
- [[Ellie|name]] speaks about the baby warmly and has chosen a name, [[Nova|name]]. "Not after the car, before anyone says."

Worries
- Domestic abuse: [[Ellie|name]] minimises; she has not seen [[Jordan|name]] since [[1st Sept|date]] "except in town".
- The household: [[Kyle|name]] was excluded from [[Winsford Academy|school]] on [[9.10.26|date]] and police found a knife in his room on the
  [[12th|date]]. Shared bedroom: [[Ellie|name]] and baby would share with [[Mason|name]] until the council move comes through
  (housing band B; Weaver Homes, [[07/10/2026|date]]).
Recommendation: an initial child protection conference (neglect and emotional harm from domestic abuse), with a plan for
[[Ellie|name]] and the baby to stay at home with [[Tracey|name]] and [[Brenda|name]] as the main supports.
"""),
]

DOCS_D += [
    ("community midwife's notes typed fast on a phone, pasted in", """[Notes typed on my phone in the car between visits and pasted into
the record unedited - [[S Baskerville|name]] RM, community midwife, [[Winsford|place]] team]

[[18/11|date]] - no wait [[19/11|date]] 14:05 home visit, [[swanlow lane|address]]. baby [[nova|name]] born [[18/11/26|dob]] 03:52
leighton, SVD, 3.21kg,
home day 1. nhs no [[685 627 1905|nhs]]. [[ellie|name]] + [[tracey|name]] (mgm) present. also [[kyle|name]] asleep upstairs?? + a friend of
[[ellie|name]]s [[keeley|name]] w her own baby.
feeding: breast + top ups formula, latch ok w help. baby pink, alert, feeding 3hrly, 2 wet 1 mec. cord clean. no jaundice.
[[ellie|name]] tearful, tired, says [[jordan|name]] came to hosp w his mum [[carol|name]] on weds night and "it was nice". said he wants
to be on the birth cert. advised reg office in [[northwich|place]] needs both if not married. safe sleep talk done - moses basket
in [[ellie|name]]s room, [[mason|name]] moved to mums room for now. smoke alarm ok. dog?? - no, neighbours dog ([[no 42|address]]).
plan: day 5 bloods [[23/11|date]] at home. hv ([[Gill Hulse|name]] FNP) informed by txt. SW [[marcus|name]] emailed re [[jordan|name]] at
hosp.

[[23/11|date]] 10:30 day 5 visit. NBS done (heel). wt 3.05 (-5%). bf going well. [[ellie|name]] more settled. [[tracey|name]] at work till
2.
[[jordan|name]]s car ([[YG20 HWN|vehicle]] black corsa) outside when i arrived, he left as i came in. [[ellie|name]] says he "just dropped
nappies".
she showed me texts from him - not threatening, lots of hearts. i asked is she safe - "yeah course". gave her the Cheshire Without Abuse
card + pink card w the midwife line.
note for SW: [[jordan|name]] told [[ellie|name]] hes moving back to his nans in [[wharton|place]], 2 streets away. [[ellie|name]] happy
about this.
im less sure.

[[25/11|date]] tel call 16:40 from [[tracey|name]] on [[07376 152 849|phone]] - baby fine, asked if we can do the 10 day on fri not thurs as
[[ellie|name]] has the conference on thurs [[26th|date]]. ok. fri [[27th|date]] 11am.

[[27/11|date]] 11:05 day 10. wt 3.24 - back past birth wt 👍 bf only now, no top ups. cord off. [[ellie|name]] bright, says conference
"wasnt as bad as
i thought", [[marcus|name]] + [[rob|name]] (NYAS) were "sound". [[brenda|name]] (nan) there, lovely lady, showed me the moses basket she got
off facebook marketplace. [[kyle|name]] at school. [[jordan|name]] not here. transferred care to
hv [[Gill Hulse|name]] today. discharge summary to GP (Swanlow Med Centre) + SW. S.B.
"""),
    ("family group conference plan written by the family", """WEAVER VALE FAMILY GROUP CONFERENCE SERVICE
OUR FAMILY PLAN  (written by the family in private family time; typed up by the coordinator word for word)
Coordinator: [[Aisha Begum|name]]     FGC held: Saturday [[21 November 2026|date]], Wharton Community Centre, 11am-3pm
Who came: [[Ellie|name]], [[Tracey|name]] (mum), Nan [[Brenda|name]], Auntie [[Nikki|name]] and Uncle [[Steve Pownall|name]] (from
[[Sandiway|place]]), [[Jordan|name]] and his mum [[Carol|name]] (first half only), [[Ellie|name]]'s friend [[Keeley Hatton|name]], and
[[Nova|name]] (asleep). [[Kyle|name]] did not want to come. Advocate for [[Ellie|name]]: [[Rob Tickle|name]] (NYAS).
Baby's name: [[Nova Ravenscroft|name]]   Born: [[18-11-2026|dob]]

1. Where will [[Nova|name]] live?   With me ([[Ellie|name]]) at mums, [[40 Swanlow Ln|address]]. When we get a flat (hopefully
[[Over|place]]
   or near Nan) I will go with [[Nova|name]].
2. Who helps at night?   Mum on her nights off (Sun, Mon, Tue). Nan has said she will stay over Fri + Sat. Nan's landline
   [[01606 557 214|phone]], mobile [[07462 881 305|phone]].
3. What about [[Jordan|name]]?   [[Jordan|name]] can see [[Nova|name]] at Nan's in [[Darnhall|place]] with Nan there, Wed 4-6. He is not to
   come to mums house. If he comes drunk or high, Nan will not let him in and will ring the police. [[Jordan|name]] said "fair enough".
   [[Carol|name]] can see [[Nova|name]] whenever at Nans. [[Jordan|name]] will do the Caring Dads course if he gets a place.
4. [[Kyle|name]]   [[Steve|name]] is going to take [[Kyle|name]] to the boxing at the club in [[Winsford|place]] on Tues and Thurs and will
talk to
   him man to man. Nobody is to bring weed in the house, that includes [[Kyle|name]]'s mates.
5. Money   [[Nikki|name]] will help [[Ellie|name]] fill in the Universal Credit and the Best Start forms on [[28th|date]]. [[Tracey|name]]
   will ask Weaver Homes about band A.
6. College   [[Ellie|name]] wants to go back to [[mid ches|school]] in September. [[Keeley|name]] says their creche has spaces.
7. If the plan breaks down   [[Ellie|name]] and [[Nova|name]] go to Nan's. Nan: "I've had 4 of my own and 6 grandkids in that
   house, one more won't hurt."
Signed by all (copies to [[Marcus|name]]). Review FGC: Sat [[6th Feb|date]] at Nan's.
"""),
]

DOCS_D += [
    ("letter to a young mother after the initial child protection conference", """Weaver Vale Council
Children's Services, [[Winsford|place]] Locality Team, Wyvern House, [[The Drumber|address]], [[Winsford|place]] [[CW7 1AH|postcode]]

Miss [[Ellie Ravenscroft|name]]
[[40 Swanlow Lane|address]]
[[Swanlow|place]]
[[Winsford|place]]
[[CW7 1JE|postcode]]

[[27th November 2026|date]]

Dear [[Ellie|name]],

Your baby [[Nova|name]] - what happened at the conference on Thursday [[26 November|date]]

Thank you for coming to the conference with your mum and with [[Rob|name]] from NYAS, two days before [[Nova|name]] was ten days old. I
know it was hard to sit in that room. You did really well, and the chair ([[Julie Marsh-Whitby|name]]) said so.

What was decided: [[Nova|name]] will have a child protection plan under the category of emotional abuse. This is because of what has
happened between you and [[Jordan|name]] (the police call-outs in March, April and June) and not because of how you look after her.
Everybody at the conference - your midwife [[Sophie|name]], your FNP nurse [[Gill|name]], the GP (Dr [[Ansari|name]] at Swanlow Medical
Centre), Police Sergeant [[Harrowby|name]] and me - said that you are a loving and careful mum.

The core group will meet for the first time on Tuesday [[8/12/2026|date]] at 2pm at your home if that is OK with you
and your mum. The plan will use the family plan you all wrote on [[21 November|date]], especially the contact at your nan's in
[[Darnhall|place]] and the boxing for [[Kyle|name]].

[[Jordan|name]] did not come to the conference. I will write to him separately at his nan's address in [[Wharton|place]] ([[3 Bradford
Road|address]]) when he confirms it, and to his mum.

If you disagree with anything in the minutes, you can tell me, or [[Rob|name]] can help you to write to the chair. My number is on the
card; in an emergency out of hours ring the Emergency Duty Team.

Yours sincerely,

[[Marcus Fenton|name]]
Social Worker
[[marcus.fenton@weavervale.gov.uk|email]]
cc [[Tracey Ravenscroft|name]]; [[Rob Tickle|name]] (NYAS)
"""),
]


# --- E. Rexhepi / Zeqiri family (Ashkali, from Kosovo), Winnington, Northwich --------------------------------------------------

HOME_E = d.Address("26 Brunner Grove", "Winnington", "Northwich", "CW8 4GF")
GRAN_E = d.Address("Rruga Adem Jashari 41", "", "Fushë Kosovë", "12000")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lirije", "Rexhepi")], dt.date(2012, 1, 17), addresses=[HOME_E], ids=["200 546 2713", "E896214742841"],
       schools=["Weaver Valley Academy"]),
    _p("s", "sibling", [("Ardit", "Rexhepi")], dt.date(2015, 8, 6), addresses=[HOME_E], ids=["929 466 7197", "C896079463690"],
       schools=["Winnington Vale Primary School"]),
    _p("s2", "sibling", [("Drita", "Rexhepi")], dt.date(2020, 5, 28), addresses=[HOME_E], ids=["885 637 5400"],
       schools=["Winnington Vale Primary School"]),
    _p("m", "mother", [("Shpresa", "Rexhepi"), ("Shpresa", "Zeqiri")], dt.date(1990, 3, 12), addresses=[HOME_E],
       phones=["07746 109 382"]),
    _p("f", "father", [("Bajram", "Rexhepi")], dt.date(1984, 10, 2), addresses=[HOME_E], phones=["07834 562 907"],
       ids=["SL 39 72 14 A"]),
    _p("g", "grandparent", [("Hava", "Zeqiri")], dt.date(1963, 6, 1), addresses=[GRAN_E], phones=["+383 44 218 593"]),
    _p("p1", "professional", [("Bethan", "Roberts")], phones=["01606 331 872"], emails=["bethan.roberts@weavervale.gov.uk"]),
], "c")

DOCS_E = [
    ("home visit case note with an interpreter", """CASE NOTE - HOME VISIT (announced)    Recorded by [[Bethan Roberts|name]], SW,
[[Northwich|place]] Locality
Date/time: Wednesday [[4 November 2026|date]], 16:00-17:30
Address: [[26 Brunner Grove|address]], [[Winnington|place]], [[Northwich|place]] [[CW8 4GF|postcode]]
Present: [[Bajram Rexhepi|name]] (father), [[Shpresa Rexhepi|name]] (mother), [[Lirije|name]] (14), [[Ardit|name]] (11), [[Drita|name]] (6).
Interpreter: [[Arben Hoxha|name]] (Albanian), booked through the council's interpreting contract, in person. The family's first language is
Albanian; they are Ashkali from [[Fushë
Kosovë|place]] and the father also speaks Serbian and some German.

Purpose: follow-up to the school's referral of [[28 October|date]] (attendance and a comment [[Lirije|name]] made to a teacher about being
"promised").

Home: a two-bedroom housing association flat, clean and warm, very crowded: the parents sleep in the living room, the three
children in one bedroom; the second bedroom is used by the father's cousin, [[Fadil Rexhepi|name]], "for a few weeks" since he
arrived from [[Dortmund|place]] in September. Mr [[Rexhepi|name]] showed me the letter from Weaver Homes about overcrowding.

Father: he hurt his back in July at the hand car wash on [[Manchester Road|address]] where he worked cash in hand; he has not worked
since. He has a fit note from Dr [[Chaudhry|name]] (Danebridge Medical Centre). Money is "very tight"; the family has Universal Credit
and had a food parcel from the Trussell Trust at Christ Church.

[[Lirije|name]]: I spoke to her alone in the bedroom, without the interpreter at her request (her English is very good). She said she missed
school on Mondays and Thursdays to go with her mum to the hospital and the Jobcentre "because the interpreters never come". About
being "promised": she laughed and said her gjyshja ([[Hava Zeqiri|name]], her mother's mother, in [[Fushë Kosovë|place]]) "always says I
will marry [[Besnik|name]]", a cousin's son in [[Gjilan|place]], "but it's a joke, he's 12". She said her dad "would never". She wants to
be a
pharmacist. She has a best friend, [[Maisie Kettle|name]], who lives in [[Barnton|place]].
[[Ardit|name]]: quiet; likes football, plays for Winnington Park juniors. [[Drita|name]]: showed me her drawings; the school thinks she may
not hear well (see the school's email).
Mother (through [[Arben|name]]): she is pregnant (16 weeks) and has hyperemesis; she cried when I asked how she is. She misses her mother
and her sister [[Mirlinda|name]] in [[Ferizaj|place]]. She has a mobile, [[07746 109 382|phone]], but does not read English.

Analysis: no evidence of a plan for a forced or child marriage; I will still record the comment and discuss it with my manager and
the school. The main concerns are [[Lirije|name]]'s role as a young carer and interpreter, overcrowding and money.
Plan: young carers' assessment for [[Lirije|name]]; interpreters to be booked for all the mother's appointments (letter to the
maternity unit); housing letter; audiology for [[Drita|name]]; the next visit [[18/11/2026|date]] with [[Arben|name]].
"""),
]

DOCS_E += [
    ("Yugoslav-era birth certificate extract, scanned and OCR'd in Serbian Cyrillic, with a translation", """[Document uploaded to the
case file on [[10.11.2026|date]] by [[B. Roberts|name]]: mother's birth certificate, brought to the home visit for the maternity booking.
Scanned at the [[Northwich|place]] office; OCR in Serbian Cyrillic below (the OCR reads some letters wrongly - e.g. "3" for "З" - left as
read), then a certified translation by [[Arben Hoxha|name]] (Albanian/Serbian/English).]

СОЦИЈАЛИСТИЧКА ФЕДЕРАТИВНА РЕПУБЛИКА ЈУГОСЛАВИЈА
САП КОСОВО - ОПШТИНА [[УРОШЕВАЦ|place]]
ИЗВОД ИЗ МАТИЧНЕ КЊИГЕ РОЂЕНИХ
Матично подручје: [[Урошевац|place]]        Број: 412 / 1990
Презиме и име: [[3ЕЋИРИ Шпреса|name]]
Пол: женски
Дан, месец, година рођења: [[12. 03. 1990|dob]]  ([[дванаести март хиљаду деветсто деведесете|dob]])
Место рођења: [[Урошевац|place]], [[Ц. Марковића 8|address]]
Отац: [[Бећир Зећири|name]], рођен [[Урошевац|place]]
Мајка: [[Хава Зећири|name]], рођ. [[Бериша|name]]
Напомена: —
У [[Урошевцу|place]], [[20. 03. 1990|date]]          Матичар: [[Д. Петровић|name]]  (печат нечитак)

TRANSLATION
SOCIALIST FEDERAL REPUBLIC OF YUGOSLAVIA, SAP KOSOVO - MUNICIPALITY OF [[UROŠEVAC|place]] (now [[Ferizaj|place]])
EXTRACT FROM THE REGISTER OF BIRTHS
Registry area: [[Uroševac|place]]. No. 412/1990.
Surname and name: [[ZEĆIRI Špresa|name]] (in Albanian: [[Zeqiri Shpresa|name]])
Sex: female
Date of birth: [[12 March 1990|dob]] ([[twelfth March nineteen ninety|dob]])
Place of birth: [[Uroševac|place]], [[8 Cara Markovića|address]] street (the street no longer has this name)
Father: [[Beqir Zeqiri|name]] (Serbian spelling [[Bećir Zećiri|name]]), born [[Uroševac|place]]
Mother: [[Hava Zeqiri|name]], née [[Berisha|name]]
Remarks: none
At [[Uroševac|place]], [[20 March 1990|date]]. Registrar: [[D. Petrović|name]] (stamp illegible)
I certify this is a true translation. [[Arben Hoxha|name]], [[9 November 2026|date]]. Member no. NRPSI 20417.

[SW note: Mrs [[Rexhepi|name]]'s date of birth on our system was [[03/12/1990|dob]] (day and month swapped). Corrected to
[[12/03/1990|dob]] on [[10/11/2026|date]]. Her mother's number in [[Fushë Kosovë|place]] is [[+383 44 218 593|phone]].]
"""),
    ("school EAL coordinator's email to the social worker", """From: [[Nadia Kowalczyk|name]]
<[[n.kowalczyk@winningtonvale.cheshire.sch.uk|email]]>
To: [[Bethan Roberts|name]] <[[bethan.roberts@weavervale.gov.uk|email]]>
Cc: [[Mark Ollier|name]] (Head); [[Siân Pugh|name]] (SENCo)
Date: Mon, [[9 Nov 2026|date]], 12:31
Subject: [[Drita|name]] and [[Ardit R|name]] - hearing, and the interpreter question

Hi [[Bethan|name]],

Thank you for ringing after your visit. Three things from us at [[Winnington Vale|school]]:

1. [[Drita|name]] (Y2, Mrs [[Dale|name]]'s class). Class teacher and I both think she does not hear well on her left side - she turns her
head, and she has had three ear infections since [[September 7th|date]]. The school nurse ([[Lou Ankers|name]]) did a screen on the
[[5th|date]] and she failed on the left. Audiology at Victoria Infirmary can see her on [[20.11.2026|date]] at 9.40 but they need a
parent and an interpreter - could you make sure the interpreter is booked (not [[Lirije|name]]!)?

2. [[Ardit|name]] (Y6). Doing really well - reading age up 18 months since January. He is our Young Interpreter for
the two new Romanian boys and loves it. He told me his "xhaxhi [[Fadil|name]]" is sleeping in the other room and snores, so he sleeps
in with his sisters. He was a bit upset that his friend [[Kacper|name]] (in [[Rudheath|place]]) is not allowed to come to the flat "because
there is no space".

3. Interpreting. We had [[Lirije|name]] in our office on [[2nd November|date]] to translate for her mum at [[Drita|name]]'s parents' evening
because the Big Word phone line dropped twice. I know that's exactly what you are trying to stop. We will use an in-person
interpreter from now on; [[Arben Hoxha|name]] has given us his number ([[07402 716 558|phone]]) to book direct.

One more thing - Mrs [[Rexhepi|name]] gave us a German number for the children's uncle, [[Agim Zeqiri|name]], as a third emergency
contact: [[+49 176 4821 9937|phone]]. He lives in [[Dortmund|place]] so I've put him as "contact only".

Best wishes,
[[Nadia|name]]

[[Nadia Kowalczyk|name]], EAL and Inclusion Lead, [[Winnington Vale Primary School|school]], [[Winnington|place]], [[Northwich|place]]

[Reply, sent Mon [[9 Nov 2026|date]] 15:02 by [[Bethan Roberts|name]]:]
> Thanks [[Nadia|name]] - I've booked [[Arben|name]] for the audiology appointment on the [[20th|date]] and for the maternity booking at
> Leighton on [[24/11|date]]. Please don't ask [[Lirije|name]] or [[Ardit|name]] to interpret again. Could [[Siân|name]] let me know if
[[Drita|name]]
> needs an EHC needs assessment? I'll visit again on the [[18th|date]] with [[Arben|name]]. The young carers' worker is
[[Hollie Bebbington|name]]
> ([[hollie.bebbington@cheshireyoungcarers.org.uk|email]]).
> [[Bethan|name]]
"""),
]

DOCS_E += [
    ("front door contact record of an anonymous call", """CHILDREN'S FRONT DOOR - CONTACT RECORD
Contact no.: CFD-26-118204     Received: [[13/11/2026|date]] 15:52     Taken by: [[Tom Jervis|name]] (contact officer)
Method: phone, caller would not give a name ("a woman from the community, I don't want trouble"); number withheld.
Children named: "[[Lirije|name]], the big girl, and the little ones" at "the Albanian family on [[Brunner Grove|address]],
[[Winnington|place]]";
caller did not know the surname but said the father is "[[Bajram|name]]" and drives a silver Passat ([[LV14 ZRK|vehicle]]). Matched to the
open
case ([[Rexhepi|name]]) from the address and the father's name.

What the caller said (as near to her words as possible): she is "from Kosovo too" and goes to the same shop, the Balkan Market on
[[Witton Street|address]] (owner "[[Gezim|name]]"). She heard the grandmother on a video call in the shop saying the girl would go to
Kosovo "in the
summer holidays" for an engagement, and that the girl "is 14 and should be in school". She said Ashkali families "still do this
sometimes" and she is worried "because the girl is clever". She also said the mother "is always crying outside the Lidl" and that
the father "is not a bad man, he is sick with his back".
Known to us: yes - open CIN assessment (SW [[Bethan Roberts|name]]); home visit on [[4 Nov|date]] recorded a similar comment by
[[Lirije|name]],
who said it was a joke.
Contact officer's actions: passed to [[Bethan|name]] and her TM ([[Claire Antrobus|name]]) at 16:10; flagged under the forced marriage
protocol; advice from the Forced Marriage Unit to be sought before anyone speaks to the family; caller's words not to be repeated
to the family in a way that could identify her (a shop in a small community).
TM decision ([[Claire Antrobus|name]], [[16.11.2026|date]]): strategy discussion with police to consider a Forced Marriage Protection
Order; [[Lirije|name]]'s passport status to be checked (the father says the children's passports are with his sister, [[Merita
Rexhepi|name]], in [[Fushë Kosovë|place]]; the school has copies).
"""),
]


# --- F. Rolle / Sutton family (Bahamian and white British), Darnhall, Winsford ---------------------------------------------

HOME_F = d.Address("14 Darnhall School Lane", "Darnhall", "Winsford", "CW7 1JR")
GRAN_F = d.Address("#9 Step Street", "Fox Hill", "Nassau", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Asia", "Sutton")], dt.date(2019, 2, 8), addresses=[HOME_F], ids=["148 730 9058", "H896398503811"],
       schools=["Darnhall Brook Primary School"]),
    _p("s", "sibling", [("Kendrick", "Sutton")], dt.date(2015, 4, 26), addresses=[HOME_F], ids=["584 099 0094", "L896557845596"],
       schools=["Darnhall Brook Primary School"]),
    _p("m", "mother", [("Deandra", "Rolle")], dt.date(1991, 7, 3), addresses=[HOME_F], phones=["07723 840 519"]),
    _p("f", "father", [("Gareth", "Sutton")], dt.date(1983, 12, 19), addresses=[HOME_F], phones=["07581 206 734"],
       ids=["TB 57 20 81 C"]),
    _p("g", "grandparent", [("Ivy", "Rolle")], dt.date(1962, 5, 5), addresses=[GRAN_F], phones=["+1 242 357 8814"]),
    _p("p1", "professional", [("Naomi", "Whitehurst")], phones=["01606 552 690"], emails=["naomi.whitehurst@weavervale.gov.uk"]),
], "c")

DOCS_F = [
    ("police domestic abuse referral to the MASH", """CHESHIRE CONSTABULARY - PUBLIC PROTECTION NOTICE (PPN) - DOMESTIC ABUSE
Sent to: Weaver Vale MASH     Date sent: [[02/11/2026|date]] 06:14     Occurrence: 2600481173
Officer: PC 4471 [[Ryan Ashworth|name]], [[Winsford|place]] NPU     DASH: HIGH (17 ticks)

Victim: [[ROLLE, Deandra Shanice|name]]   DOB [[03/07/1991|dob]]   Nationality: Bahamian (spouse visa, expires [[14/03/2027|date]])
Suspect: [[SUTTON, Gareth Paul|name]]   DOB [[19/12/1983|dob]]   NI [[TB 57 20 81 C|ni]]   Address: [[14 Darnhall School Lane|address]],
[[Darnhall|place]],
[[Winsford|place]] [[CW7 1JR|postcode]]   Vehicle: white Ford Ranger [[CX71 WPD|vehicle]]
Children in the house: [[SUTTON Kendrick|name]] ([[26/04/2015|dob]]), [[SUTTON Asia|name]] ([[08/02/2019|dob]]) - both present.

Circumstances: 999 call at 01:48 on Sunday [[1 November|date]] from the son, [[Kendrick|name]] (11), whispering: "my dad is hurting my
mum, he's got her on the floor". Officers arrived 01:59. The victim had red marks to both sides of her neck and a cut lip; she said
the suspect came home from the Red Lion in [[Over|place]] at about 01:00, accused her of messaging a man, took her phone and held her
by the throat on the kitchen floor "till I saw stars". [[Kendrick|name]] was on the stairs; [[Asia|name]] (7) was asleep. The suspect
was arrested for non-fatal strangulation and assault; he said she "went for him" and that she "only married me for the visa".
The victim said this is the fourth time since [[Christmas Eve 2025|date]] and that he keeps her passport and her bank card. She has no
family in the UK; her mother, [[Ivy Rolle|name]], and her sister, [[Tamika Ferguson|name]], are in [[Nassau|place]]. A neighbour, Mr
[[Kenny Eaton|name]] ([[no. 16|address]]), said he has heard "screaming" "loads of times" and once saw the children sitting in the car at
midnight. Friend [[Precious Adeyemi|name]] ([[07380 447 196|phone]]) from the church in [[Winsford|place]] collected the victim and
children to her house on [[Dene Drive|address]] for the night.
Voice of the child: [[Kendrick|name]] told PC [[Ashworth|name]]: "I'm the man of the house when he's like that. I ring 999 quietly
so he doesn't know." [[Asia|name]] was not woken.
Risk factors: strangulation; escalation; controlling (passport, money, phone); immigration status used to control; pregnancy - no.
Actions: suspect charged and remanded to Chester Magistrates on [[02/11|date]]; bail conditions sought (not to go to
[[Darnhall School Lane|address]]); MARAC referral; IDVA referral (Cheshire Without Abuse). The victim's phone was returned to her:
[[07723 840 519|phone]].
"""),
]

DOCS_F += [
    ("Messenger chat between a mother and her sister abroad, typed up", """[Facebook Messenger chat shown to [[Naomi Whitehurst|name]] (SW)
by
[[Deandra Rolle|name]] on [[10 November 2026|date]] and typed up with her consent for the assessment; she chose the part to show. Display
names as on the screen. Times are UK time.]

[[Tamika Ferguson|name]] · [[Oct 25|date]] 23:02
[[Dee|name]] u good? Mummy say u ain call she since last week. she worried bad

[[Deandra Rolle|name]] · 23:15
im ok. [[gareth|name]] take the phone again. usin [[kendrick|name]] ipad now

[[Tamika Ferguson|name]] · 23:16
he take ya phone?? [[Dee|name]] dat ain right. dat man too controlling. come home

[[Deandra Rolle|name]] · 23:20
wit what money [[Mika|name]]. he got my passport. and the kids is british they in school here. [[asia|name]] love her school

[[Tamika Ferguson|name]] · 23:22
Mummy say u an de chirren could stay by she in [[fox hill|place]], [[Step St|address]] got 3 bedroom now since Uncle [[Rudy|name]] pass

[[Deandra Rolle|name]] · 23:25
i kno. tell mummy i love she. i gotta go he comin

[[Tamika Ferguson|name]] · [[Nov 1|date]] 09:40
[[DEE|name]] WHAT HAPPEN. [[precious|name]] message me on fb say police come to ya house

[[Deandra Rolle|name]] · [[Nov 1|date]] 11:02
im at [[precious|name]] house in [[winsford|place]]. they lock him up. my neck hurtin. [[kendrick|name]] call the police hisself
[[mika|name]] he so brave

[[Tamika Ferguson|name]] · 11:03
Lord have mercy. call me now [[+1 242 367 2280|phone]] dats my new number. or call mummy [[+1 242 357 8814|phone]]

[[Deandra Rolle|name]] · 11:30
the lady from the council comin monday. [[naomi|name]]. [[precious|name]] say dey could take the kids but she say no dey here to help

[[Tamika Ferguson|name]] · 11:31
u tell she everything [[Dee|name]]. everything. bout the passport an the money too. [[Jerome|name]] say he could send $500 tru western union

[[Deandra Rolle|name]] · [[Nov 4|date]] 20:12
[[naomi|name]] come. she nice. she say i could get a special visa for people dat get abused. got a appointment in [[chester|place]]
[[nov 12|date]]
wit a lawyer. [[asia|name]] draw a pic of grammy house in [[nassau|place]] for the lady

[[Tamika Ferguson|name]] · 20:15
praise God. [[Jerome|name]] cousin [[Delroy Pinder|name]] live in [[manchester|place]] he could carry u to the appointment. his number
[[07380 447 196|phone]]

[[Deandra Rolle|name]] · 20:19
dats [[precious|name]] number [[Mika|name]] lol. [[delroy|name]] number is [[07581 206 734|phone]]?? no thats [[gareth|name]]s. i dont have
[[delroy|name]] number

[[Tamika Ferguson|name]] · 20:20
ok ill ask [[Jerome|name]]. [[chester|place]] far? go wit [[precious|name]] den. love u. kiss [[kenny|name]] an [[asia|name]] for me
"""),
    ("immigration advice charity's letter to the social worker", """CHESHIRE MIGRANT LEGAL ADVICE PROJECT
Registered charity no. 1187342 | OISC Level 3 | 1st floor, Hamilton House, [[17 Hamilton Place|address]], [[Chester|place]]
[[CH1 2BH|postcode]]

Ms [[Naomi Whitehurst|name]]
Social Worker, [[Winsford|place]] Locality Team
Weaver Vale Council
By email only: [[naomi.whitehurst@weavervale.gov.uk|email]]

Our ref: CMLAP/26/0733/DR          [[13 November 2026|date]]

Dear Ms [[Whitehurst|name]],

Re: Ms [[Deandra ROLLE|name]] (DOB [[3 July 1991|dob]]) and her children [[Kendrick|name]] and [[Asia Sutton|name]]

Thank you for your referral of [[5
November|date]]. With Ms [[Rolle|name]]'s written consent I can share the following.

1. Status. Ms [[Rolle|name]] is a Bahamian national with leave as the spouse of a British citizen ([[Gareth Sutton|name]]) until
[[14 March 2027|date]]. Her leave carries the condition "no recourse to public funds". The children are British citizens by birth (born
at Leighton Hospital, [[Crewe|place]]) and hold British passports, which are also held by Mr [[Sutton|name]].
2. The concession. Ms [[Rolle|name]] is eligible to apply for the Migrant Victims of Domestic Abuse Concession, which gives three
months' leave with access to public funds while she applies for settlement as a victim of domestic abuse. I have today submitted the
application (evidence: the PPN, the MARAC referral and your letter). I expect a decision within 5 working days.
3. Passports. Her Bahamian passport was taken by Mr [[Sutton|name]]. The police have been asked to recover it under the bail conditions;
failing that, she can apply to the Bahamas High Commission in [[London|place]] for an emergency document. The children's passports should
not
be returned to Mr [[Sutton|name]]; I have advised her about a port alert, given his threat (recorded by PC [[Ashworth|name]]) to "take the
kids to [[Benidorm|place]] and not come back".
4. Until the concession is granted, the children are eligible for support under section 17. I would be grateful if you could confirm
that the council will meet rent and subsistence at [[14 Darnhall School Lane|address]] if Mr [[Sutton|name]] stops paying.

Ms [[Rolle|name]]'s mother, Mrs [[Ivy Rolle|name]], of [[#9 Step Street|address]], [[Fox Hill|place]], [[Nassau|place]], has written a
letter of support
(with us). Ms [[Rolle|name]] would like her mother to be able to visit; I will advise on a visitor visa.

Yours sincerely,
[[Femi Oyelaran|name]]
Senior Immigration Adviser (OISC Level 3), by email please
"""),
]

DOCS_F += [
    ("child's own words from a direct work session", """DIRECT WORK - "THREE HOUSES" - IN THE CHILD'S OWN WORDS
Child: [[Kendrick Sutton|name]] (11, Y6, [[Darnhall Brook|school]])    With: [[Naomi|name]] (SW)    Where: the library room at school
Date: [[19/11/2026|date]]    Also seen (separately, drawing only): [[Asia|name]] (7)
I wrote down what [[Kendrick|name]] said in his words; he read it back and changed two things (in brackets).

HOUSE OF WORRIES
"When Dad drinks at the Red Lion he comes back angry. I listen for the truck. If it's loud I take [[Asia|name]] in my bed."
"I'm scared he'll take us on a plane and Mum won't see us. He said it to Mum. (He said Spain.)"
"I worry Mum will have to go back to [[Nassau|place]] and we have to stay here."
"My friend [[Tyrese|name]]'s mum [[Precious|name]] said we can stay at theirs but their house is small."

HOUSE OF GOOD THINGS
"My mum. [[Asia|name]]. Grammy [[Ivy|name]] on FaceTime, she calls me '[[Kenny|name]] boy'. Auntie [[Mika|name]]. Conch fritters."
"Football with Mr [[Tomlinson|name]] at lunch. Winsford Utd on Saturdays sometimes with [[Kenny Eaton|name]] next door (he's called
[[Kenny|name]] too!)."
"Miss [[Grace|name]] my teacher. She lets me go to the quiet room."

HOUSE OF DREAMS
"Dad stops drinking and says sorry to Mum properly. (Or he lives somewhere else and we see him at Nanna [[Sutton|name]]'s in
[[Middlewich|place]].)"
"We go to [[Nassau|place]] for Christmas, ALL of us, and I see the beach at Montagu and go to Junkanoo on Boxing Day."
"I get to be in the choir at [[Winsford Academy|school]] next year."

[[Asia|name]]'s drawing: a house with a big sun, "me, [[Kendrick|name]], Mummy, Grammy" and a plane. She said Daddy "is in time-out".
SW reflections: [[Kendrick|name]] carries a great deal; he has taken on a protective role (the 999 call on the [[1st|date]]). Referral to
the
young people's DA service (Cheshire Without Abuse) for him; school to keep the quiet room.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 164 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "cllr", "nurse", "sister", "coach", "our",
           "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "grammy", "gjyshja", "gjyshe", "gjysh", "nëna", "baba", "halla", "daja", "teta",
           "xhaxhi", "баба", "деда", "матичар"}
_AFTER = {"senior", "junior", "boy"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cheshire", "mid cheshire",
               "west cheshire", "merseyside", "halton", "the north west", "north west", "kosovo", "kosova", "serbia", "yugoslavia",
               "сап косово", "косово", "albania", "germany", "the bahamas", "bahamas", "grand bahama", "spain", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Grammy Ivy",
# "xhaxhi Fadil", "Nanna Sutton", "Uncle Rudy"; after one: "Kenny boy") and counties, regions and countries ("Cheshire",
# "Halton", "Kosovo", "Serbia", "the Bahamas", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
