"""Children looked after and care leavers: episodes of care, reviews, visits, health, missing episodes, pre-proceedings
and care applications, care leavers' pathway plans and contacts, adoption stages.

Each fact is typed once, in the shape of the SSDA903 return (field names follow the 903 items; each model's docstring
names the items it feeds). Periods of care, care-leaver categories and clocks are derived (selectors.py, clocks.py),
never stored. Changes go through services.py only.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from hearth.looked_after.codes import (
    CATEGORY_OF_NEED,
    Accommodation,
    Activity,
    InTouch,
    LegalStatus,
    MissingKind,
    PlacementProvider,
    PlacementType,
    PreviousPermanence,
    ReasonEpisodeCeased,
    ReasonNewEpisode,
    ReasonPlaceChange,
    ReviewParticipation,
    SDQReason,
)

USER = settings.AUTH_USER_MODEL


class PlacedUnder(models.TextChoices):
    """Placements the 903 codes cannot tell apart that have their own visit schedule (CPPCR reg 28(3)-(4)). Not in the
    return. A placement with a parent under an interim or full care order needs no mark: it is P1 with LS C1 or C2."""

    REG19 = "reg19", "With a parent before the assessment is finished (regulation 19)"
    REG24 = "reg24", "With a relative, friend or other connected person approved as a foster carer for now (regulation 24)"


class Episode(models.Model):
    """One episode of care: a stretch with one legal status and one placement (903 Episodes table).

    903 items: CHILD (child), DECOM (decom), RNE (rne), LS (ls), CIN (cin), PLACE (place), PLACE_PROVIDER
    (place_provider), DEC (dec), REC (rec), REASON_PLACE_CHANGE (reason_place_change), HOME_POST (home_post),
    PL_POST (pl_post), URN (urn). Not in the return: provider_name, weekly_cost (cost of care), same_carer
    (which decides RNE P/T and B/U) and placed_under (the visit schedule of CPPCR reg 28(3)-(4)). A period of care is
    a run of episodes each ending X1 on the day the next starts.
    """

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_episodes")
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="care_episodes")
    decom = models.DateField("Date episode commenced")
    rne = models.CharField("Reason for new episode", max_length=1, choices=ReasonNewEpisode.choices)
    ls = models.CharField("Legal status", max_length=2, choices=LegalStatus.choices)
    cin = models.CharField("Category of need", max_length=2, choices=CATEGORY_OF_NEED)
    place = models.CharField("Placement type", max_length=2, choices=PlacementType.choices)
    place_provider = models.CharField("Placement provider", max_length=3, choices=PlacementProvider.choices)
    provider_name = models.CharField("Carer or provider", max_length=200)
    same_carer = models.BooleanField(default=False, help_text="A placement change with the same carer(s) (RNE T or U)")
    placed_under = models.CharField("Placed under regulation 19 or 24", max_length=5, choices=PlacedUnder.choices, blank=True,
                                    help_text="Blank for neither; it sets the visit schedule (CPPCR reg 28(3)-(4))")
    pl_post = models.CharField("Placement postcode", max_length=8, blank=True)
    home_post = models.CharField("Home postcode", max_length=8, blank=True)
    urn = models.CharField("Ofsted URN", max_length=8, blank=True, help_text="Or XXXXXXX where there is none")
    weekly_cost = models.DecimalField(max_digits=9, decimal_places=2, help_text="Pounds a week")
    reason_place_change = models.CharField("Reason for placement change", max_length=6, choices=ReasonPlaceChange.choices,
                                           blank=True)
    dec = models.DateField("Date episode ceased", null=True, blank=True)
    rec = models.CharField("Reason episode ceased", max_length=3, choices=ReasonEpisodeCeased.choices, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["decom", "id"]
        constraints = [
            models.UniqueConstraint(fields=["child"], condition=Q(dec__isnull=True), name="one_open_care_episode_per_child"),
            models.UniqueConstraint(fields=["child", "decom"], name="one_care_episode_per_child_per_day"),
        ]
        indexes = [models.Index(fields=["case", "dec"])]

    def __str__(self) -> str:
        return f"{self.child_id}: {self.decom} {self.ls}/{self.place}"

    @property
    def is_open(self) -> bool:
        return self.dec is None


class UASC(models.Model):
    """An unaccompanied asylum-seeking child (903 UASC table: DUC = date UASC status ceased)."""

    child = models.OneToOneField("people.Person", on_delete=models.PROTECT, related_name="uasc")
    since = models.DateField()
    duc = models.DateField("Date UASC status ceased", null=True, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "unaccompanied asylum-seeking child"


class Review(models.Model):
    """A looked-after review (CPPCR reg 33) with its independent reviewing officer (903 Reviews: REVIEW, REVIEW_CODE)."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_reviews")
    review = models.DateField("Date of review")
    review_code = models.CharField("Child's participation", max_length=3, choices=ReviewParticipation.choices)
    iro_name = models.CharField("Independent reviewing officer", max_length=150)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-review"]
        indexes = [models.Index(fields=["child", "review"])]


class Visit(models.Model):
    """A statutory visit to a looked-after child (CPPCR reg 28). Not in the 903; it drives the visit clock."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_visits")
    visited_on = models.DateField()
    seen_alone = models.BooleanField()
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-visited_on"]
        indexes = [models.Index(fields=["child", "visited_on"])]


class HealthKind(models.TextChoices):
    HEALTH_ASSESSMENT = "health_assessment", "Health assessment"
    DENTAL = "dental", "Dental check"
    IMMUNISATIONS = "immunisations", "Immunisations up to date"
    DEVELOPMENT = "development", "Development assessment"


class HealthCheck(models.Model):
    """A health assessment, dental check or immunisation check (903 OC2: HEALTH_ASSESSMENT, TEETH_CHECK, IMMUNISATIONS,
    HEALTH_CHECK for the development assessment of under-5s)."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_health_checks")
    kind = models.CharField(max_length=20, choices=HealthKind.choices)
    done_on = models.DateField()
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-done_on"]
        indexes = [models.Index(fields=["child", "kind", "done_on"])]


class SDQ(models.Model):
    """A strengths and difficulties questionnaire (903 OC2: SDQ_SCORE 0-40, or SDQ_REASON when there is no score)."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_sdqs")
    completed_on = models.DateField()
    sdq_score = models.PositiveSmallIntegerField("SDQ score", null=True, blank=True)
    sdq_reason = models.CharField("Reason there is no score", max_length=4, choices=SDQReason.choices, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-completed_on"]
        verbose_name = "strengths and difficulties questionnaire"


class MissingEpisode(models.Model):
    """A missing or absent episode (903 Missing: MISSING, MIS_START, MIS_END) and its return interview."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_missing")
    missing = models.CharField("Missing or away", max_length=1, choices=MissingKind.choices)
    mis_start = models.DateField("Date started")
    mis_end = models.DateField("Date ended", null=True, blank=True)
    return_interview_offered = models.BooleanField(null=True, blank=True)
    return_interview_accepted = models.BooleanField(null=True, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-mis_start"]


class PreProceedingsOutcome(models.TextChoices):
    ISSUE = "issue", "Apply to court (care proceedings)"
    DIVERTED = "diverted", "Diverted: concerns reduced, step down"
    EXTENDED = "extended", "Pre-proceedings extended"
    OTHER = "other", "Other"


class PreProceedings(models.Model):
    """Pre-proceedings under the Public Law Outline (letter before proceedings, meeting) and the family group
    decision-making offer the Children's Wellbeing and Schools Act 2026 s1 requires before a care application
    (CA 1989 s31ZA; domain.md §1.1 row 28). Feeds the 2026-27 CIN census pre-proceedings block (domain.md addendum)."""

    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="pre_proceedings")
    started_on = models.DateField()
    letter_sent_on = models.DateField("Letter before proceedings sent", null=True, blank=True)
    meeting_on = models.DateField("Pre-proceedings meeting", null=True, blank=True)
    fgdm_offered_on = models.DateField("Family group decision-making meeting offered", null=True, blank=True)
    fgdm_accepted = models.BooleanField(null=True, blank=True)
    fgdm_held_on = models.DateField(null=True, blank=True)
    fgdm_not_offered_reason = models.TextField(blank=True, help_text="Why an offer is not in the child's best interests")
    outcome = models.CharField(max_length=10, choices=PreProceedingsOutcome.choices, blank=True)
    outcome_on = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-started_on"]
        verbose_name_plural = "pre-proceedings"


class CareApplication(models.Model):
    """An application for a care or supervision order (CA 1989 s31), with Cafcass; due to finish within 26 weeks of
    issue (s32(1)(a)). Feeds the 2026-27 CIN census court application date."""

    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="care_applications")
    pre_proceedings = models.ForeignKey(PreProceedings, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    issued_on = models.DateField()
    court = models.CharField(max_length=150)
    cafcass_guardian = models.CharField(max_length=150, blank=True)
    extension_weeks = models.PositiveSmallIntegerField(default=0)
    concluded_on = models.DateField(null=True, blank=True)
    final_order = models.CharField(max_length=150, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-issued_on"]


class PathwayPlanReview(models.Model):
    """A pathway plan made or reviewed (Care Leavers (England) Regs 2010; CPPCR regs 42-44): at least every 6 months."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="pathway_plan_reviews")
    reviewed_on = models.DateField()
    personal_adviser = models.CharField(max_length=150, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-reviewed_on"]


class CareLeaverContact(models.Model):
    """A personal adviser's contact with a care leaver and what it found (903 OC3: IN_TOUCH, ACTIV, ACCOM; ACCOM is
    the accommodation letter plus 1 when suitable or 2 when not). The return reads the contact nearest each birthday."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_leaver_contacts")
    contacted_on = models.DateField()
    in_touch = models.CharField(max_length=4, choices=InTouch.choices)
    activ = models.CharField("Activity", max_length=2, choices=Activity.choices)
    accom = models.CharField("Accommodation", max_length=1, choices=Accommodation.choices)
    accom_suitable = models.BooleanField(null=True, blank=True)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-contacted_on"]
        indexes = [models.Index(fields=["child", "contacted_on"])]

    @property
    def accom_code(self) -> str:
        if self.accom == Accommodation.NOT_IN_TOUCH or self.accom_suitable is None:
            return self.accom
        return self.accom + ("1" if self.accom_suitable else "2")


class AdoptionStageKind(models.TextChoices):
    DECISION = "decision", "Decision that the child should be placed for adoption"
    PLACEMENT_ORDER = "placement_order", "Placement order"
    MATCHED = "matched", "Matched with adopters"
    PLACED = "placed", "Placed for adoption"
    ADOPTION_ORDER = "adoption_order", "Adoption order"
    NO_LONGER = "no_longer", "No longer to be placed for adoption"


class AdoptionStage(models.Model):
    """One step towards adoption. For the 903 (check each item against the DfE guide for the year; domain.md lists the
    columns, not their meanings): AD1 DATE_INT and PlacedAdoption DATE_PLACED from the decision, AD1 DATE_MATCH from
    matched, DATE_PLACED_CEASED from no_longer (reason_ceased is free text: REASON_PLACED_CEASED's RD1-RD4 meanings are
    not in our references). NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR come from the prospective adopters' household linked to
    the stage (hearth.adoption.HouseholdStage). Not recorded yet: FOSTER_CARE."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="adoption_stages")
    stage = models.CharField(max_length=20, choices=AdoptionStageKind.choices)
    on = models.DateField()
    reason_ceased = models.CharField("Reason no longer to be placed", max_length=300, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["on", "id"]


class PreviousPermanenceOrder(models.Model):
    """Whether the child had a permanence order before starting to be looked after (903 PrevPerm: PREV_PERM, LA_PERM,
    DATE_PERM), recorded for each period of care (period_start: the DECOM of its first episode)."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="previous_permanence")
    period_start = models.DateField()
    prev_perm = models.CharField("Previous permanence", max_length=2, choices=PreviousPermanence.choices)
    la_perm = models.CharField("Authority that made the order", max_length=3, blank=True,
                               help_text="The local authority code, or NIR, NUK, SCO, WAL or 999")
    date_perm = models.DateField("Date of the order", null=True, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["child", "period_start"], name="one_previous_permanence_per_period")]


class AnnualOutcomes(models.Model):
    """What the year showed for a child looked after for at least 12 months at 31 March (903 OC2: CONVICTED,
    SUBSTANCE_MISUSE, INTERVENTION_OFFERED, INTERVENTION_RECEIVED); year_ending is that 31 March."""

    child = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="care_outcomes")
    year_ending = models.DateField()
    convicted = models.BooleanField()
    substance_misuse = models.BooleanField()
    intervention_offered = models.BooleanField(null=True, blank=True)
    intervention_received = models.BooleanField(null=True, blank=True)
    recorded_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["child", "year_ending"], name="one_outcomes_record_per_year")]
