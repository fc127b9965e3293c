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

    def add_file(self, name: str, text: str, fmt: str, wanted: tuple[str, ...], locked_choice: str) -> None:
        """Read a bilingual file's segments (`name` as the report names it) and keep those that can take part."""
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
            one = filecheck.file_segment(seg, len(kept), checked, checked and bool(wanted) and seg.state is not None,
                                         lines, fmt)[0]
            kept.append(replace(one, source=collapsed(one.source), target=collapsed(one.target or ""), file=name,
                                where=f"{one.where[:-1]} of {name})", unit=f"{name}\0{one.unit}"))
        self.files[name] = kept

    def around(self, name: str, own: list[FileSegment]) -> tuple[list[FileSegment], int]:
        """The run's segments with `own` (file `name`'s, as checked now) in its file's place, each
        indexed by its position, and where `own` starts: hits outside it are other files'."""
        every: list[FileSegment] = []
        start = -1
        for file, segs in self.files.items():
            if file == name:
                start = len(every)
                every.extend(replace(s, index=start + i) for i, s in enumerate(own))
            else:
                every.extend(replace(s, index=len(every) + i) for i, s in enumerate(segs))
        if start < 0:  # a file not in the first pass (a --fix re-check under another name): alone
            return own, 0
        return every, start

    def __len__(self) -> int:
        return len(self.files)


__all__ = ["Project"]
