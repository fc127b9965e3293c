"""Rule modules, one per family (see mtqa.registry.FAMILIES)."""
