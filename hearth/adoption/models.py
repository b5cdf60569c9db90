"""Prospective adopters: the household (Ofsted Annex A list 11's "Family identifier"), its one or two adopters and
its journey to approval, matching, placement and adoption order.

Sources. ../shared/domain.md names list 11's columns but not the process, so the journey follows the Adoption
Agencies Regulations 2005 as amended in 2013 and the DfE statutory guidance on adoption (2013, chapter 3): an
enquiry; stage 1, pre-assessment (registration of interest, checks, preparation; expected to take about two
months); stage 2, assessment (the home study, ending with the panel's recommendation and the agency decision
maker's decision; about four months). The formal application is made after stage 1 and before the decision.
The fast-track process (approved foster carers, previous adopters) starts at stage 2, so stage 1 may be blank.

What is recorded once, where:
- Gender, ethnicity and disability are the adopter's people.Person record (sex, ethnicity, PersonDisability):
  an adopter is a Person, never retyped here.
- The household's own steps (enquiry to approval, fostering for adoption, leaving) are dates on Household, and so is
  the couple's legal relationship (relationship; the SSDA903 AD1 derives its adopters from the household linked to
  the child's match: their number and sexes from the adopters' person records, their legal status from this).
- Matching, placement and the adoption order are steps in the *child's* adoption (looked_after.AdoptionStage
  MATCHED, PLACED, ADOPTION_ORDER, which the SSDA903 and Annex A list 10 already read). They are recorded once,
  there, and HouseholdStage says which household each such step was with (a one-to-one link from our app; no
  migration in looked_after). The household's "date matched", "date placed", "number of children placed" and
  "date of adoption order" are derived from its linked stages (selectors.journey, returns.annex_a list 11).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

USER = settings.AUTH_USER_MODEL


class LeavingReason(models.TextChoices):
    """Why a household left the adoption process. Ofsted's Annex A sample gives the column but no code list, and
    domain.md none, so these are plain-words groups of the ways a prospective adopter's journey ends under the
    Adoption Agencies Regulations 2005 (as amended 2013): they withdraw (which they may do at any stage); the agency
    decides at the end of stage 1 that they may not go on; the agency decision maker decides they are not suitable
    (after stage 2); an approval is ended at a review; they move to another adoption agency. Check against the
    year's Ofsted Annex A guidance before relying on the codes."""

    WITHDREW = "withdrew", "Withdrew (their own decision)"
    STAGE_ONE = "stage_one", "Agency decided not to go on after stage 1"
    NOT_APPROVED = "not_approved", "Not approved as suitable to adopt"
    APPROVAL_ENDED = "approval_ended", "Approval ended at a review"
    TRANSFERRED = "transferred", "Moved to another adoption agency"
    OTHER = "other", "Another reason"


class CoupleRelationship(models.TextChoices):
    """The legal relationship of a household's two adopters: the one recorded fact the SSDA903 AD1 legal status of the
    adopters (LS_ADOPTR) needs besides their number and sexes (returns.ssda903.adopters derives it). Blank for a single
    adopter. A couple of any sexes may marry or form a civil partnership in England (since 2014 and 2019)."""

    MARRIED = "married", "Married"
    CIVIL_PARTNERS = "civil_partners", "Civil partners"
    UNMARRIED = "unmarried", "Not married or in a civil partnership"


JOURNEY_DATES = ("enquiry_on", "stage1_started_on", "stage1_ended_on", "stage2_started_on", "stage2_ended_on", "application_on",
                 "approved_on")  # the household's own dated steps, in Annex A list 11's column order


class Household(models.Model):
    """One prospective adopter household: its pk is list 11's Family identifier. Held by a unit (the team that works
    with it, like a case), which decides who may see it (selectors.can_see)."""

    unit = models.ForeignKey("units.Unit", on_delete=models.PROTECT, related_name="adopter_households")
    enquiry_on = models.DateField("Date enquiry received")
    stage1_started_on = models.DateField("Date stage 1 started", null=True, blank=True)
    stage1_ended_on = models.DateField("Date stage 1 ended", null=True, blank=True)
    stage2_started_on = models.DateField("Date stage 2 started", null=True, blank=True)
    stage2_ended_on = models.DateField("Date stage 2 ended", null=True, blank=True)
    application_on = models.DateField("Date application submitted", null=True, blank=True)
    approved_on = models.DateField("Date application approved", null=True, blank=True)
    fostering_for_adoption = models.BooleanField(
        "Fostering for adoption", default=False,
        help_text="Also approved as foster carers to take a child as fostering for adoption (Care Planning Regulations 2010 reg 25A)")
    relationship = models.CharField("The adopters' legal relationship", max_length=20, choices=CoupleRelationship.choices,
                                    blank=True, help_text="For a couple; blank for a single adopter")
    left_on = models.DateField("Date of leaving the adoption process", null=True, blank=True)
    leaving_reason = models.CharField("Reason for leaving", max_length=20, choices=LeavingReason.choices, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-enquiry_on", "-pk"]
        permissions = [("work_with_adopters", "Work with prospective adopters: see and record every household (the adoption team)")]
        indexes = [models.Index(fields=["unit", "left_on"])]

    def __str__(self) -> str:
        return f"Household {self.pk}"


class Adopter(models.Model):
    """One (prospective) adopter: list 11's Individual adopter identifier is this row's person's id."""

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="adopters")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="adopter_roles")

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["household", "person"], name="one_adopter_row_per_person")]


class HouseholdStage(models.Model):
    """Which household a child's matching, placement or adoption order was with. The date is the stage's own."""

    stage = models.OneToOneField("looked_after.AdoptionStage", on_delete=models.CASCADE, related_name="household_link")
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="stages")

    class Meta:
        ordering = ["pk"]
