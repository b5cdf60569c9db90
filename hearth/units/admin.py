from django.contrib import admin

from hearth.units.models import Authority, Membership, Unit


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    fields = ("user", "role", "started_on", "ended_on")
    autocomplete_fields = ("user",)


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "service_area", "head_of_service", "meeting_day", "active")
    list_filter = ("service_area", "active")
    search_fields = ("name",)
    inlines = [MembershipInline]


@admin.register(Authority)
class AuthorityAdmin(admin.ModelAdmin):
    list_display = ("name", "la_code")
