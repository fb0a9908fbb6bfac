"""State flows as Mermaid ``stateDiagram-v2`` source, one diagram per flow."""

from __future__ import annotations

from dataclasses import dataclass

from appwright.spec.models import AppSpec, StateFlow, Transition
from appwright.web.design_views.mermaid import mermaid_label


@dataclass(frozen=True)
class StateFlowDiagram:
    entity: str
    field: str
    initial: str | None
    states: list[str]
    final_states: list[str]
    """States no transition leaves: the ends of the flow."""
    source: str
    """The ``stateDiagram-v2`` source."""


def _transition_label(transition: Transition) -> str:
    label = transition.label or transition.name.replace("_", " ")
    if transition.roles:
        label += f" ({', '.join(transition.roles)})"
    return mermaid_label(label)


def _sources(transition: Transition, states: list[str]) -> list[str]:
    # "*" means every state but the target; normalized specs never have it, but drafts may.
    if "*" in transition.from_:
        return [state for state in states if state != transition.to]
    return list(transition.from_)


def state_flow_diagram(flow: StateFlow) -> StateFlowDiagram:
    """The flow's diagram: the initial state marked, each transition an arrow labelled with its
    label (or name) and the roles allowed to make it, the final states leading to the end.

    States are free text, so each gets a generated identifier (``s0``, ``s1``...) and its
    name as the label; a transition naming an undeclared state still shows that state."""
    states = list(flow.states)
    for transition in flow.transitions:
        for state in [*transition.from_, transition.to]:
            if state != "*" and state not in states:
                states.append(state)
    ids = {state: f"s{index}" for index, state in enumerate(states)}
    lines = ["stateDiagram-v2", "  direction LR"]
    lines.extend(f'  state "{mermaid_label(state)}" as {ids[state]}' for state in states)
    initial = flow.initial or (flow.states[0] if flow.states else None)
    if initial in ids:
        lines.append(f"  [*] --> {ids[initial]}")
    leaving: set[str] = set()
    for transition in flow.transitions:
        for source in _sources(transition, states):
            leaving.add(source)
            lines.append(
                f"  {ids[source]} --> {ids[transition.to]} : {_transition_label(transition)}"
            )
    final_states = [state for state in states if state not in leaving]
    lines.extend(f"  {ids[state]} --> [*]" for state in final_states)
    return StateFlowDiagram(
        entity=flow.entity,
        field=flow.field,
        initial=initial,
        states=states,
        final_states=final_states,
        source="\n".join(lines),
    )


def state_flow_diagrams(spec: AppSpec) -> list[StateFlowDiagram]:
    return [state_flow_diagram(flow) for flow in spec.state_flows]
