"""The segments of every bilingual file of one run, as the consistency checks compare them.

Xbench checks a project's files together, and so does a team: a sentence translated one way
in one file and another way in the next is the same inconsistency as within one file. When one
`mtqa check` names several bilingual files (or a folder of them), a first pass reads each file's
segments (no rule runs) and keeps, of those that take part, only their source and target (codes
dropped, whitespace collapsed), id, state, lock and line: a Project. Each file is then checked as usual (in this process
or a `--jobs` worker, which gets the Project once) and its consistency rules read the other
files' segments around its own, in the run's order, so every worker reaches the same
reference whatever file it checks. A file whose configuration does not run the consistency
rules (per-file ignores, a rule's ``across_files = false``) takes no part.

``--fix`` writes a file's fixed targets, so the first pass's segments of that file are no longer
its text: `refresh` reads them again from what was written, and the files whose comparison
may have changed are checked again against the files as fixed (mtqa.commands.project_fix).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mtqa.bilingual import filecheck
from mtqa.bilingual.filescope import FileSegment, collapsed
from mtqa.lines import LineIndex

@dataclass
class Project:
    """Each file's segments (in the run's order) that take part, texts normalised."""

    files: dict[str, list[FileSegment]] = field(default_factory=dict)
    rules: dict[str, frozenset[str]] = field(default_factory=dict)  # the consistency rules each file runs
    reading: dict[str, tuple[str, tuple[str, ...], str]] = field(default_factory=dict)  # format, states, locks

    def add_file(self, name: str, text: str, fmt: str, wanted: tuple[str, ...], locked_choice: str,
                 rules: frozenset[str] = frozenset()) -> None:
        """Read a bilingual file's segments (`name` as the report names it) and keep those that can
        take part in the consistency `rules` its configuration runs."""
        from mtqa.bilingual import segments
        from mtqa.bilingual.states import selected

        lines = LineIndex(text)
        kept: list[FileSegment] = []
        for seg in segments(text, fmt, name):
            if seg.target is None:
                continue
            checked = selected(seg.state, seg.locked, wanted, locked_choice) is None
            if not (checked or seg.locked):
                continue
            one = filecheck.file_segment(seg, -1, checked, checked and bool(wanted) and seg.state is not None,
                                         lines, fmt)[0]
            kept.append(replace(one, source=collapsed(one.source), target=collapsed(one.target or ""), file=name,
                                where=f"{one.where[:-1]} of {name})", unit=f"{name}\0{one.unit}", index=-1))
        self.files[name] = kept
        self.rules[name] = rules
        self.reading[name] = (fmt, wanted, locked_choice)

    def refresh(self, name: str, text: str) -> None:
        """File `name` as written by a fix: its segments read again, as the first pass read them."""
        if name not in self.files:
            return
        fmt, wanted, locked_choice = self.reading[name]
        self.add_file(name, text, fmt, wanted, locked_choice, self.rules[name])

    def around(self, name: str, own: list[FileSegment], rule_id: str) -> list[FileSegment]:
        """The segments of the run's files that run `rule_id`, with `own` (file `name`'s, as checked
        now) in its file's place. The other files' segments have index -1: a rule's hit on one of
        them belongs to its own file's report."""
        if name not in self.files:  # a file not in the first pass (a --fix re-check under another name): alone
            return own
        every: list[FileSegment] = []
        for file, segs in self.files.items():
            if file == name:
                every.extend(own)
            elif rule_id in self.rules.get(file, frozenset()):
                every.extend(segs)
        return every

    def __len__(self) -> int:
        return len(self.files)


__all__ = ["Project"]
