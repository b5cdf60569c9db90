from django.contrib import admin

from hearth.access.models import Restriction


@admin.register(Restriction)
class RestrictionAdmin(admin.ModelAdmin):
    """Restricting a record: only the staff named here may open it (the person is chosen by id)."""

    list_display = ("person_id", "reason", "created_at")
    raw_id_fields = ("person",)
    filter_horizontal = ("named_staff",)
    readonly_fields = ("created_by", "created_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
