"""Admin for partner agencies: organisations, their staff accounts and their API keys.

A new key is shown once, in a message on the admin page after it is made (or rotated); only its hash is kept.
Until that page renders the key waits in the server-side session, never in the messages cookie.
Rotation revokes the old key at once (no grace period: see services.rotate_api_key).
The team around the child and information shares are case data: they are not in admin, only on the
child's pages, behind the access gate.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from hearth.partners import services
from hearth.partners.models import Organisation, OrganisationMember, PartnerApiKey

ISSUED = "_hearth_issued_partner_keys"


def _remember_issued(request, issued: services.IssuedKey) -> None:
    """Keep the new key in the server-side session until the next admin page shows it (then it is gone)."""
    pending = request.session.get(ISSUED, [])
    pending.append(f"New API key for {issued.key.organisation.name} ({issued.key.label}): {issued.plaintext} "
                   "— copy it now and give it to the partner securely. It will not be shown again.")
    request.session[ISSUED] = pending


def _show_issued(request) -> None:
    """Add the pending keys as messages while rendering this page, so they are shown and dropped in the same
    response: they never reach the messages cookie (the default storage would put them in one)."""
    for text in request.session.pop(ISSUED, []):
        messages.warning(request, text)


class OrganisationMemberInline(admin.TabularInline):
    model = OrganisationMember
    extra = 0
    fields = ("user", "job_title")
    autocomplete_fields = ("user",)


class PartnerApiKeyInline(admin.TabularInline):
    model = PartnerApiKey
    fk_name = "organisation"
    extra = 0
    fields = ("label", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False  # keys are made on the API key page, so the key can be shown once


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "code", "email", "phone", "active")
    list_filter = ("kind", "active")
    search_fields = ("name", "code")
    inlines = [OrganisationMemberInline, PartnerApiKeyInline]


@admin.register(OrganisationMember)
class OrganisationMemberAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "job_title")
    list_filter = ("organisation__kind",)
    search_fields = ("user__username", "user__first_name", "user__last_name", "organisation__name")
    autocomplete_fields = ("user", "organisation")


class NewKeyForm(forms.ModelForm):
    class Meta:
        model = PartnerApiKey
        fields = ("organisation", "label")


@admin.register(PartnerApiKey)
class PartnerApiKeyAdmin(admin.ModelAdmin):
    list_display = ("organisation", "label", "prefix", "created_at", "last_used_at", "revoked_at")
    list_filter = ("organisation__kind", ("revoked_at", admin.EmptyFieldListFilter))
    search_fields = ("organisation__name", "label", "prefix")
    actions = ["rotate_keys", "revoke_keys"]
    readonly_fields = ("organisation", "label", "prefix", "created_at", "created_by", "last_used_at", "revoked_at",
                       "replaced_by")

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = NewKeyForm
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else ()

    def get_fields(self, request, obj=None):
        return self.readonly_fields if obj else ("organisation", "label")

    def has_delete_permission(self, request, obj=None):
        return False  # revoke instead: the row stays as the record of who held which key

    def save_model(self, request, obj, form, change):
        if change:
            return  # nothing on a key can be edited; rotate or revoke it instead
        issued = services.create_api_key(actor=request.user, organisation=obj.organisation, label=obj.label)
        for f in PartnerApiKey._meta.concrete_fields:
            setattr(obj, f.attname, getattr(issued.key, f.attname))
        obj._state.adding = False
        _remember_issued(request, issued)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if getattr(response, "status_code", None) == 200 and hasattr(response, "render"):
            _show_issued(request)
        return response

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        if getattr(response, "status_code", None) == 200 and hasattr(response, "render"):
            _show_issued(request)
        return response

    @admin.action(description="Rotate selected keys (issue a new key, revoke the old one now)")
    def rotate_keys(self, request, queryset):
        for key in queryset.select_related("organisation"):
            try:
                _remember_issued(request, services.rotate_api_key(actor=request.user, key=key))
            except ValidationError as exc:
                self.message_user(request, f"{key}: {' '.join(exc.messages)}", messages.ERROR)

    @admin.action(description="Revoke selected keys")
    def revoke_keys(self, request, queryset):
        done = 0
        for key in queryset.select_related("organisation"):
            try:
                services.revoke_api_key(actor=request.user, key=key)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{key}: {' '.join(exc.messages)}", messages.ERROR)
        if done:
            self.message_user(request, f"Revoked {done} key{'s' if done != 1 else ''}", messages.SUCCESS)

