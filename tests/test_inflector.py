"""The plural engine: inflect's own answers, without typeguard's instrumentation, loaded lazily."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import typeguard

from appwright.inflector import engine


def test_the_engine_is_inflects_and_is_shared() -> None:
    assert engine() is engine()
    assert engine().plural_noun("cactus") in {"cacti", "cactuses"}
    assert engine().singular_noun("geese") == "goose"
    assert engine().a("hour") == "an hour"


def test_typeguards_decorator_is_put_back() -> None:
    shipped = typeguard.typechecked
    engine()
    assert typeguard.typechecked is shipped
    assert typeguard.typechecked.__name__ == "typechecked"


def run_fresh(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_inflect_is_not_imported_until_a_word_is_inflected() -> None:
    code = """
        import sys
        import appwright.cli, appwright.spec.layouts, appwright.design.offline.sentences
        print("inflect" in sys.modules)
    """
    assert run_fresh(code) == "False"


def test_inflects_methods_run_without_typeguards_checks() -> None:
    # Instrumented, a wrong argument type fails typeguard's check before inflect runs at all.
    code = """
        import typeguard
        from appwright.inflector import engine
        try:
            engine().plural_noun(5)
        except typeguard.TypeCheckError:
            print("checked")
        except Exception:
            print("unchecked")
        else:
            print("unchecked")
    """
    assert run_fresh(code) == "unchecked"
