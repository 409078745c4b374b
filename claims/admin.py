from django import forms
from django.contrib import admin, messages
from django.utils.html import format_html

from claims.models import Annotation, AttributionHop, Claim, ClaimStatus, Statement, StatusEvent
from claims.services.review import claim_set_status
from factcheck.errors import DomainError


def quote_in_paragraph(text: str, start: int, end: int):
    """The paragraph around a citation, with the cited span marked."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    return format_html("{}<mark>{}</mark>{}", text[para_start:start], text[start:end], text[end:para_end])


class StatementInline(admin.TabularInline):
    model = Statement
    fields = ["speaker", "cue", "stance", "in_context", "article", "link_score", "review_state"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "article")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Quote in its paragraph")
    def in_context(self, statement):
        return quote_in_paragraph(statement.article.text, statement.start, statement.end)


class StatusEventInline(admin.TabularInline):
    model = StatusEvent
    fields = ["created_at", "kind", "from_status", "to_status", "user", "rationale", "links"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ClaimForm(forms.ModelForm):
    """The status is changed only through claim_set_status, so every change has its event."""

    new_status = forms.ChoiceField(choices=[("", "— keep —"), *ClaimStatus.choices], required=False)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    evidence_links = forms.CharField(required=False, help_text="Evidence URLs, one per line")
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["text", "subjects"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimForm
    list_display = ["text", "status", "statement_count", "updated_at"]
    list_filter = ["status"]
    search_fields = ["text", "statements__content", "statements__speaker__name"]
    readonly_fields = ["status", "version", "merged_into", "created_at", "updated_at"]
    autocomplete_fields = ["subjects"]
    inlines = [StatementInline, StatusEventInline]

    @admin.display(description="statements")
    def statement_count(self, claim):
        return claim.statements.count()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        new_status = form.cleaned_data.get("new_status")
        if change and new_status:
            try:
                claim_set_status(
                    claim_id=obj.pk, user=request.user, status=new_status,
                    rationale=form.cleaned_data.get("rationale", ""),
                    expected_version=form.cleaned_data.get("seen_version") or obj.version,
                    links=form.cleaned_data.get("evidence_links", "").split(),
                )
            except DomainError as exc:
                self.message_user(request, f"Status not changed: {exc.message}", messages.ERROR)


class HopInline(admin.TabularInline):
    model = AttributionHop
    fields = ["position", "name", "kind", "relation", "actor"]
    extra = 0
    autocomplete_fields = ["actor"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["speaker", "cue", "short_content", "stance", "quote", "article", "claim", "review_state",
                    "confidence"]
    list_filter = ["review_state", "stance", "quote", "platform"]
    list_select_related = ["speaker", "article", "claim"]
    search_fields = ["content", "speaker__name", "cue", "article__title"]
    autocomplete_fields = ["speaker", "claim"]
    readonly_fields = ["in_context", "article", "extractor", "confidence", "created_at", "reviewed_by", "reviewed_at"]
    inlines = [HopInline]

    @admin.display(description="content")
    def short_content(self, statement):
        return statement.content[:80]

    @admin.display(description="Quote in its paragraph")
    def in_context(self, statement):
        return quote_in_paragraph(statement.article.text, statement.start, statement.end)


@admin.register(StatusEvent)
class StatusEventAdmin(admin.ModelAdmin):
    list_display = ["claim", "kind", "from_status", "to_status", "user", "created_at"]
    list_filter = ["kind", "to_status"]
    list_select_related = ["claim", "user"]

    def has_change_permission(self, request, obj=None):
        return False  # history is written by services and never edited

    def has_add_permission(self, request):
        return False


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["body", "article", "statement", "claim", "author", "orphaned", "created_at"]
    list_filter = ["orphaned"]
    search_fields = ["body", "exact"]
    raw_id_fields = ["article", "statement", "claim"]
    readonly_fields = ["author"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)
