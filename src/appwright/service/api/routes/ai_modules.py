"""Routes: AI modules — one definition step alone (``POST /ai-modules/definition-step``)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from appwright.design.service import EmptyDescriptionError, design_step
from appwright.design.steps import STEP_IDS, StepFailedError, UnknownStepError
from appwright.service.api.deps import BuilderDep, ContextDep, DbDep
from appwright.service.schemas.ai_modules import (
    DefinitionStepRequest,
    DefinitionStepResponse,
    StepUsageRead,
)
from appwright.service.usage_records import record_usage
from appwright.spec import SpecValidationError, load_spec

router = APIRouter(prefix="/ai-modules", tags=["ai modules"])


@router.post("/definition-step")
def run_definition_step(
    body: DefinitionStepRequest, principal: BuilderDep, context: ContextDep, db: DbDep
) -> DefinitionStepResponse:
    """Run one of the six definition steps on ``userInput`` (and the spec so far, if given).

    400 for an unknown ``stepId`` (the valid ids are listed), 422 for an invalid ``spec`` (every
    problem's path and message), 502 when the model and the offline designer both failed.
    """
    if body.step_id not in STEP_IDS:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            f"unknown stepId {body.step_id!r}; valid ids: {', '.join(STEP_IDS)}",
        )
    spec = None
    if body.spec is not None:
        try:
            spec = load_spec(body.spec)
        except SpecValidationError as error:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, error.to_json()) from None
    try:
        result = design_step(body.step_id, body.user_input, spec, context.provider_factory())
    except UnknownStepError as error:  # the check above keeps this for a registry change
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None
    except EmptyDescriptionError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None
    except StepFailedError as error:
        raise HTTPException(
            status.HTTP_502_BAD_GATEWAY, f"the {error.step_id} step failed: {error.reason}"
        ) from None
    # The model calls are accounted for even though nothing else is stored.
    record_usage(db, workspace_id=principal.workspace_id, session_id=None, records=result.usage)
    return DefinitionStepResponse(
        step_id=result.step_id,
        structure=result.structure.model_dump(mode="json", by_alias=True),
        spec=result.spec.to_json_dict(),
        questions=list(result.questions),
        path=result.path,
        fallback_reason=result.fallback_reason,
        usage=[
            StepUsageRead(
                purpose=record.purpose,
                provider=record.provider,
                model=record.model,
                input_tokens=record.input_tokens,
                output_tokens=record.output_tokens,
                cost_usd=record.cost_usd,
                latency_seconds=record.latency_seconds,
                outcome=record.outcome,
            )
            for record in result.usage
        ],
    )
