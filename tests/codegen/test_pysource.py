"""Layout of generated calls: the way ``ruff format`` would lay them out."""

from __future__ import annotations

from appwright.codegen.pysource import LINE_LENGTH, C, call, layout, subscript, tuple_of


def test_short_call_stays_on_one_line() -> None:
    assert call("f", "a", "b", indent=4, prefix="x = ") == "    x = f(a, b)"


def test_long_call_puts_its_arguments_on_one_indented_line() -> None:
    args = [f"argument_{i}" for i in range(8)]
    text = call("function", *args, prefix="value = ")
    assert text == "value = function(\n    " + ", ".join(args) + "\n)"


def test_longer_call_puts_one_argument_per_line_and_nests() -> None:
    inner = C(
        "sa.ForeignKey", '"' + "t" * 40 + '.id"', 'ondelete="CASCADE"', 'name="' + "n" * 40 + '"'
    )
    text = call("sa.Column", '"column"', inner, "primary_key=True", indent=4, suffix=",")
    lines = text.splitlines()
    assert lines[0] == "    sa.Column("
    assert lines[1] == '        "column",'
    assert lines[2] == "        sa.ForeignKey("
    assert lines[-1] == "    ),"
    assert all(len(line) <= LINE_LENGTH for line in lines)


def test_tuples() -> None:
    assert str(tuple_of(['"a"'])) == '("a",)'
    assert str(tuple_of([])) == "()"
    long = tuple_of([f'"item number {i}"' for i in range(8)])
    text = layout(long, indent=4, prefix="x = ")
    assert text.splitlines()[1] == '        "item number 0",'


def test_assignment_that_cannot_open_is_parenthesized() -> None:
    prefix = "a" * 60 + ": orm.Mapped[decimal.Decimal] = "
    text = call("orm.mapped_column", "sa.Numeric(18, 4)", indent=4, prefix=prefix)
    assert text.splitlines() == [
        f"    {prefix}(",
        "        orm.mapped_column(sa.Numeric(18, 4))",
        "    )",
    ]


def test_subscript() -> None:
    assert subscript("Literal", '"a"', '"b"') == 'Literal["a", "b"]'
