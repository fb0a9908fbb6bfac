"""Line layout of generated Python calls, the way ``ruff format`` lays them out.

Templates spell most code literally; a call whose length depends on spec names (a column
definition, a constraint) goes through :func:`call` so the output stays formatted whatever
the names: on one line when it fits in :data:`LINE_LENGTH`, else its arguments on one indented
line, else one argument per line (each laid out the same way).
"""

from __future__ import annotations

from dataclasses import dataclass

LINE_LENGTH = 100
INDENT = 4


@dataclass(frozen=True)
class Call:
    """``head(args...)``, or ``head[args...]`` for a subscript."""

    head: str
    args: tuple[str | Call, ...]
    brackets: str = "()"

    def __str__(self) -> str:
        inner = ", ".join(str(arg) for arg in self.args)
        if self.is_tuple and len(self.args) == 1:
            inner += ","
        return f"{self.head}{self.brackets[0]}{inner}{self.brackets[1]}"

    @property
    def is_tuple(self) -> bool:
        return not self.head and self.brackets == "()"


def C(head: str, *args: str | Call) -> Call:  # noqa: N802 - reads like the call it builds
    """A call to lay out later (``C("sa.ForeignKey", '"a.id"')``)."""
    return Call(head, tuple(args))


def S(head: str, *args: str | Call) -> Call:  # noqa: N802 - reads like the subscript it builds
    """A subscript to lay out later (``S("Literal", '"a"', '"b"')``)."""
    return Call(head, tuple(args), "[]")


def layout(node: str | Call, *, indent: int = 0, prefix: str = "", suffix: str = "") -> str:
    """``prefix + node + suffix`` at ``indent`` spaces, split over lines when too long."""
    pad = " " * indent
    flat = f"{pad}{prefix}{node}{suffix}"
    if len(flat) <= LINE_LENGTH or not isinstance(node, Call) or not node.args:
        return flat
    inner_pad = " " * (indent + INDENT)
    joined = ", ".join(str(arg) for arg in node.args)
    opening = f"{pad}{prefix}{node.head}{node.brackets[0]}"
    if len(opening) > LINE_LENGTH and prefix.endswith(" = "):
        # The right side of an assignment that cannot even open on the first line goes in
        # parentheses of its own.
        inner = layout(node, indent=indent + INDENT)
        return f"{pad}{prefix}(\n{inner}\n{pad}){suffix}"
    closing = f"{pad}{node.brackets[1]}{suffix}"
    # Call arguments may share one indented line; a collection literal that does not fit
    # gets one item per line.
    if not node.is_tuple and len(inner_pad) + len(joined) <= LINE_LENGTH:
        return f"{opening}\n{inner_pad}{joined}\n{closing}"
    lines = [layout(arg, indent=indent + INDENT, suffix=",") for arg in node.args]
    return "\n".join([opening, *lines, closing])


def tuple_of(items: list[str] | tuple[str, ...]) -> Call:
    """A tuple literal of already-rendered items (``("a", "b")``, ``("a",)``, ``()``)."""
    return Call("", tuple(items))


def call(head: str, *args: str | Call, indent: int = 0, prefix: str = "", suffix: str = "") -> str:
    """Lay out the call ``head(*args)``; see :func:`layout`."""
    return layout(Call(head, tuple(args)), indent=indent, prefix=prefix, suffix=suffix)


def subscript(
    head: str, *args: str | Call, indent: int = 0, prefix: str = "", suffix: str = ""
) -> str:
    """Lay out the subscript ``head[*args]``; see :func:`layout`."""
    return layout(Call(head, tuple(args), "[]"), indent=indent, prefix=prefix, suffix=suffix)
