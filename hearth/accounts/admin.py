from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from hearth.accounts.models import User
from hearth.units.models import Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    fields = ("unit", "role", "started_on", "ended_on")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, ("Hearth", {"fields": ("job_title", "swe_number")}))
    list_display = ("username", "first_name", "last_name", "job_title", "swe_number", "is_active", "is_staff")
    search_fields = (*BaseUserAdmin.search_fields, "swe_number")
    inlines = [MembershipInline]
