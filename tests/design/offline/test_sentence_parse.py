"""The dependency parse the offline designer reads sentences with: its tokens, the tree walks
on :class:`Parse`, the per-sentence cache, and the check that refuses a pipeline whose files are
not the pinned ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from appwright.design.offline import parse as parse_module
from appwright.design.offline.parse import (
    Parse,
    ParserModelError,
    Token,
    check_model,
    model_folder,
    parse,
    pinned_model,
)


def token(tree: Parse, text: str) -> Token:
    found = [t for t in tree.tokens if t.text == text]
    assert len(found) == 1, f"{text!r} is in the sentence {len(found)} times"
    return found[0]


# --- tokens ----------------------------------------------------------------------------------


def test_tokens_carry_their_relation_part_of_speech_and_head() -> None:
    tree = parse("Each locker has one padlock.")
    assert [t.text for t in tree.tokens] == ["Each", "locker", "has", "one", "padlock", "."]
    assert [t.i for t in tree.tokens] == list(range(6))
    locker, has, one, padlock = (token(tree, w) for w in ("locker", "has", "one", "padlock"))
    assert (locker.dep, locker.pos, locker.head) == ("nsubj", "NOUN", has.i)
    assert (one.dep, one.pos, one.head) == ("nummod", "NUM", padlock.i)
    assert (padlock.dep, padlock.head) == ("dobj", has.i)
    # the root is its own head
    assert (has.dep, has.head) == ("ROOT", has.i)
    assert token(tree, "Each").lower == "each"
    assert has.lemma == "have"


def test_children_head_and_ancestors_walk_the_tree() -> None:
    tree = parse("Each locker has one padlock.")
    locker, has, one, padlock = (token(tree, w) for w in ("locker", "has", "one", "padlock"))
    assert [t.text for t in tree.children(has)] == ["locker", "padlock", "."]
    assert [t.text for t in tree.children(padlock)] == ["one"]
    assert tree.children(one) == []
    assert tree.head(one) == padlock
    assert tree.head(locker) == has
    assert tree.head(has) == has
    # nearest first, up to the root; the root has none
    assert tree.ancestors(one) == [padlock, has]
    assert tree.ancestors(has) == []


def test_phrase_keeps_noun_compounds_and_drops_determiner_and_number() -> None:
    tree = parse("Each van has one dog wash station.")
    assert tree.phrase(token(tree, "station")) == "dog wash station"
    assert tree.phrase(token(tree, "van")) == "van"


def test_phrase_drops_an_adjective_before_the_compound() -> None:
    tree = parse("Each van has one large dog wash station.")
    assert tree.phrase(token(tree, "station")) == "dog wash station"


def test_phrase_is_lower_case() -> None:
    tree = parse("Every Glass Kiln has one burner.")
    kiln = next(t for t in tree.tokens if t.lower == "kiln")
    assert tree.phrase(kiln) == "glass kiln"


def test_parse_is_cached_per_sentence() -> None:
    sentence = "Each perfume bottle has one stopper."
    assert parse(sentence) is parse(sentence)
    assert parse(sentence) is not parse("Each perfume bottle has one label.")


# --- the pinned pipeline ---------------------------------------------------------------------


def test_the_pin_lists_every_file_of_the_installed_pipeline() -> None:
    folder = model_folder()
    present = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert present == set(pinned_model()["files"])
    check_model(folder)


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "pipeline"
    shutil.copytree(model_folder(), copy)
    return copy


def test_an_unchanged_copy_passes(model_copy: Path) -> None:
    check_model(model_copy)


def test_a_changed_byte_is_refused_naming_the_file(model_copy: Path) -> None:
    changed = model_copy / "parser" / "cfg"
    data = bytearray(changed.read_bytes())
    data[0] ^= 0x01
    changed.write_bytes(bytes(data))
    with pytest.raises(ParserModelError) as raised:
        check_model(model_copy)
    assert "changed: parser/cfg" in str(raised.value)
    assert "missing" not in str(raised.value)
    assert "unexpected" not in str(raised.value)


def test_a_removed_file_is_refused_as_missing(model_copy: Path) -> None:
    (model_copy / "tagger" / "model").unlink()
    with pytest.raises(ParserModelError) as raised:
        check_model(model_copy)
    assert "missing: tagger/model" in str(raised.value)
    assert "changed" not in str(raised.value)


def test_an_extra_file_is_refused_as_unexpected(model_copy: Path) -> None:
    (model_copy / "parser" / "notes.txt").write_text("added after the pin\n", encoding="utf-8")
    with pytest.raises(ParserModelError) as raised:
        check_model(model_copy)
    assert "unexpected: parser/notes.txt" in str(raised.value)
    assert "changed" not in str(raised.value)
    assert "missing" not in str(raised.value)


def test_a_pin_naming_a_package_that_is_not_installed_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin = pinned_model()
    pin["package"] = "no_such_pipeline_pkg"
    pin_file = tmp_path / "parser_model.json"
    pin_file.write_text(json.dumps(pin), encoding="utf-8")
    monkeypatch.setattr(parse_module, "PIN_FILE", pin_file)
    with pytest.raises(ParserModelError) as raised:
        model_folder()
    message = str(raised.value)
    assert "not installed" in message
    assert "pip install" in message
    assert f"{pin['distribution']}=={pin['version']}" in message
