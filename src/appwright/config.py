"""appwright's settings: environment variables (prefix ``APPWRIGHT_``, ``__`` between levels)
over an optional settings file (TOML, JSON or YAML) over the defaults.

Examples: ``APPWRIGHT_LLM__PROVIDER=openai``, ``APPWRIGHT_LLM__MODEL=gpt-4.1-mini``,
``APPWRIGHT_LLM__PURPOSES__CLASSIFY__MODEL=gpt-4.1-nano``, ``APPWRIGHT_CONFIG_FILE=appwright.toml``
with ``[llm] provider = "anthropic"`` in the file.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    JsonConfigSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
    YamlConfigSettingsSource,
)

from appwright.llm.settings import LLMSettings
from appwright.service.settings import ServiceSettings

CONFIG_FILE_ENV = "APPWRIGHT_CONFIG_FILE"

# The file load_settings() was asked to read; settings sources are built by a classmethod, so
# this is how the path reaches it without global state outliving the call.
_requested_config_file: ContextVar[Path | None] = ContextVar("appwright_config_file", default=None)


class AppwrightSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="APPWRIGHT_", env_nested_delimiter="__", extra="ignore"
    )

    llm: LLMSettings = Field(default_factory=LLMSettings)
    service: ServiceSettings = Field(default_factory=ServiceSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = _requested_config_file.get() or _config_file_from_env()
        if path is None:
            return (init_settings, env_settings)
        return (init_settings, env_settings, _file_source(settings_cls, path))


def load_settings(config_file: Path | None = None) -> AppwrightSettings:
    """Settings from the environment over ``config_file`` (default: $APPWRIGHT_CONFIG_FILE)."""
    token = _requested_config_file.set(config_file)
    try:
        return AppwrightSettings()
    finally:
        _requested_config_file.reset(token)


def _config_file_from_env() -> Path | None:
    value = os.environ.get(CONFIG_FILE_ENV, "").strip()
    return Path(value) if value else None


def _file_source(settings_cls: type[BaseSettings], path: Path) -> PydanticBaseSettingsSource:
    if not path.is_file():
        raise FileNotFoundError(f"settings file not found: {path}")
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return TomlConfigSettingsSource(settings_cls, toml_file=path)
    if suffix == ".json":
        return JsonConfigSettingsSource(settings_cls, json_file=path)
    if suffix in (".yaml", ".yml"):
        return YamlConfigSettingsSource(settings_cls, yaml_file=path)
    raise ValueError(f"settings file {path}: use a .toml, .json or .yaml file")
