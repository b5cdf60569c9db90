"""DfE code lists shared by recording and the statutory returns.

Source: ../shared/domain.md §2 (DfE CIN census and SSDA903 code lists, marked [V] there).
"""

from django.db import models


class Ethnicity(models.TextChoices):
    WBRI = "WBRI", "White British"
    WIRI = "WIRI", "White Irish"
    WIRT = "WIRT", "Traveller of Irish heritage"
    WOTH = "WOTH", "Any other White background"
    WROM = "WROM", "Gypsy/Roma"
    MWBC = "MWBC", "White and Black Caribbean"
    MWBA = "MWBA", "White and Black African"
    MWAS = "MWAS", "White and Asian"
    MOTH = "MOTH", "Any other Mixed background"
    AIND = "AIND", "Indian"
    APKN = "APKN", "Pakistani"
    ABAN = "ABAN", "Bangladeshi"
    AOTH = "AOTH", "Any other Asian background"
    BCRB = "BCRB", "Caribbean"
    BAFR = "BAFR", "African"
    BOTH = "BOTH", "Any other Black background"
    CHNE = "CHNE", "Chinese"
    OOTH = "OOTH", "Any other ethnic group"
    REFU = "REFU", "Refused"
    NOBT = "NOBT", "Information not yet obtained"


class Sex(models.TextChoices):
    # CIN census and SSDA903 from 2024-25: M, F or U (domain.md addendum).
    MALE = "M", "Male"
    FEMALE = "F", "Female"
    UNKNOWN = "U", "Not known"


class UPNUnknown(models.TextChoices):
    """Why a child has no unique pupil number (CIN census UPNunknown; the XSD allows UN1-UN7).
    UN1-UN5 wording from the SSDA903 code list, UN7 from CIN validation rule 8772 (../shared/domain.md 2.1).
    UN6's meaning is not in our references: check the DfE CIN census guide before relying on it."""

    UN1 = "UN1", "Not of school age, no UPN yet"
    UN2 = "UN2", "Never attended a maintained school in England"
    UN3 = "UN3", "Educated outside England"
    UN4 = "UN4", "Newly looked after, UPN not yet known"
    UN5 = "UN5", "Sources disagree on name or date of birth, so the UPN cannot be matched"
    UN6 = "UN6", "UN6 (see the DfE CIN census guide)"
    UN7 = "UN7", "Referral with no further action"


class Disability(models.TextChoices):
    MOB = "MOB", "Mobility"
    HAND = "HAND", "Hand function"
    PC = "PC", "Personal care"
    INC = "INC", "Incontinence"
    COMM = "COMM", "Communication"
    LD = "LD", "Learning"
    HEAR = "HEAR", "Hearing"
    VIS = "VIS", "Vision"
    BEH = "BEH", "Behaviour"
    CON = "CON", "Consciousness"
    AUT = "AUT", "Autism or Asperger syndrome"
    DDA = "DDA", "Other disability"


class ReferralSource(models.TextChoices):
    """Who made the referral: the CIN census ReferralSource list (domain.md §2.1, [V] liia-tools CIN XSD 2024)."""

    FAMILY = "1A", "Individual: family member, relative or carer"
    ACQUAINTANCE = "1B", "Individual: acquaintance (including neighbours and childminders)"
    SELF = "1C", "Individual: self"
    INDIVIDUAL_OTHER = "1D", "Individual: other (including strangers)"
    SCHOOLS = "2A", "Schools"
    EDUCATION_SERVICES = "2B", "Education services"
    GP = "3A", "Health: GP"
    HEALTH_VISITOR = "3B", "Health: health visitor"
    SCHOOL_NURSE = "3C", "Health: school nurse"
    PRIMARY_HEALTH_OTHER = "3D", "Health: other primary health services"
    A_AND_E = "3E", "Health: A&E"
    HEALTH_OTHER = "3F", "Health: other (for example a hospice)"
    HOUSING = "4", "Housing (local authority housing or housing association)"
    LA_SOCIAL_CARE = "5A", "Local authority services: social care (for example adult social care)"
    LA_INTERNAL_OTHER = "5B", "Local authority services: other internal (for example youth offending, not housing)"
    LA_EXTERNAL = "5C", "Local authority services: external (for example another authority's adult social care)"
    LA_EARLY_HELP = "5D", "Local authority services: early help"
    POLICE = "6", "Police"
    LEGAL_AGENCY = "7", "Other legal agency (courts, probation, immigration, Cafcass, prison)"
    OTHER = "8", "Other (children's centres, independent providers, voluntary organisations)"
    ANONYMOUS = "9", "Anonymous"
    UNKNOWN = "10", "Unknown"


class PrimaryNeed(models.TextChoices):
    """The CIN census PrimaryNeedCode list (domain.md §2.1 "Primary need", [V])."""

    N1 = "N1", "Abuse or neglect"
    N2 = "N2", "Child's disability"
    N3 = "N3", "Parental disability or illness"
    N4 = "N4", "Family in acute stress"
    N5 = "N5", "Family dysfunction"
    N6 = "N6", "Socially unacceptable behaviour"
    N7 = "N7", "Low income"
    N8 = "N8", "Absent parenting"
    N9 = "N9", "Cases other than children in need"
    N0 = "N0", "Not stated"


class ReasonForClosure(models.TextChoices):
    """The CIN census ReasonForClosure list (domain.md §2.1 "Reason for closure", [V]; RC9 is listed there too)."""

    RC1 = "RC1", "Adopted"
    RC2 = "RC2", "Died"
    RC3 = "RC3", "Child arrangements order"
    RC4 = "RC4", "Special guardianship order"
    RC5 = "RC5", "Transferred to another local authority's services"
    RC6 = "RC6", "Transferred to adult social care"
    RC7 = "RC7", "Services ceased for any other reason, including child no longer in need"
    RC8 = "RC8", "Case closed after assessment, no further action"
    RC9 = "RC9", "Case closed after assessment, referred to early help"


class CategoryOfAbuse(models.TextChoices):
    """Initial and latest category of abuse on a child protection plan (domain.md §2.1 "Category of abuse", [V])."""

    NEG = "NEG", "Neglect"
    PHY = "PHY", "Physical abuse"
    SAB = "SAB", "Sexual abuse"
    EMO = "EMO", "Emotional abuse"
    MUL = "MUL", "Multiple or not recommended"


class AssessmentFactor(models.TextChoices):
    """Factors identified at assessment (domain.md §2.1 "Factors identified at assessment", [V]).

    The codes are not contiguous: validate against this explicit list. 18A and 19A are deprecated from 2024-25
    (domain.md addendum) and are not offered. Suffix A = the child, B = a parent or carer, C = another person in the household.
    """

    F1A = "1A", "Alcohol misuse: child"
    F1B = "1B", "Alcohol misuse: parent or carer"
    F1C = "1C", "Alcohol misuse: another person in the household"
    F2A = "2A", "Drug misuse: child"
    F2B = "2B", "Drug misuse: parent or carer"
    F2C = "2C", "Drug misuse: another person in the household"
    F3A = "3A", "Domestic violence: child is subject"
    F3B = "3B", "Domestic violence: parent or carer is subject"
    F3C = "3C", "Domestic violence: another person in the household is subject"
    F4A = "4A", "Mental health: child"
    F4B = "4B", "Mental health: parent or carer"
    F4C = "4C", "Mental health: another person in the household"
    F5A = "5A", "Learning disability: child"
    F5B = "5B", "Learning disability: parent or carer"
    F5C = "5C", "Learning disability: another person in the household"
    F6A = "6A", "Physical disability or illness: child"
    F6B = "6B", "Physical disability or illness: parent or carer"
    F6C = "6C", "Physical disability or illness: another person in the household"
    F7A = "7A", "Young carer"
    F8B = "8B", "Privately fostered: overseas child intending to return"
    F8C = "8C", "Privately fostered: overseas child intending to stay"
    F8D = "8D", "Privately fostered: UK child in educational placement"
    F8E = "8E", "Privately fostered: UK child, alternative family arrangement"
    F8F = "8F", "Privately fostered: other"
    F9A = "9A", "Unaccompanied asylum-seeking child"
    F10A = "10A", "Going or being missing"
    F11A = "11A", "Child sexual exploitation"
    F12A = "12A", "Trafficking"
    F13A = "13A", "Gangs"
    F14A = "14A", "Socially unacceptable behaviour"
    F15A = "15A", "Self-harm"
    F16A = "16A", "Neglect"
    F17A = "17A", "Emotional abuse"
    F18B = "18B", "Physical abuse: child on child"
    F18C = "18C", "Physical abuse: adult on child"
    F19B = "19B", "Sexual abuse: child on child"
    F19C = "19C", "Sexual abuse: adult on child"
    F20 = "20", "Other"
    F21 = "21", "No factors identified"
    F22A = "22A", "Female genital mutilation"
    F23A = "23A", "Abuse linked to faith or belief"
    F24A = "24A", "Child criminal exploitation"
