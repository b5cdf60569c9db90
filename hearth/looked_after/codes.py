"""SSDA903 code lists (children looked after return), from ../shared/domain.md §2.2 ([V] there unless said).

Kept here rather than in hearth/core/codes.py because only looked-after recording and the SSDA903 return use them;
the category of need (CIN on the episode) reuses core.codes.PrimaryNeed without N0/N9.
"""

from django.db import models

from hearth.core.codes import PrimaryNeed


class ReasonNewEpisode(models.TextChoices):  # RNE
    S = "S", "Started to be looked after"
    L = "L", "Change of legal status only"
    P = "P", "Change of placement and carer(s) only"
    T = "T", "Change of placement, same carer(s)"
    B = "B", "Change of legal status and placement and carer(s) together"
    U = "U", "Change of legal status and placement, same carer(s)"


class LegalStatus(models.TextChoices):  # LS
    C1 = "C1", "Interim care order"
    C2 = "C2", "Full care order"
    D1 = "D1", "Freeing order granted"
    E1 = "E1", "Placement order granted"
    V2 = "V2", "Single period of accommodation under section 20"
    V3 = "V3", "Agreed series of short-term breaks, individual episodes recorded"
    V4 = "V4", "Agreed series of short-term breaks, agreements recorded"
    L1 = "L1", "Police protection and in local authority accommodation"
    L2 = "L2", "Emergency protection order"
    L3 = "L3", "Child assessment order and in local authority accommodation"
    J1 = "J1", "Remanded to local authority or youth detention accommodation"
    J2 = "J2", "Placed in local authority accommodation under PACE 1984"
    J3 = "J3", "Youth rehabilitation order with residence or intensive fostering requirement"


class PlacementType(models.TextChoices):  # PLACE (2024 list; K3 per the d2i enum, see domain.md note [U])
    U1 = "U1", "Foster with relative or friend, long term"
    U2 = "U2", "Foster with relative or friend who is also an approved adopter (FfA or concurrent)"
    U3 = "U3", "Foster with relative or friend, not long term or FfA"
    U4 = "U4", "Foster with other carer, long term"
    U5 = "U5", "Foster with other carer who is also an approved adopter (FfA or concurrent)"
    U6 = "U6", "Foster with other carer, not long term or FfA"
    A3 = "A3", "Placed for adoption with consent, with current foster carer"
    A4 = "A4", "Placed for adoption with consent, not with current foster carer"
    A5 = "A5", "Placed for adoption with placement order, with current foster carer"
    A6 = "A6", "Placed for adoption with placement order, not with current foster carer"
    P1 = "P1", "Placed with own parent(s) or other person with parental responsibility"
    P2 = "P2", "Independent living, with or without support"
    P3 = "P3", "Residential employment"
    H5 = "H5", "Semi-independent living not subject to children's homes regulations (legacy)"
    K3 = "K3", "Registered supported accommodation"
    K1 = "K1", "Secure children's home"
    K2 = "K2", "Children's home"
    R1 = "R1", "Residential care home"
    R2 = "R2", "NHS or health trust establishment providing medical or nursing care"
    R3 = "R3", "Family centre or mother and baby unit"
    R5 = "R5", "Young offender institution"
    S1 = "S1", "Residential school"
    T0 = "T0", "Temporary move (all types)"
    T1 = "T1", "Temporary period in hospital"
    T2 = "T2", "Temporary absence on holiday"
    T3 = "T3", "Temporary accommodation while the foster carer is on holiday"
    T4 = "T4", "Temporary accommodation of 7 days or less, any other reason"
    Z1 = "Z1", "Other placement"


# Placements meant to last until the child is 18: after the first year, visits may be 3-monthly (CPPCR reg 28(2)).
LONG_TERM_PLACEMENTS = {PlacementType.U1, PlacementType.U4}
# Foster placements with a relative, friend or other connected person: the only ones a temporary approval under CPPCR
# reg 24 can be (domain.md §1.1 row 20).
CONNECTED_PERSON_PLACEMENTS = {PlacementType.U1, PlacementType.U2, PlacementType.U3}


class PlacementProvider(models.TextChoices):  # PLACE_PROVIDER
    PR0 = "PR0", "Parent(s) or other person with parental responsibility"
    PR1 = "PR1", "Own local authority provision"
    PR2 = "PR2", "Other local authority provision"
    PR3 = "PR3", "Other public provision (for example health)"
    PR4 = "PR4", "Private provision"
    PR5 = "PR5", "Voluntary or third sector provision"


class ReasonEpisodeCeased(models.TextChoices):  # REC
    X1 = "X1", "Episode ceases and a new episode starts the same day"
    E11 = "E11", "Adopted, application unopposed"
    E12 = "E12", "Adopted, consent dispensed with by the court"
    E2 = "E2", "Died"
    E3 = "E3", "Care taken over by another UK local authority"
    E4A = "E4A", "Returned home as part of care planning"
    E4B = "E4B", "Returned home, not part of care planning"
    E13 = "E13", "Left care to live with parents, relatives or others with no parental responsibility"
    E41 = "E41", "Child arrangements order (who the child lives with)"
    E45 = "E45", "Special guardianship order to former foster carers who are relatives or friends"
    E46 = "E46", "Special guardianship order to former foster carers who are not relatives or friends"
    E47 = "E47", "Special guardianship order to other carers who are relatives or friends"
    E48 = "E48", "Special guardianship order to other carers who are not relatives or friends"
    E5 = "E5", "Independent living with formal support"
    E6 = "E6", "Independent living with no formal support"
    E7 = "E7", "Transferred to residential care funded by adult social care"
    E9 = "E9", "Sentenced to custody"
    E14 = "E14", "Accommodation on remand ended"
    E15 = "E15", "Age assessment found the child to be 18 or over"
    E16 = "E16", "Child moved abroad"
    E17 = "E17", "Aged 18 or over and remained with current carers (including Staying Put)"
    E8 = "E8", "Ceased for any other reason"


# Ending care: every reason but X1 (which only the episode rules write, when a change starts a new episode).
LEAVING_CARE_REASONS = [c for c in ReasonEpisodeCeased.choices if c[0] != ReasonEpisodeCeased.X1]


class ReasonPlaceChange(models.TextChoices):  # REASON_PLACE_CHANGE
    CARPL = "CARPL", "Change to or implementation of the care plan"
    CLOSE = "CLOSE", "Resignation or closure of the provision"
    ALLEG = "ALLEG", "Allegation (section 47)"
    STAND = "STAND", "Standards of care concern"
    APPRR = "APPRR", "Approval removed"
    CREQB = "CREQB", "Carer requests an end because of the child's behaviour"
    CREQO = "CREQO", "Carer requests an end, other reason"
    CHILD = "CHILD", "Child requests an end"
    LAREQ = "LAREQ", "Responsible or area authority requests an end"
    PLACE = "PLACE", "Change in the status of the placement only"
    CUSTOD = "CUSTOD", "Custody arrangement"
    OTHER = "OTHER", "Other"


class ReviewParticipation(models.TextChoices):  # REVIEW_CODE
    PN0 = "PN0", "Child under 4"
    PN1 = "PN1", "Attends and speaks for self"
    PN2 = "PN2", "Attends, an advocate or the IRO speaks"
    PN3 = "PN3", "Attends and conveys views non-verbally"
    PN4 = "PN4", "Attends but does not contribute"
    PN5 = "PN5", "Absent, briefs an advocate"
    PN6 = "PN6", "Absent, conveys views another way (written, audio, video)"
    PN7 = "PN7", "Absent, views not conveyed"


class MissingKind(models.TextChoices):  # MISSING
    M = "M", "Missing (whereabouts unknown)"
    A = "A", "Away from placement without authorisation (whereabouts known)"


class SDQReason(models.TextChoices):  # SDQ_REASON
    SDQ1 = "SDQ1", "Under 4 or over 16"
    SDQ2 = "SDQ2", "Carer refused"
    SDQ3 = "SDQ3", "Severity of disability"
    SDQ4 = "SDQ4", "Other"
    SDQ5 = "SDQ5", "Young person refused"


class InTouch(models.TextChoices):  # IN_TOUCH
    YES = "YES", "In touch"
    NO = "NO", "Not in touch"
    DIED = "DIED", "Died"
    REFU = "REFU", "Refuses contact"
    NREQ = "NREQ", "No longer requires services"
    RHOM = "RHOM", "Returned home for 6 months or more"


class Activity(models.TextChoices):  # ACTIV
    F1 = "F1", "Higher education, full time"
    P1 = "P1", "Higher education, part time"
    F2 = "F2", "Other education, full time"
    P2 = "P2", "Other education, part time"
    F4 = "F4", "Apprenticeship, full time"
    P4 = "P4", "Apprenticeship, part time"
    F5 = "F5", "Training or employment, full time"
    P5 = "P5", "Training or employment, part time"
    G4 = "G4", "Not in education, employment or training: illness or disability"
    G5 = "G5", "Not in education, employment or training: other"
    G6 = "G6", "Not in education, employment or training: pregnancy or parenting"
    NOT_IN_TOUCH = "0", "Not in touch, died or returned home"


class Accommodation(models.TextChoices):  # ACCOM letter (suitability is a separate yes/no, giving 1 or 2)
    B = "B", "With parents or relatives"
    C = "C", "Community home or other residential care"
    D = "D", "Semi-independent or registered supported accommodation"
    E = "E", "Supported lodgings"
    G = "G", "Gone abroad"
    H = "H", "Deported"
    K = "K", "Ordinary lodgings"
    R = "R", "Residence not known"
    S = "S", "No fixed abode"
    T = "T", "Foyer"
    U = "U", "Independent living"
    V = "V", "Emergency accommodation"
    W = "W", "Bed and breakfast"
    X = "X", "In custody"
    Y = "Y", "Other"
    Z = "Z", "With former foster carers"
    NOT_IN_TOUCH = "0", "Not in touch"


class PreviousPermanence(models.TextChoices):  # PREV_PERM
    P1 = "P1", "Adoption"
    P2 = "P2", "Special guardianship order"
    P3 = "P3", "Residence order or child arrangements order"
    P4 = "P4", "Previous permanence order, type unknown"
    Z1 = "Z1", "No previous permanence order"


# CIN on the episode: the CIN census primary need list without N0 and N9 (domain.md §2.2 "Category of need").
CATEGORY_OF_NEED = [c for c in PrimaryNeed.choices if c[0] not in (PrimaryNeed.N0, PrimaryNeed.N9)]
