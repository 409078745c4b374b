"""Writes for the sources app. Import from the sub-modules: sources.services.imports, .actors, .inbox."""
