"""The in-memory hook API the sandbox tests hooks with: the contract's checks, in process."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from support.service import EXAMPLES_DIR

from appwright.healing import hook_target, sample_cases
from appwright.healing.runtime import (
    HookPermissionError,
    InvalidValueError,
    MemoryHookApi,
    MissingSettingError,
    UnknownEntityError,
    UnknownFieldError,
)
from appwright.spec import AppSpec, load_spec


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    return load_spec(EXAMPLES_DIR / "inventory.json")


@pytest.fixture
def api(spec: AppSpec) -> MemoryHookApi:
    target = hook_target(spec, spec.automations[0])
    case = sample_cases(spec, target)[0]  # a row of every entity
    return MemoryHookApi(target.schema, case.rows, target.settings, case.event)


def test_reads_give_decimals_as_decimal(api: MemoryHookApi) -> None:
    product = api.get("product", 1)
    assert product is not None
    assert isinstance(product["price"], Decimal)
    assert api.get("product", 99) is None
    assert [row["id"] for row in api.find("stock_alert", {"product_id": 1, "status": "open"})] == [
        1
    ]
    assert api.find("stock_alert", {"status": "resolved"}) == []


def test_create_fills_defaults_and_the_initial_state(api: MemoryHookApi) -> None:
    alert = api.create(
        "stock_alert",
        {"product_id": 1, "quantity": 2, "threshold": 5, "raised_on": dt.date(2026, 2, 1)},
    )
    assert alert["id"] == 2
    assert alert["status"] == "open"
    assert alert["raised_on"] == "2026-02-01"
    assert api.writes[-1]["action"] == "create"


def test_transitions_follow_the_flow(api: MemoryHookApi) -> None:
    assert api.transition("stock_alert", 1, "resolve")["status"] == "resolved"
    with pytest.raises(InvalidValueError, match="cannot resolve"):
        api.transition("stock_alert", 1, "resolve")
    with pytest.raises(InvalidValueError, match="no transition 'close'"):
        api.transition("stock_alert", 1, "close")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda api: api.get("invoice", 1), UnknownEntityError),
        (lambda api: api.find("product", {"qty": 1}), UnknownFieldError),
        (lambda api: api.update("product", 1, {"qty": 1}), UnknownFieldError),
        (lambda api: api.create("stock_alert", {"product_id": 1}), InvalidValueError),
        (lambda api: api.update("product", 1, {"quantity": "many"}), InvalidValueError),
        (lambda api: api.update("product", 1, {"category_id": 42}), InvalidValueError),
        (lambda api: api.update("order", 1, {"status": "received"}), InvalidValueError),
        (lambda api: api.update("product", 1, {"created_by_id": 7}), HookPermissionError),
        (lambda api: api.update("product", 99, {"quantity": 1}), InvalidValueError),
        (lambda api: api.setting("alert_email"), MissingSettingError),
    ],
    ids=[
        "unknown entity", "unknown field in find", "unknown field in update", "required left out",
        "wrong type", "dangling reference", "state field", "implicit field", "missing row",
        "missing setting",
    ],
)  # fmt: skip
def test_refused_writes_and_reads(api: MemoryHookApi, call: object, error: type) -> None:
    with pytest.raises(error):
        call(api)  # type: ignore[operator]


def test_settings_have_their_defaults(api: MemoryHookApi) -> None:
    assert api.setting("currency") == "EUR"
