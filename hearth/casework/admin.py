"""Admin for the authority's casework settings only: timescales and which steps need a second person.

Case data (assessments, plans, conferences) is not in admin; it is recorded on the child's pages.
Every change is audited in the same transaction as the save.
"""

from django import forms
from django.contrib import admin

from hearth.audit.admin import AuditedModelAdmin
from hearth.casework.models import StepPolicy, TimescaleSetting


class _AuditedAdmin(AuditedModelAdmin):
    def has_add_permission(self, request):
        return False  # one row per key or step, seeded by migration

    def has_delete_permission(self, request, obj=None):
        return False


class TimescaleForm(forms.ModelForm):
    class Meta:
        model = TimescaleSetting
        fields = ("value", "unit")

    def clean_value(self):
        value = self.cleaned_data["value"]
        if not 1 <= value <= 366:
            raise forms.ValidationError("Enter a number from 1 to 366")
        return value


@admin.register(TimescaleSetting)
class TimescaleSettingAdmin(_AuditedAdmin):
    form = TimescaleForm
    audit_action = "change_timescale"
    audited_fields = ("value", "unit")
    list_display = ("key", "value", "unit", "national_value", "national_unit")
    fields = ("key", "value", "unit", "national_value", "national_unit", "source")
    readonly_fields = ("key", "national_value", "national_unit", "source")


@admin.register(StepPolicy)
class StepPolicyAdmin(_AuditedAdmin):
    audit_action = "change_step_policy"
    audited_fields = ("needs_second_person",)
    list_display = ("step", "needs_second_person")
    list_editable = ("needs_second_person",)
    fields = ("step", "needs_second_person")
    readonly_fields = ("step",)
