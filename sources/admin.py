from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from factcheck.errors import DomainError
from sources.models import Actor, ActorAlias, Article, ImportRun, InboxItem, Outlet, QuarantinedFile
from sources.services.actors import actor_merge, alias_normalize
from sources.services.imports import CORRECTABLE, article_correct_metadata
from sources.services.inbox import quarantine_retry


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "created_at"]
    search_fields = ["name", "domain"]


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    fields = ["alias"]
    extra = 1


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "description"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__alias", "description"]
    inlines = [ActorAliasInline]
    actions = ["merge_into_most_quoted"]

    @admin.action(description="Merge the selected actors into the one with the most statements",
                  permissions=["delete"])
    def merge_into_most_quoted(self, request, queryset):
        actors = list(queryset.annotate(said=Count("statements")).order_by("-said", "pk"))
        if len(actors) < 2:
            return self.message_user(request, "Select at least two actors to merge.", messages.WARNING)
        names = ", ".join(a.name for a in actors[1:])
        try:
            kept = actor_merge(actor_ids=[a.pk for a in actors], into_id=actors[0].pk)
        except DomainError as exc:
            return self.message_user(request, f"Nothing merged: {exc.message}.", messages.ERROR)
        self.log_change(request, kept, f"Merged {names} into this actor.")
        self.message_user(request, f"Merged {names} into {kept.name}; their names are now its aliases.",
                          messages.SUCCESS)

    def save_formset(self, request, form, formset, change):
        for alias in formset.save(commit=False):
            alias.normalized = alias_normalize(alias.alias)
            alias.save()
        for obj in formset.deleted_objects:
            obj.delete()


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "version", "is_current", "format", "imported_at"]
    list_filter = ["is_current", "format", "outlet"]
    list_select_related = ["outlet"]
    search_fields = ["title", "source_file", "identity", "outlet__name"]
    date_hierarchy = "imported_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["text_with_boilerplate", "identity", "source_file", "format", "encoding", "content_hash",
                       "version", "previous", "is_current", "import_run", "imported_at", "excluded", "metadata"]
    fields = ["title", "outlet", "byline", "published", "language", "url", *readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        # Corrections go through the service, which marks each field as the editor's.
        changed = {f: form.cleaned_data[f] for f in form.changed_data if f in CORRECTABLE}
        if "outlet" in changed:
            changed["outlet"] = changed["outlet"].name if changed["outlet"] else None
        if changed:
            article_correct_metadata(article_id=obj.pk, user=request.user, **changed)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        # The change list never shows the text; only the change page loads it.
        return queryset.defer("text", "raw") if request.resolver_match.url_name.endswith("changelist") else queryset

    @admin.display(description="Text (boilerplate greyed)")
    def text_with_boilerplate(self, article):
        pieces, at = [], 0
        for start, end, kind in sorted(article.excluded):
            pieces.append(("", article.text[at:start], ""))
            pieces.append((f"fc-excluded fc-{kind}", article.text[start:end], kind))
            at = end
        pieces.append(("", article.text[at:], ""))
        body = format_html_join("", '<span class="{}" title="{}">{}</span>', ((c, k, t) for c, t, k in pieces))
        return format_html('<div class="fc-article" style="white-space:pre-wrap;max-width:60em">{}</div>'
                           "<style>.fc-excluded{{color:#999}}</style>", body)


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "trigger", "started_at", "duration", "files_seen", "imported", "updated", "unchanged",
                    "quarantined"]
    list_filter = ["trigger"]
    readonly_fields = [f.name for f in ImportRun._meta.fields]

    def has_add_permission(self, request):
        return False  # runs are recorded by the import, not written by hand


@admin.register(QuarantinedFile)
class QuarantinedFileAdmin(admin.ModelAdmin):
    list_display = ["source_file", "reason", "size", "created_at", "resolved_at", "retries"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter)]
    search_fields = ["source_file", "reason"]
    readonly_fields = ["import_run", "source_file", "stored_path", "reason", "size", "sha256", "created_at",
                       "resolved_at", "retries"]
    actions = ["retry"]

    @admin.action(description="Retry the selected files", permissions=["change"])
    def retry(self, request, queryset):
        for record in queryset.filter(resolved_at__isnull=True):
            self.message_user(request, quarantine_retry(quarantined_id=record.pk), messages.INFO)


@admin.register(InboxItem)
class InboxItemAdmin(admin.ModelAdmin):
    list_display = ["name", "state", "result", "attempts", "seen_at", "claimed_at", "finished_at", "import_run"]
    list_filter = ["state", "result"]
    search_fields = ["name"]
    readonly_fields = [f.name for f in InboxItem._meta.fields]

    def has_add_permission(self, request):
        return False
