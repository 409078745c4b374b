from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from claims.models import Annotation, AttributionHop, Claim, ClaimStatus, Statement, StatusEvent
from claims.services.annotations import annotation_check, annotation_create
from claims.selectors import claim_evidence
from claims.services.claims import claim_merge
from claims.services.linking import statement_link_confirm, statement_link_reject
from claims.services.review import SET_STATUS_PERMISSION, claim_set_status, statement_review
from factcheck.errors import DomainError


def quote_in_paragraph(text: str, start: int, end: int, fragments=()):
    """The paragraph around a citation, with the cited words marked: each of
    its ``fragments`` when it has them (the cue and the writer's words between
    them stay unmarked), else all of start:end."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    marked = sorted(tuple(f) for f in fragments if start <= f[0] < f[1] <= end) or [(start, end)]
    pieces, at = [], para_start
    for s, e in marked:
        if s < at:  # overlaps the one before
            continue
        pieces.append((text[at:s], text[s:e]))
        at = e
    return format_html("{}{}", format_html_join("", "{}<mark>{}</mark>", pieces), text[at:para_end])


class StatementInline(admin.TabularInline):
    model = Statement
    fk_name = "claim"
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
        return quote_in_paragraph(statement.article.text, statement.start, statement.end, statement.fragments)


class StatusEventInline(admin.TabularInline):
    model = StatusEvent
    fields = ["created_at", "kind", "from_status", "to_status", "user", "rationale", "links"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class StatusChangeForm(forms.Form):
    status = forms.ChoiceField(choices=ClaimStatus.choices)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 80}),
                                help_text="Why, and on what evidence. Shown in the claim's history.")
    evidence = forms.ModelMultipleChoiceField(queryset=Statement.objects.none(), required=False,
                                              widget=forms.CheckboxSelectMultiple)
    links = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 80}),
                            help_text="Evidence URLs, one per line")
    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["evidence"].queryset = claim.statements.select_related("speaker")
        self.fields["seen_version"].initial = claim.version


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "status", "statement_count", "updated_at"]
    list_filter = ["status"]
    search_fields = ["text", "statements__content", "statements__speaker__name"]
    fields = ["text", "subjects", "status_with_action", "evidence", "version", "merged_into", "created_at",
              "updated_at"]
    readonly_fields = ["status_with_action", "evidence", "version", "merged_into", "created_at", "updated_at"]
    actions = ["merge_into_first"]
    autocomplete_fields = ["subjects"]
    inlines = [StatementInline, StatusEventInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_total=Count("statements"))

    @admin.display(description="statements", ordering="statement_total")
    def statement_count(self, claim):
        return claim.statement_total

    @admin.display(description="status")
    def status_with_action(self, claim):
        url = reverse("admin:claims_claim_status", args=[claim.pk])
        return format_html('<strong>{}</strong> &nbsp; <a class="button" href="{}">Change status…</a>',
                           claim.get_status_display(), url)

    @admin.display(description="What the evidence suggests")
    def evidence(self, claim):
        found = claim_evidence(claim)
        rows = format_html_join("", "<li>{} ({})</li>", ((s.label, ", ".join(sorted(s.stances))) for s in found.sources))
        return format_html(
            "<strong>{}</strong>: {}<br>{} independent source(s) assert, {} deny or dispute<ul>{}</ul>",
            found.suggested_status, found.suggestion_reason, found.asserting, found.contrary, rows,
        )

    @admin.action(description="Merge the selected claims into the oldest of them", permissions=["change"])
    def merge_into_first(self, request, queryset):
        claims = list(queryset.order_by("pk"))
        if len(claims) < 2:
            return self.message_user(request, "Select at least two claims to merge.", messages.WARNING)
        target = claims[0]
        for claim in claims[1:]:
            try:
                claim_merge(claim_id=claim.pk, into_id=target.pk, user=request.user, expected_version=claim.version,
                            rationale=f"Merged in the admin by {request.user.get_username()}: same proposition.")
            except DomainError as exc:
                self.message_user(request, f"Claim {claim.pk} not merged: {exc.message}", messages.ERROR)
        self.message_user(request, f"Merged into claim {target.pk}: {target.text}", messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        if change and "text" in form.changed_data:
            obj.text_by_editor = True  # linking keeps an editor's wording
        super().save_model(request, obj, form, change)

    def get_urls(self):
        view = self.admin_site.admin_view(self.status_view)
        return [path("<int:object_id>/status/", view, name="claims_claim_status"), *super().get_urls()]

    def status_view(self, request, object_id):
        """The status change form. Not inside the admin's own transaction: the service
        commits the change and its event in one durable transaction of its own."""
        claim = self.get_object(request, str(object_id))
        if claim is None:
            raise Http404(f"no claim with id {object_id}")
        if not request.user.has_perm(SET_STATUS_PERMISSION):
            raise PermissionDenied("only editors may set a claim's status")
        form = StatusChangeForm(request.POST or None, claim=claim)
        if request.method == "POST" and form.is_valid():
            try:
                claim_set_status(
                    claim_id=claim.pk, user=request.user, status=form.cleaned_data["status"],
                    rationale=form.cleaned_data["rationale"], expected_version=form.cleaned_data["seen_version"],
                    evidence_ids=[s.pk for s in form.cleaned_data["evidence"]], links=form.cleaned_data["links"].split(),
                )
            except DomainError as exc:
                form.add_error(None, exc.message)
            else:
                self.message_user(request, f"Status set to {form.cleaned_data['status']}.", messages.SUCCESS)
                return redirect("admin:claims_claim_change", claim.pk)
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "original": claim,
                   "claim": claim, "form": form, "title": "Change the status of a claim"}
        return TemplateResponse(request, "admin/claims/claim/status_form.html", context)


class HopInline(admin.TabularInline):
    model = AttributionHop
    fields = ["position", "name", "kind", "relation", "actor"]
    extra = 0
    autocomplete_fields = ["actor"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["speaker", "cue", "short_content", "stance", "quote", "article", "claim", "review_state",
                    "confidence"]
    list_filter = ["review_state", "link_status", "stance", "quote", "orphaned", "platform"]
    list_select_related = ["speaker", "article", "claim"]
    actions = ["accept", "reject", "confirm_link", "reject_suggestion"]
    search_fields = ["content", "speaker__name", "cue", "article__title"]
    autocomplete_fields = ["speaker", "claim"]
    readonly_fields = ["in_context", "article", "extractor", "confidence", "created_at", "reviewed_by", "reviewed_at"]
    inlines = [HopInline]

    @admin.display(description="content")
    def short_content(self, statement):
        return statement.content[:80]

    def _each(self, request, queryset, service, done: str, **kwargs):
        for statement in queryset:
            try:
                service(statement_id=statement.pk, user=request.user, **kwargs)
            except DomainError as exc:
                return self.message_user(request, exc.message, messages.ERROR)
        self.message_user(request, f"{queryset.count()} statement(s) {done}.", messages.SUCCESS)

    @admin.action(description="Accept the selected statements", permissions=["change"])
    def accept(self, request, queryset):
        self._each(request, queryset, statement_review, "accepted", accept=True)

    @admin.action(description="Reject the selected statements (not a statement)", permissions=["change"])
    def reject(self, request, queryset):
        self._each(request, queryset, statement_review, "rejected", accept=False)

    @admin.action(description="Confirm the link (to the suggested claim, if any)", permissions=["change"])
    def confirm_link(self, request, queryset):
        self._each(request, queryset, statement_link_confirm, "linked")

    @admin.action(description="Reject the suggested claim", permissions=["change"])
    def reject_suggestion(self, request, queryset):
        self._each(request, queryset.filter(suggested_claim__isnull=False), statement_link_reject, "kept apart")

    @admin.display(description="Quote in its paragraph")
    def in_context(self, statement):
        return quote_in_paragraph(statement.article.text, statement.start, statement.end, statement.fragments)


@admin.register(StatusEvent)
class StatusEventAdmin(admin.ModelAdmin):
    list_display = ["claim", "kind", "from_status", "to_status", "user", "created_at"]
    list_filter = ["kind", "to_status"]
    list_select_related = ["claim", "user"]

    def has_change_permission(self, request, obj=None):
        return False  # history is written by services and never edited

    def has_add_permission(self, request):
        return False


class AnnotationForm(forms.ModelForm):
    class Meta:
        model = Annotation
        fields = ["body", "article", "start", "end", "statement", "claim", "orphaned"]

    def clean(self):
        data = super().clean()
        statement = data.get("statement")
        article = statement.article if statement else data.get("article")
        start = data.get("start") if data.get("start") is not None or not statement else statement.start
        end = data.get("end") if data.get("end") is not None or not statement else statement.end
        try:
            annotation_check(body=data.get("body") or "", article=article, start=start, end=end,
                             claim=data.get("claim"))
        except DomainError as exc:
            raise ValidationError(exc.message) from exc
        return data


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    form = AnnotationForm
    list_display = ["body", "article", "statement", "claim", "author", "orphaned", "created_at"]
    list_filter = ["orphaned"]
    search_fields = ["body", "exact"]
    raw_id_fields = ["article", "statement", "claim"]
    fields = ["body", "article", "start", "end", "statement", "claim", "exact", "prefix", "suffix", "orphaned",
              "author"]
    readonly_fields = ["exact", "prefix", "suffix", "author"]

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        # New annotations go through the service, which anchors them to the text.
        created = annotation_create(author=request.user, body=obj.body, article=obj.article, start=obj.start,
                                    end=obj.end, statement=obj.statement, claim=obj.claim)
        obj.pk = created.pk
        obj.refresh_from_db()
