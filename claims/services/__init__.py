"""Writes for the claims app, split by sub-domain: extraction, linking, review."""
