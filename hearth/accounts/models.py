from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

SWE_NUMBER_MESSAGE = "Enter the Social Work England registration number as SW followed by its digits, for example SW123456"


class User(AbstractUser):
    """A member of staff. What they may see follows from their unit memberships (units app)."""

    job_title = models.CharField(max_length=120, blank=True)
    # A registered social worker's Social Work England number: the SSDA903's SW_ID for the children whose unit they
    # lead (hearth.returns.ssda903). Blank for staff who are not registered social workers.
    swe_number = models.CharField(
        "Social Work England registration number", max_length=12, blank=True,
        validators=[RegexValidator(r"^SW\d{1,10}$", SWE_NUMBER_MESSAGE)],
        help_text="SW followed by digits, as on the Social Work England register. Leave blank if not a registered social worker",
    )

    class Meta:
        ordering = ["first_name", "last_name"]
        constraints = [
            models.UniqueConstraint(fields=["swe_number"], condition=~Q(swe_number=""), name="unique_swe_number",
                                    violation_error_message="Another member of staff already has this Social Work England number"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def clean_fields(self, exclude=None) -> None:
        self.swe_number = "".join((self.swe_number or "").split()).upper()  # "sw 123456" is SW123456
        super().clean_fields(exclude)

    @property
    def display_name(self) -> str:
        return str(self)
