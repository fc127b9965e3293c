"""Rule families, one package each: mtqa/rules/<family>/ (see mtqa.registry.FAMILIES)."""
