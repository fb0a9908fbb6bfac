from __future__ import annotations

from appwright.spec import AppSpec, load_spec
from appwright.spec.models import StateFlow
from appwright.web.design_views.mermaid import mermaid_label
from appwright.web.design_views.state_diagram import state_flow_diagram, state_flow_diagrams

TICKETS = {
    "name": "Helpdesk",
    "entities": [{"name": "ticket", "fields": [{"name": "subject"}]}],
    "permissions": {"roles": ["agent", "lead"]},
    "state_flows": [{
        "entity": "ticket", "field": "status", "states": ["new", "in progress", "closed"],
        "transitions": [
            {"name": "start", "from": "new", "to": "in progress", "roles": ["agent"]},
            {"name": "close", "label": "Close: done", "from": ["new", "in progress"],
             "to": "closed", "roles": ["agent", "lead"]},
        ],
    }],
}  # fmt: skip


def test_one_diagram_per_flow_with_every_state(example: AppSpec) -> None:
    diagrams = state_flow_diagrams(example)
    assert len(diagrams) == len(example.state_flows)
    for flow, diagram in zip(example.state_flows, diagrams, strict=True):
        assert diagram.source.startswith("stateDiagram-v2\n")
        assert diagram.entity == flow.entity
        for state in flow.states:
            assert f'"{mermaid_label(state)}"' in diagram.source
        arrows = sum(len(t.from_) for t in flow.transitions)
        assert diagram.source.count(" : ") == arrows


def test_initial_state_transitions_and_roles() -> None:
    diagram = state_flow_diagrams(load_spec(TICKETS))[0]
    lines = diagram.source.splitlines()
    assert '  state "new" as s0' in lines
    assert '  state "in progress" as s1' in lines
    assert "  [*] --> s0" in lines
    assert "  s0 --> s1 : start (agent)" in lines
    # the label's colon is escaped: a raw one would start a second label
    assert "  s1 --> s2 : Close#58; done (agent, lead)" in lines
    assert "  s0 --> s2 : Close#58; done (agent, lead)" in lines
    assert diagram.final_states == ["closed"]
    assert "  s2 --> [*]" in lines


def test_a_draft_flow_with_star_and_unknown_states_still_draws() -> None:
    flow = StateFlow.model_validate(
        {
            "entity": "order",
            "states": ["open", "paid"],
            "transitions": [
                {"name": "cancel", "from": "*", "to": "cancelled"},
                {"name": "pay", "from": "open", "to": "paid"},
            ],
        }
    )
    diagram = state_flow_diagram(flow)
    assert diagram.states == ["open", "paid", "cancelled"]
    assert "  s0 --> s2 : cancel" in diagram.source
    assert "  s1 --> s2 : cancel" in diagram.source
    assert diagram.initial == "open"
    assert diagram.final_states == ["cancelled"]
