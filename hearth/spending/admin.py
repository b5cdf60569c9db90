"""The authority's spending set-up in admin: categories, authority limits and unit budgets. Every change audited."""

from django import forms
from django.contrib import admin
from django.db import transaction

from hearth.audit import services as audit
from hearth.audit.admin import AuditedModelAdmin
from hearth.spending.models import AuthorityLimit, Budget, BudgetLine, SpendCategory, pounds


@admin.register(SpendCategory)
class SpendCategoryAdmin(AuditedModelAdmin):
    audit_action = "change_spend_category"
    audited_fields = ("code", "name", "position", "active")
    list_display = ("name", "code", "position", "active")
    list_editable = ("position", "active")

    def has_delete_permission(self, request, obj=None):
        return False  # spends refer to categories: untick "active" instead


@admin.register(AuthorityLimit)
class AuthorityLimitAdmin(AuditedModelAdmin):
    audit_action = "change_authority_limit"
    audited_fields = ("role", "per_item_pence", "per_child_month_pence")
    list_display = ("role", "per_item", "per_child_month")

    @admin.display(description="Per item")
    def per_item(self, obj):
        return pounds(obj.per_item_pence) if obj.per_item_pence is not None else "No limit"

    @admin.display(description="Per child per month")
    def per_child_month(self, obj):
        return pounds(obj.per_child_month_pence) if obj.per_child_month_pence is not None else "No limit"


class BudgetLineForm(forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = ("category", "amount_pence")

    def clean_amount_pence(self):
        amount = self.cleaned_data["amount_pence"]
        used = (self.instance.spent_pence + self.instance.committed_pence) if self.instance.pk else 0
        if amount < used:
            raise forms.ValidationError(f"Cannot be less than what is already spent and committed ({pounds(used)})")
        return amount


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    form = BudgetLineForm
    extra = 0
    fields = ("category", "amount_pence", "spent", "committed")
    readonly_fields = ("spent", "committed")
    can_delete = False

    @admin.display(description="Spent")
    def spent(self, obj):
        return pounds(obj.spent_pence)

    @admin.display(description="Committed")
    def committed(self, obj):
        return pounds(obj.committed_pence)


@admin.register(Budget)
class BudgetAdmin(AuditedModelAdmin):
    audit_action = "change_budget"
    audited_fields = ("unit_id", "year")
    list_display = ("unit", "year")
    list_filter = ("year",)
    inlines = [BudgetLineInline]

    def has_delete_permission(self, request, obj=None):
        return False

    def save_related(self, request, form, formsets, change):
        with transaction.atomic():
            super().save_related(request, form, formsets, change)
            audit.record(actor=request.user, action="change_budget_lines", obj=form.instance,
                         detail={"lines": {line.category.code: line.amount_pence
                                           for line in form.instance.lines.select_related("category")}})
