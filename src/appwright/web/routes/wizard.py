"""Pages: the six-step definition wizard (``/wizard``, ``/sessions/{id}/wizard``).

One form carries the whole wizard (see ``appwright.web.wizard.state``); its buttons say what to
do: go to a step, add or remove a row, generate this step from its description, or create a
spec version. Generating and saving call the very functions behind
``POST /api/v1/ai-modules/definition-step``, ``POST /api/v1/sessions`` and
``PUT /api/v1/sessions/{id}/spec``, so the wizard's result is a version like any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from appwright.design.steps import STEP_IDS
from appwright.service.api.deps import BUILD_ROLES, not_found
from appwright.service.api.routes.ai_modules import run_definition_step
from appwright.service.api.routes.sessions import start_session
from appwright.service.api.routes.versions import edit_spec
from appwright.service.crud.sessions import get_session
from appwright.service.models import BuildSession
from appwright.service.schemas.ai_modules import DefinitionStepRequest
from appwright.service.schemas.messages import MAX_MESSAGE_CHARS
from appwright.service.schemas.sessions import SessionCreate
from appwright.service.schemas.versions import SpecEdit
from appwright.service.session_versions import current_version
from appwright.spec import SpecIssue, SpecValidationError, load_spec
from appwright.web.pages import Page, PageDep
from appwright.web.wizard.convert import (
    StepForm,
    add_row,
    apply_structure,
    form_from_post,
    form_from_spec,
    problems_by_input,
    remove_row,
    row_lists,
    structure_from_form,
)
from appwright.web.wizard.layout import ENTITY_LIST, ROLE_LIST, STEP_LAYOUTS
from appwright.web.wizard.state import (
    ACTION_INPUT,
    WizardState,
    WizardStateError,
    parse_action,
    state_from_post,
)

router = APIRouter()

PATH_LABELS = {
    "model": "designed by the model",
    "model_repaired": "designed by the model (after a repair)",
    "offline_fallback": "designed by the offline designer (the model's answers were unusable)",
    "offline": "designed by the offline designer (no model is configured)",
}


@dataclass
class WizardView:
    """Everything the wizard's template shows besides the form's own values."""

    state: WizardState
    form: StepForm
    session: BuildSession | None = None
    problems: list[SpecIssue] = field(default_factory=list)
    problems_title: str = ""
    failure: str | None = None
    """Why generating failed (the model and the offline designer both): offer to try again."""
    generated: str | None = None
    """How the step was just generated (a PATH_LABELS text)."""
    fallback_reason: str | None = None
    questions: list[str] = field(default_factory=list)
    focus: str | None = None
    """The input (or row) to focus after the swap: an added row's first input."""

    @property
    def errors(self) -> dict[str, list[str]]:
        return problems_by_input(self.form, self.problems)

    @property
    def steps(self) -> list[dict[str, Any]]:
        spec = self.state.spec or {}
        return [
            {
                "id": step_id,
                "number": number,
                "title": layout.title,
                "current": step_id == self.state.step_id,
                "filled": any(spec.get(key) for key in layout.sections if key != "name"),
            }
            for number, (step_id, layout) in enumerate(STEP_LAYOUTS.items(), start=1)
        ]

    @property
    def suggestions(self) -> dict[str, list[str]]:
        spec = self.state.spec or {}
        entities = [e["name"] for e in spec.get("entities", []) if isinstance(e, dict)]
        permissions = spec.get("permissions") or {}
        roles = list(permissions.get("roles") or []) if isinstance(permissions, dict) else []
        return {ENTITY_LIST: entities, ROLE_LIST: roles}


async def posted_form(request: Request) -> dict[str, list[str]]:
    """The posted form as lists of strings (files are not part of the wizard)."""
    data = await request.form()
    return {key: [value for value in data.getlist(key) if isinstance(value, str)] for key in data}


PostedDep = Annotated[dict[str, list[str]], Depends(posted_form)]


@router.get("/wizard", response_class=HTMLResponse)
def new_wizard(page: PageDep) -> Response:
    """A new app, step by step (Create version starts its session)."""
    page.require(BUILD_ROLES, "design apps")
    state = WizardState()
    return _render(page, WizardView(state, form_from_spec(state.step_id, None)))


@router.get("/sessions/{session_id}/wizard", response_class=HTMLResponse)
def session_wizard(session_id: str, page: PageDep) -> Response:
    """The wizard over a session's current version (Create version adds the next one)."""
    page.require(BUILD_ROLES, "design apps")
    session = _session(page, session_id)
    version = current_version(page.db, session)
    state = WizardState(spec=dict(version.spec) if version else None, session_id=session.id)
    return _render(page, WizardView(state, form_from_spec(state.step_id, state.spec), session))


@router.post("/wizard", response_class=HTMLResponse)
def wizard_action(page: PageDep, posted: PostedDep) -> Response:
    page.require(BUILD_ROLES, "design apps")
    try:
        state = state_from_post(posted)
    except WizardStateError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"{error}: reload the wizard") from None
    session = _session(page, state.session_id) if state.session_id else None
    form = form_from_post(state.step_id, posted)
    view = WizardView(state, form, session)
    verb, argument = parse_action(_first(posted, ACTION_INPUT))
    if verb == "add":
        if add_row(form, argument):
            view.focus = _added_row_focus(form, argument)
        return _render(page, view)
    if verb == "remove":
        remove_row(form, argument)
        return _render(page, view)
    structure, problems = structure_from_form(form)
    if problems:
        view.problems, view.problems_title = problems, "Fix these values first"
        return _render(page, view, invalid=True)
    state.spec = apply_structure(state.spec, state.step_id, structure)
    if verb == "goto" and argument in STEP_IDS:
        state.step_id = argument
        view.form = form_from_spec(argument, state.spec)
        return _render(page, view)
    if verb == "generate":
        return _generate(page, view)
    if verb == "create":
        return _create_version(page, view)
    return _render(page, view)


def _generate(page: Page, view: WizardView) -> Response:
    state = view.state
    text = state.description(state.step_id)
    if not text:
        view.failure = None
        view.problems = [SpecIssue("description", "describe this step first, then generate")]
        view.problems_title = "Nothing to generate from"
        return _render(page, view, invalid=True)
    if len(text) > MAX_MESSAGE_CHARS:
        view.problems = [
            SpecIssue("description", f"shorten the description to {MAX_MESSAGE_CHARS} characters")
        ]
        view.problems_title = "The description is too long"
        return _render(page, view, invalid=True)
    spec_so_far = state.spec if state.spec and state.spec.get("entities") else None
    request = DefinitionStepRequest(step_id=state.step_id, user_input=text, spec=spec_so_far)
    try:
        answer = run_definition_step(request, page.principal, page.context, page.db)
    except HTTPException as error:
        if error.status_code == status.HTTP_502_BAD_GATEWAY:
            view.failure = str(error.detail)
        else:
            view.problems = _issues(error.detail)
            view.problems_title = "The design so far has problems to fix before generating"
        return _render(page, view, invalid=True)
    state.spec = answer.spec
    view.form = form_from_spec(state.step_id, state.spec)
    view.generated = PATH_LABELS.get(answer.path, answer.path)
    view.fallback_reason = answer.fallback_reason
    view.questions = answer.questions
    return _render(page, view)


def _create_version(page: Page, view: WizardView) -> Response:
    spec = view.state.spec or {}
    try:
        load_spec(spec)
    except SpecValidationError as error:
        view.problems = list(error.issues)
        view.problems_title = "The design is not complete yet"
        return _render(page, view, invalid=True)
    session_id = view.state.session_id
    try:
        if session_id is None:
            created = start_session(
                SessionCreate(title=str(spec.get("name") or "Untitled app")[:200]),
                page.principal,
                page.context,
                page.db,
            )
            session_id = view.state.session_id = created.id
        edit_spec(session_id, SpecEdit(spec=spec), page.principal, page.db)
    except HTTPException as error:
        view.problems = _issues(error.detail)
        view.problems_title = "The version could not be created"
        return _render(page, view, invalid=True)
    target = f"/sessions/{session_id}"
    if page.request.headers.get("HX-Request") == "true":
        return Response(status_code=status.HTTP_204_NO_CONTENT, headers={"HX-Redirect": target})
    return RedirectResponse(target, status.HTTP_303_SEE_OTHER)


def _added_row_focus(form: StepForm, collection_path: str) -> str | None:
    for path, collection, rows in row_lists(form):
        if path == collection_path and rows:
            return rows[-1].input_name(collection.columns[0])
    return None


def _issues(detail: object) -> list[SpecIssue]:
    """An API error's detail as problems: the list of ``{path, message}``, or one message."""
    if isinstance(detail, list):
        return [
            SpecIssue(str(item.get("path", "$")), str(item.get("message", item)))
            if isinstance(item, Mapping)
            else SpecIssue("$", str(item))
            for item in detail
        ]
    return [SpecIssue("$", str(detail))]


def _session(page: Page, session_id: str) -> BuildSession:
    session = get_session(page.db, workspace_id=page.principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _render(page: Page, view: WizardView, *, invalid: bool = False) -> HTMLResponse:
    if page.request.headers.get("HX-Request") == "true":
        # HTMX swaps only 2xx answers: a form with problems is still the form to show.
        return page.render("wizard/partials/wizard.html", {"view": view})
    code = status.HTTP_422_UNPROCESSABLE_CONTENT if invalid else status.HTTP_200_OK
    return page.render("wizard/page.html", {"view": view}, status_code=code)


def _first(data: Mapping[str, Sequence[str]], name: str) -> str:
    values = data.get(name)
    return values[0] if values else ""
