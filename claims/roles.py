"""The two newsroom roles and what each may do. Used by the roles migration and tests."""

VIEW_ALL = [
    "sources.view_outlet", "sources.view_actor", "sources.view_actoralias", "sources.view_article",
    "sources.view_importrun", "sources.view_quarantinedfile", "sources.view_inboxitem",
    "claims.view_claim", "claims.view_statement",
    "claims.view_attributionhop", "claims.view_statusevent", "claims.view_annotation",
]

REVIEWER = [
    *VIEW_ALL,
    "claims.change_statement", "claims.change_attributionhop", "claims.add_attributionhop",
    "claims.add_annotation", "claims.change_annotation", "sources.change_actor", "sources.add_actoralias",
    "sources.change_actoralias",
]

EDITOR = [
    *REVIEWER,
    "claims.set_claim_status", "claims.change_claim", "claims.add_claim", "claims.delete_annotation",
    "sources.change_article", "sources.change_outlet", "sources.add_actor", "sources.change_quarantinedfile",
    "sources.delete_actor",  # merging actors deletes the rows merged away
]

ROLES = {"editors": EDITOR, "reviewers": REVIEWER}


def roles_install(*, group_model, permission_model) -> None:
    """Create the role groups with their permissions (idempotent). Takes the model
    classes so that the roles migration can pass its historical ones."""
    for name, codes in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(permission_model.objects.get(content_type__app_label=app_label, codename=codename))
