"""An assistant's reply as the conversation pane shows it: paragraphs and lists, the
clarifying questions apart (they become quick-answer buttons), and the "what changed" list
left out when the version's changelog is shown beside the reply anyway."""

from __future__ import annotations

from dataclasses import dataclass, field

QUESTIONS_HEADING = "Questions:"
BULLET = "- "


@dataclass
class TextBlock:
    lead: str
    """The block's first line (a sentence or a heading such as "What changed:")."""
    items: list[str] = field(default_factory=list)
    """Its ``- `` bullet lines."""


@dataclass
class ReplyView:
    blocks: list[TextBlock]
    questions: list[str]


def _block(text: str) -> TextBlock:
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    lead: list[str] = []
    items: list[str] = []
    for line in lines:
        if line.startswith(BULLET):
            items.append(line[len(BULLET) :].strip())
        elif items:
            items[-1] += f" {line.strip()}"
        else:
            lead.append(line.strip())
    return TextBlock(lead=" ".join(lead), items=items)


def reply_view(content: str, changelog: list[str] | None = None) -> ReplyView:
    """``content`` split into blocks at blank lines; the ``Questions:`` block's items become
    ``questions``; a block whose items are all changelog sentences keeps only its lead (the
    changelog is shown with the version)."""
    shown = set(changelog or [])
    blocks: list[TextBlock] = []
    questions: list[str] = []
    for chunk in content.split("\n\n"):
        if not chunk.strip():
            continue
        block = _block(chunk)
        if block.lead == QUESTIONS_HEADING:
            questions.extend(block.items)
            continue
        if shown and block.items and all(item in shown for item in block.items):
            block = TextBlock(lead=block.lead.removesuffix(" What changed:").rstrip(":"))
            if not block.lead:
                continue
        blocks.append(block)
    return ReplyView(blocks=blocks, questions=questions)
