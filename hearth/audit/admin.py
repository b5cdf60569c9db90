"""One ModelAdmin base for the authority's settings tables: every change in admin writes an audit row.

Subclasses name the audit action and the fields to record; the audit row (before and after) is written in the
same transaction as the save or delete, so a change and its record commit together or not at all.
"""

from django.contrib import admin
from django.db import transaction

from hearth.audit import services as audit


class AuditedModelAdmin(admin.ModelAdmin):
    audit_action = ""  # e.g. "change_timescale"; deletions are recorded as "<audit_action>_deleted"
    audited_fields: tuple[str, ...] = ()

    def _values(self, obj) -> dict:
        return {f: getattr(obj, f) for f in self.audited_fields}

    def save_model(self, request, obj, form, change):
        before = {}
        if obj.pk:
            before = type(obj).objects.filter(pk=obj.pk).values(*self.audited_fields).first() or {}
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            audit.record(actor=request.user, action=self.audit_action, obj=obj,
                         detail={"before": before, "after": self._values(obj)})

    def delete_model(self, request, obj):
        with transaction.atomic():
            before, pk = self._values(obj), obj.pk
            super().delete_model(request, obj)
            audit.record(actor=request.user, action=f"{self.audit_action}_deleted", object_type=obj._meta.label_lower,
                         object_id=pk, detail={"before": before, "after": {}})

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)
