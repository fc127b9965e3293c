"""A rule's documentation as an LSP hover shows it: `mtqa explain ID`'s text (`readable_doc`), in
Markdown, its examples in a fenced block so the carets stay under the words they mark.
Nothing here imports pygls."""

from __future__ import annotations

from mtqa.errors import MtqaError
from mtqa.rule import readable_doc


def rule_plain(rule_id: str) -> str | None:
    """The same for a client that shows plain text only: `mtqa explain ID`'s text as it prints it."""
    from mtqa import registry

    if rule_id.startswith("languagetool/"):
        return f"{rule_id}: LanguageTool's rule (`mtqa explain languagetool` says how it is mapped)"
    try:
        r = registry.get(rule_id)
    except MtqaError:
        return None
    return (f"{r.id} ({r.meta.category}, {r.meta.severity.value}, fix: {r.meta.fix.value}, "
            f"{r.meta.status.value})\n\n{readable_doc(r.doc).strip()}")


def rule_markdown(rule_id: str) -> str | None:
    """Markdown for a rule's hover; None for an id mtqa has no documentation of (a pack's rule
    the registry does not hold)."""
    from mtqa import registry

    if rule_id.startswith("languagetool/"):
        return f"**{rule_id}**: LanguageTool's rule (`mtqa explain languagetool` says how it is mapped)"
    try:
        r = registry.get(rule_id)
    except MtqaError:
        return None
    head = f"**{r.id}** ({r.meta.category}, {r.meta.severity.value}, fix: {r.meta.fix.value}, {r.meta.status.value})"
    out, fenced = [head, ""], False
    for line in readable_doc(r.doc).strip("\n").splitlines():
        heading = line.strip().startswith("## ")
        prose = bool(line.strip()) and not line.startswith(("bad:", "good:", " "))
        if fenced and (heading or prose):  # the section's text after its examples is prose again
            out.append("```")
            fenced = False
        out.append(line.strip() if heading else line)
        if heading and line.strip()[3:].strip().lower() == "examples":
            out.append("```text")
            fenced = True
    if fenced:
        out.append("```")
    return "\n".join(out).rstrip() + f"\n\n`mtqa explain {r.id}`"
