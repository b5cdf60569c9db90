from django.conf import settings
from django.db import models
from django.utils import timezone

from hearth.core.codes import Disability, Ethnicity, Sex, UPNUnknown
from hearth.core.identifiers import format_nhs_number
from hearth.people.names import tokens


class Person(models.Model):
    """A child or an adult in a child's life. Names, addresses and relationships hang off it."""

    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100)
    date_of_birth = models.DateField(null=True, blank=True, db_index=True)
    expected_date_of_birth = models.DateField(null=True, blank=True, db_index=True, help_text="For an unborn child")
    sex = models.CharField(max_length=1, choices=Sex.choices, default=Sex.UNKNOWN)
    ethnicity = models.CharField(max_length=4, choices=Ethnicity.choices, default=Ethnicity.NOBT)
    nhs_number = models.CharField("NHS number", max_length=10, blank=True, db_index=True)
    upn = models.CharField("Unique pupil number", max_length=13, blank=True)
    upn_unknown_reason = models.CharField("Why there is no UPN", max_length=3, blank=True, choices=UPNUnknown.choices)
    former_upn = models.CharField("Former unique pupil number", max_length=13, blank=True)
    date_of_death = models.DateField(null=True, blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from",
        help_text="Set when this record was found to be a duplicate and merged into another (hearth.matching)",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["family_name", "given_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["nhs_number"], condition=~models.Q(nhs_number=""), name="unique_nhs_number"
            ),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def is_unborn(self) -> bool:
        return self.date_of_birth is None and self.expected_date_of_birth is not None

    def age(self, on=None) -> int | None:
        if not self.date_of_birth:
            return None
        on = on or timezone.localdate()
        dob = self.date_of_birth
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    @property
    def is_child(self) -> bool:
        age = self.age()
        return self.is_unborn or (age is not None and age < 18)

    @property
    def nhs_number_display(self) -> str:
        return format_nhs_number(self.nhs_number)


class NameKind(models.TextChoices):
    LEGAL = "legal", "Legal name"
    ALIAS = "alias", "Also known as"
    PREVIOUS = "previous", "Previous name"
    PREFERRED = "preferred", "Preferred name"


class PersonName(models.Model):
    """Every name a person is or was known by, with keys for tolerant search."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    kind = models.CharField(max_length=10, choices=NameKind.choices, default=NameKind.LEGAL)
    given_name = models.CharField(max_length=100)
    family_name = models.CharField(max_length=100)
    given_norm = models.CharField(max_length=100, db_index=True)
    family_norm = models.CharField(max_length=100, db_index=True)

    class Meta:
        ordering = ["kind", "family_name"]
        # Both names at once (either order), as matching and search ask: one index probe per pair of variants.
        indexes = [models.Index(fields=["family_norm", "given_norm"], name="people_name_family_given")]

    def __str__(self) -> str:
        return f"{self.given_name} {self.family_name}"


class NameWordPart(models.TextChoices):
    GIVEN = "g", "First name"
    FAMILY = "f", "Last name"


class PersonNameWord(models.Model):
    """Each word of each recorded name, so any part of a compound name can be found on its own: "Jones" finds
    Smith-Jones and "Jane" finds Mary-Jane. Filled with the name (see `for_name`), deleted with it."""

    name = models.ForeignKey(PersonName, on_delete=models.CASCADE, related_name="words", db_index=False)
    word = models.CharField(max_length=100)
    part = models.CharField(max_length=1, choices=NameWordPart.choices)
    position = models.PositiveSmallIntegerField(help_text="0 for the first word of the first or last name")

    class Meta:
        indexes = [
            models.Index(fields=["word", "position", "name"], name="people_name_word_idx"),  # a word, anywhere
            models.Index(fields=["name", "word"], name="people_name_word_by_name"),  # a name's words (and the FK)
        ]

    def __str__(self) -> str:
        return self.word

    @classmethod
    def for_name(cls, name: PersonName) -> list["PersonNameWord"]:
        """The (unsaved) word rows of a saved name: its first name's words, then its last name's."""
        return [
            cls(name_id=name.pk, word=word, part=part, position=position)
            for part, text in ((NameWordPart.GIVEN, name.given_name), (NameWordPart.FAMILY, name.family_name))
            for position, word in enumerate(tokens(text))
        ]


class NameToken(models.Model):
    """Each distinct name word once, with its phonetic key: the small table search fans out from."""

    token = models.CharField(max_length=100, unique=True)
    phonetic = models.CharField(max_length=40, db_index=True)
    initial = models.CharField(max_length=2, db_index=True)


class Address(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="addresses")
    line_1 = models.CharField(max_length=200)
    line_2 = models.CharField(max_length=200, blank=True)
    town = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10)
    postcode_norm = models.CharField(max_length=8, db_index=True)
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-started_on"]
        verbose_name_plural = "addresses"

    def __str__(self) -> str:
        return ", ".join(p for p in (self.line_1, self.line_2, self.town, self.postcode) if p)

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class PersonDisability(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="disabilities")
    code = models.CharField(max_length=4, choices=Disability.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "code"], name="unique_disability")]


class RelationshipKind(models.TextChoices):
    """What `from_person` is to `to_person`. INVERSE gives the other side's word."""

    MOTHER = "mother", "Mother"
    FATHER = "father", "Father"
    STEP_PARENT = "step_parent", "Step-parent"
    PARENT = "parent", "Parent"
    SIBLING = "sibling", "Sibling"
    HALF_SIBLING = "half_sibling", "Half-sibling"
    STEP_SIBLING = "step_sibling", "Step-sibling"
    GRANDPARENT = "grandparent", "Grandparent"
    AUNT_UNCLE = "aunt_uncle", "Aunt or uncle"
    CARER = "carer", "Carer"
    FRIEND = "friend", "Friend of the family"
    OTHER = "other", "Other family member"


INVERSE = {
    RelationshipKind.MOTHER: "Child",
    RelationshipKind.FATHER: "Child",
    RelationshipKind.PARENT: "Child",
    RelationshipKind.STEP_PARENT: "Step-child",
    RelationshipKind.SIBLING: "Sibling",
    RelationshipKind.HALF_SIBLING: "Half-sibling",
    RelationshipKind.STEP_SIBLING: "Step-sibling",
    RelationshipKind.GRANDPARENT: "Grandchild",
    RelationshipKind.AUNT_UNCLE: "Niece or nephew",
    RelationshipKind.CARER: "Cared for",
    RelationshipKind.FRIEND: "Friend of the family",
    RelationshipKind.OTHER: "Other family member",
}
SIBLING_KINDS = (RelationshipKind.SIBLING, RelationshipKind.HALF_SIBLING, RelationshipKind.STEP_SIBLING)
PARENT_KINDS = (RelationshipKind.MOTHER, RelationshipKind.FATHER, RelationshipKind.PARENT, RelationshipKind.STEP_PARENT)


class Relationship(models.Model):
    from_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships_from")
    to_person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relationships_to")
    kind = models.CharField(max_length=20, choices=RelationshipKind.choices)
    parental_responsibility = models.BooleanField(default=False)
    lives_with = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["from_person", "to_person", "kind"], name="unique_relationship"),
            models.CheckConstraint(condition=~models.Q(from_person=models.F("to_person")), name="not_self"),
        ]


class WarningKind(models.TextChoices):
    RISK_TO_STAFF = "staff", "Risk to staff"
    RISK_TO_CHILD = "child", "Risk to children"
    HEALTH = "health", "Health or medical"
    COMMUNICATION = "communication", "Communication need"
    OTHER = "other", "Other"


class PersonWarning(models.Model):
    """A warning shown on every page about the person (for example a risk to staff)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="warnings")
    kind = models.CharField(max_length=20, choices=WarningKind.choices)
    text = models.CharField(max_length=500)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
