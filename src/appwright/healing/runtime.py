"""The hook API over in-memory rows, and the harness that tests a hook inside the sandbox.

This file is copied as is into the sandbox's work directory, next to the hook (``hook.py``),
and run there as ``python runtime.py``: standard library only, no appwright import (the
sandbox sees the interpreter, not this package). It reads the test cases from the sandbox's
input, runs ``hook.run(record, api)`` once per case on fresh rows, and writes one JSON result
with each case's outcome, the hook's writes and, on failure, the exception's type, message and
the hook's lines of the traceback.

The exception classes are the hook contract's (see ``appwright.healing.hooks``): the generated
app's own hook API raises exceptions with the same names, so a failure is classified the same
way wherever it happened.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import decimal
import importlib.util
import io
import json
import os
import traceback
from collections.abc import Mapping
from typing import Any

HOOK_FILE = "hook.py"
HOOK_FUNCTION = "run"
MAX_MESSAGE_CHARS = 2000
MAX_PRINTED_CHARS = 4000
IMPLICIT_FIELDS = ("id", "created_at", "updated_at", "created_by_id")


class HookError(Exception):
    """Base of the errors the hook API raises."""


class UnknownEntityError(HookError, LookupError):
    """The hook named an entity the app does not have."""


class UnknownFieldError(HookError, LookupError):
    """The hook named a field its entity does not have."""


class MissingSettingError(HookError, LookupError):
    """The hook read a setting that has no value."""


class HookPermissionError(HookError, PermissionError):
    """The hook tried a write the API does not allow."""


class InvalidValueError(HookError, ValueError):
    """A value the entity's field does not accept, or a required field left out."""


class HookOutputError(HookError, TypeError):
    """The hook returned something other than a JSON object or None."""


class HookContractError(HookError, AttributeError):
    """The hook file has no ``run(record, api)`` function."""


def _json_value(value: Any) -> Any:
    """``value`` with decimals, dates and datetimes as strings (for the JSON result)."""
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_value(item) for item in value]
    return value


class MemoryHookApi:
    """The hook API over rows held in memory: the same contract and checks as the app's.

    ``schema`` maps each entity to ``{"fields": {name: {"type", "required", "default",
    "options", "reference", "state"}}, "transitions": {name: {"from": [...], "to": ...}}}``.
    """

    def __init__(
        self,
        schema: Mapping[str, Any],
        rows: Mapping[str, list[dict[str, Any]]],
        settings: Mapping[str, Any],
        event: Mapping[str, Any],
    ) -> None:
        self._schema = schema
        self._rows = {name: [dict(row) for row in rows.get(name, [])] for name in schema}
        self._settings = dict(settings)
        self.event = dict(event)
        self.writes: list[dict[str, Any]] = []

    def get(self, entity: str, id: int) -> dict[str, Any] | None:
        """The row ``id`` of ``entity``, or None."""
        for row in self._table(entity):
            if row["id"] == id:
                return self._record(entity, row)
        return None

    def find(self, entity: str, where: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of ``entity`` whose fields equal every value of ``where``, by id."""
        conditions = dict(where or {})
        for name in conditions:
            self._field(entity, name)
        rows = [
            row
            for row in self._table(entity)
            if all(_same(row.get(name), value) for name, value in conditions.items())
        ]
        return [self._record(entity, row) for row in sorted(rows, key=lambda row: row["id"])]

    def create(self, entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """A new row of ``entity``; state fields start at their flow's initial state."""
        fields = self._fields(entity)
        clean = self._values(entity, values)
        for name, field in fields.items():
            if field.get("state"):
                clean[name] = field["default"]
            elif name not in clean:
                if field.get("required") and field.get("default") is None:
                    raise InvalidValueError(f"{entity}.{name} is required")
                clean[name] = field.get("default")
        table = self._table(entity)
        now = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC).isoformat()
        row = {
            "id": max((row["id"] for row in table), default=0) + 1,
            "created_at": now,
            "updated_at": now,
            "created_by_id": 1,
            **clean,
        }
        table.append(row)
        self.writes.append({"action": "create", "entity": entity, "values": _json_value(clean)})
        return self._record(entity, row)

    def update(self, entity: str, id: int, values: Mapping[str, Any]) -> dict[str, Any]:
        """Row ``id`` of ``entity`` with ``values`` changed (state fields: use ``transition``)."""
        row = self._existing(entity, id)
        clean = self._values(entity, values)
        row.update(clean)
        self.writes.append(
            {"action": "update", "entity": entity, "id": id, "values": _json_value(clean)}
        )
        return self._record(entity, row)

    def transition(self, entity: str, id: int, name: str) -> dict[str, Any]:
        """Row ``id`` of ``entity`` after its state flow's transition ``name``."""
        transitions = self._schema_of(entity).get("transitions") or {}
        if name not in transitions:
            known = ", ".join(transitions) or "none"
            raise InvalidValueError(f"{entity} has no transition {name!r}; transitions: {known}")
        row = self._existing(entity, id)
        state_field = next(n for n, f in self._fields(entity).items() if f.get("state"))
        move = transitions[name]
        if row.get(state_field) not in move["from"]:
            raise InvalidValueError(
                f"cannot {name} {entity} {id} from {row.get(state_field)}; "
                f"allowed from: {', '.join(move['from'])}"
            )
        row[state_field] = move["to"]
        self.writes.append({"action": "transition", "entity": entity, "id": id, "name": name})
        return self._record(entity, row)

    def setting(self, key: str) -> Any:
        """The app setting ``key``; MissingSettingError when it has no value."""
        value = self._settings.get(key)
        if value is None:
            raise MissingSettingError(f"the setting {key!r} has no value")
        return value

    def _schema_of(self, entity: str) -> Mapping[str, Any]:
        if not isinstance(entity, str) or entity not in self._schema:
            known = ", ".join(sorted(self._schema))
            raise UnknownEntityError(f"no entity {entity!r}; entities: {known}")
        schema: Mapping[str, Any] = self._schema[entity]
        return schema

    def _fields(self, entity: str) -> Mapping[str, Any]:
        fields: Mapping[str, Any] = self._schema_of(entity)["fields"]
        return fields

    def _field(self, entity: str, name: str) -> Mapping[str, Any]:
        fields = self._fields(entity)
        if name in IMPLICIT_FIELDS:
            return {"type": "integer" if name.endswith("id") else "datetime", "implicit": True}
        if name not in fields:
            known = ", ".join(fields)
            raise UnknownFieldError(f"{entity} has no field {name!r}; fields: {known}")
        field: Mapping[str, Any] = fields[name]
        return field

    def _table(self, entity: str) -> list[dict[str, Any]]:
        self._schema_of(entity)
        return self._rows[entity]

    def _existing(self, entity: str, id: int) -> dict[str, Any]:
        for row in self._table(entity):
            if row["id"] == id:
                return row
        raise InvalidValueError(f"no {entity} with id {id!r}")

    def _values(self, entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(values, Mapping):
            raise InvalidValueError(f"values for {entity} must be a dict, not {type(values)}")
        clean: dict[str, Any] = {}
        for name, value in values.items():
            field = self._field(entity, name)
            if field.get("implicit"):
                raise HookPermissionError(f"{entity}.{name} is set by the app, not by hooks")
            if field.get("state"):
                raise InvalidValueError(
                    f"{entity}.{name} follows the state flow: use api.transition(...)"
                )
            clean[name] = self._checked(entity, name, field, value)
        return clean

    def _checked(self, entity: str, name: str, field: Mapping[str, Any], value: Any) -> Any:
        label = f"{entity}.{name}"
        if value is None:
            if field.get("required"):
                raise InvalidValueError(f"{label} is required and cannot be None")
            return None
        kind = field.get("type")
        if kind in ("integer", "reference"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidValueError(f"{label} must be an integer, not {value!r}")
            if kind == "reference" and self.get(field["reference"], value) is None:
                raise InvalidValueError(f"{label}: no {field['reference']} with id {value}")
            return value
        if kind == "decimal":
            if isinstance(value, bool):
                raise InvalidValueError(f"{label} must be a number, not {value!r}")
            try:
                return decimal.Decimal(str(value))
            except decimal.InvalidOperation:
                raise InvalidValueError(f"{label} must be a number, not {value!r}") from None
        if kind == "boolean":
            if not isinstance(value, bool):
                raise InvalidValueError(f"{label} must be true or false, not {value!r}")
            return value
        if kind in ("date", "datetime"):
            return _temporal(label, kind, value)
        if kind == "enum":
            if value not in (field.get("options") or ()):
                raise InvalidValueError(
                    f"{label} must be one of {', '.join(field.get('options') or ())}"
                )
            return value
        if kind == "multi_enum":
            options = field.get("options") or ()
            if not isinstance(value, list) or any(item not in options for item in value):
                raise InvalidValueError(f"{label} must be a list of {', '.join(options)}")
            return value
        if kind == "json":
            return value
        if not isinstance(value, str):
            raise InvalidValueError(f"{label} must be text, not {value!r}")
        return value

    def _record(self, entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
        fields = self._fields(entity)
        record = copy.deepcopy(dict(row))
        for name, field in fields.items():
            if field.get("type") == "decimal" and record.get(name) is not None:
                record[name] = decimal.Decimal(str(record[name]))
        return record


def _same(stored: Any, wanted: Any) -> bool:
    if isinstance(stored, decimal.Decimal) or isinstance(wanted, decimal.Decimal):
        try:
            return decimal.Decimal(str(stored)) == decimal.Decimal(str(wanted))
        except decimal.InvalidOperation:
            return False
    if isinstance(wanted, dt.date):
        wanted = wanted.isoformat()
    return bool(stored == wanted)


def _temporal(label: str, kind: str, value: Any) -> str:
    if kind == "date" and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if kind == "datetime" and isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value) if kind == "date" else None
            if kind == "datetime":
                parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
        if parsed is not None:
            return value
    raise InvalidValueError(f"{label} must be a {kind} (ISO format), not {value!r}")


def _hook_frames(error: BaseException) -> tuple[str, int | None]:
    """The traceback lines inside the hook's file, and the last line number there."""
    frames = [
        frame
        for frame in traceback.extract_tb(error.__traceback__)
        if os.path.basename(frame.filename) == HOOK_FILE
    ]
    text = "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(error), error))
    return text[-MAX_MESSAGE_CHARS:], frames[-1].lineno if frames else None


def _load_hook() -> Any:
    spec = importlib.util.spec_from_file_location("hook", HOOK_FILE)
    if spec is None or spec.loader is None:
        raise HookContractError(f"cannot load {HOOK_FILE}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function = getattr(module, HOOK_FUNCTION, None)
    if not callable(function):
        raise HookContractError(f"{HOOK_FILE} defines no function {HOOK_FUNCTION}(record, api)")
    return function


def run_case(case: Mapping[str, Any], payload: Mapping[str, Any]) -> dict[str, Any]:
    """One case: a fresh hook module and fresh rows, the hook called once."""
    api = MemoryHookApi(
        payload["schema"], case.get("rows") or {}, payload.get("settings") or {}, case["event"]
    )
    entity = case["event"]["entity"]
    printed = io.StringIO()
    outcome: dict[str, Any] = {"name": case["name"], "ok": False}
    try:
        with contextlib.redirect_stdout(printed):
            hook = _load_hook()
            record = api._record(entity, case["record"])
            returned = hook(record, api)
        if returned is not None and not isinstance(returned, Mapping):
            raise HookOutputError(
                f"{HOOK_FUNCTION}() returned {type(returned).__name__}; "
                "it must return a dict (a summary of what it did) or None"
            )
        output = _json_value(returned)
        json.dumps(output)
        outcome.update(ok=True, output=output)
    except Exception as error:
        if isinstance(error, TypeError) and "JSON serializable" in str(error):
            # json.dumps refused the summary: name it as the output problem it is
            error = HookOutputError(f"the returned dict is not JSON: {error}")
        text, line = _hook_frames(error)
        outcome.update(
            error_class=type(error).__name__,
            error=str(error)[:MAX_MESSAGE_CHARS],
            traceback=text,
            line=line,
        )
    outcome["writes"] = _json_value(api.writes)
    outcome["printed"] = printed.getvalue()[-MAX_PRINTED_CHARS:]
    return outcome


def main() -> None:
    with open(os.environ["APPWRIGHT_INPUT"], encoding="utf-8") as handle:
        payload = json.load(handle)
    results = [run_case(case, payload) for case in payload["cases"]]
    with open(os.environ["APPWRIGHT_RESULT"], "w", encoding="utf-8") as handle:
        json.dump({"cases": results}, handle)


if __name__ == "__main__":
    main()
