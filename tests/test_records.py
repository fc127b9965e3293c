"""The public records' hand-kept methods (`mtqa.records`) behave as the methods `dataclasses`
generates for the same fields: each record is compared with a twin dataclass made here from its
own `fields()`, with the options the record had before (frozen, slots), on the same values."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from mtqa.config import Config
from mtqa.document import Document
from mtqa.finding import Applicability, Edit, Finding, Fix, Severity, Span
from mtqa.result import Report

SPAN = Span(3, 9, 1, 4, 1, 10)
EDIT = Edit(0, 2, "the")
FIX = Fix("Use “the”", (EDIT,), Applicability.SAFE)
FINDING = Finding("quotes/mixed", "Mixed quotes", SPAN, "“x\"", Severity.MAJOR, "Fluency/Punctuation",
                  ("“x”",), FIX, 0.75, "mtqa", {"k": 1})

# record, its options before `mtqa.records`, and values to build it from (positional and keyword)
CASES = [
    (Edit, {"frozen": True, "slots": True}, (4, 7, "x"), {}),
    (Fix, {"frozen": True, "slots": True}, ("t", (EDIT,), Applicability.UNSAFE), {}),
    (Span, {"frozen": True, "slots": True}, (1, 5), {"column": 2, "end_column": 6}),
    (Finding, {"frozen": True, "slots": True}, ("a/b", "m", SPAN, "t", Severity.MINOR, "Style"), {"fix": FIX}),
    (Config, {"frozen": True}, (), {"locale": "en-US", "select": ("quotes",), "weights": {"minor": 2.0}}),
    (Document, {}, ("Some text.",), {"format": "markdown", "meta": {"a": 1}}),
    (Report, {}, ("a.txt",), {"words": 12, "findings": [FINDING], "notes": ["n"], "metrics": {"x": 1.0}}),
]
IDS = [c[0].__name__ for c in CASES]


def twin(cls: type, options: dict) -> type:
    """A dataclass of the same name, fields (defaults, factories, compare and hash) and options,
    with every method `dataclasses` generates."""
    spec = []
    for f in dataclasses.fields(cls):
        kw = {"compare": f.compare, "hash": f.hash, "repr": f.repr}
        if f.default is not dataclasses.MISSING:
            kw["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kw["default_factory"] = f.default_factory
        spec.append((f.name, f.type, dataclasses.field(**kw)))
    namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else {}
    made = dataclasses.make_dataclass(cls.__name__, spec, namespace=namespace, **options)
    made.__qualname__ = cls.__qualname__
    return made


@pytest.mark.parametrize(("cls", "options", "args", "kwargs"), CASES, ids=IDS)
def test_a_record_behaves_as_its_generated_twin(cls, options, args, kwargs):
    ref = twin(cls, options)
    ours, theirs = cls(*args, **kwargs), ref(*args, **kwargs)
    assert repr(ours) == repr(theirs)
    assert [getattr(ours, f.name) for f in dataclasses.fields(cls)] == [
        getattr(theirs, f.name) for f in dataclasses.fields(ref)]
    assert [*map(str, inspect.signature(cls).parameters.values())] == [
        *map(str, inspect.signature(ref).parameters.values())]  # names, annotations, defaults (`<factory>`)
    assert cls.__match_args__ == ref.__match_args__
    assert ("__slots__" in cls.__dict__) == ("__slots__" in ref.__dict__)
    if options.get("slots"):
        assert cls.__slots__ == ref.__slots__
        assert not hasattr(ours, "__dict__")
    # equality: same values equal, a changed compared field not, another class never
    assert ours == cls(*args, **kwargs)
    assert (ours == theirs) is False and ours != theirs
    first = dataclasses.fields(cls)[0].name
    assert ours != dataclasses.replace(ours, **{first: "changed"})
    assert theirs != dataclasses.replace(theirs, **{first: "changed"})
    assert ours.__eq__(object()) is NotImplemented
    # defaults from a factory are fresh for each record
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING and f.name not in kwargs:
            assert getattr(ours, f.name) == f.default_factory()
            assert getattr(ours, f.name) is not getattr(cls(*args, **kwargs), f.name)
    # missing and unknown arguments fail as the generated __init__ does
    for bad_args, bad_kwargs in (((), {"nonexistent": 1}), ((object(),) * 40, {})):
        with pytest.raises(TypeError):
            cls(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError):
            ref(*bad_args, **bad_kwargs)


@pytest.mark.parametrize(("cls", "options", "args", "kwargs"), CASES, ids=IDS)
def test_hash_and_frozenness_as_generated(cls, options, args, kwargs):
    ref = twin(cls, options)
    ours, theirs = cls(*args, **kwargs), ref(*args, **kwargs)
    name = dataclasses.fields(cls)[0].name
    if not options.get("frozen"):
        assert cls.__hash__ is None and ref.__hash__ is None
        setattr(ours, name, "changed")  # mutable records take assignments
        assert getattr(ours, name) == "changed"
        return
    if cls is not Config and cls is not Finding:  # their dict fields are left out of the hash or unhashable
        assert hash(ours) == hash(theirs)
    for obj in (ours, theirs):
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
            setattr(obj, name, 1)
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
            delattr(obj, name)


def test_finding_hash_leaves_extra_out_as_generated():
    ref = twin(Finding, {"frozen": True, "slots": True})
    values = [getattr(FINDING, f.name) for f in dataclasses.fields(Finding)]
    assert hash(FINDING) == hash(ref(*values))
    assert hash(FINDING) == hash(dataclasses.replace(FINDING, extra={"other": 2}))
    assert FINDING == dataclasses.replace(FINDING, extra={})  # extra is not compared either
    assert FINDING != dataclasses.replace(FINDING, confidence=0.5)
    # a set of findings iterates in the same order as one of their generated twins
    many = [dataclasses.replace(FINDING, span=Span(i, i + 1)) for i in range(50)]
    twins = [ref(*[getattr(f, x.name) for x in dataclasses.fields(Finding)]) for f in many]
    assert [f.span.start for f in set(many)] == [f.span.start for f in set(twins)]


@pytest.mark.parametrize("obj", [SPAN, EDIT, FIX, FINDING, Config(select=("a",)), Document("x", path="p"),
                                 Report("a", findings=[FINDING])], ids=lambda o: type(o).__name__)
def test_records_pickle_copy_and_convert_as_before(obj):
    assert pickle.loads(pickle.dumps(obj)) == obj
    assert copy.deepcopy(obj) == obj and copy.copy(obj) == obj
    assert dataclasses.is_dataclass(obj)
    assert dataclasses.asdict(obj) == {f.name: dataclasses.asdict(obj)[f.name] for f in dataclasses.fields(obj)}
    assert dataclasses.replace(obj) == obj


def test_document_checks_its_values_when_made_and_replaced():
    with pytest.raises(TypeError, match="text must be a str"):
        Document(b"bytes")  # type: ignore[arg-type]
    doc = Document("x")
    with pytest.raises(TypeError, match="locale must be a str"):
        dataclasses.replace(doc, locale=None)


def test_a_record_inside_itself_shows_as_dots():
    report = Report("a")
    report.metrics = {"self": report}  # type: ignore[dict-item]
    assert repr(report).count("Report(") == 1 and "..." in repr(report)
