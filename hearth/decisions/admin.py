"""The authority's table of decisions that need a second person or a panel: editable here, every change audited."""

from django.contrib import admin

from hearth.audit.admin import AuditedModelAdmin
from hearth.decisions.models import DecisionRule


@admin.register(DecisionRule)
class DecisionRuleAdmin(AuditedModelAdmin):
    audit_action = "change_decision_rule"
    audited_fields = ("kind", "needs", "why", "active")
    list_display = ("kind", "needs", "active", "why")
    list_editable = ("needs", "active")
