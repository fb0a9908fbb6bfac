"""Page: the workspace's modules, each with its versions and their downloads."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from appwright.service.crud.modules import list_modules
from appwright.service.schemas.modules import ModuleRead
from appwright.web.pages import PageDep

router = APIRouter(tags=["web"], include_in_schema=False)

MODULES_SHOWN = 200


@dataclass
class ModuleFamily:
    """Every version of one module (one slug), newest first."""

    slug: str
    name: str
    versions: list[ModuleRead] = field(default_factory=list)


def module_families(modules: list[ModuleRead]) -> list[ModuleFamily]:
    """Modules grouped by slug, in the order of their newest version (``modules`` newest first)."""
    families: dict[str, ModuleFamily] = {}
    for module in modules:
        family = families.setdefault(module.slug, ModuleFamily(slug=module.slug, name=module.name))
        family.versions.append(module)
    return list(families.values())


@router.get("/modules", response_class=HTMLResponse)
def modules_page(page: PageDep) -> HTMLResponse:
    modules, total = list_modules(
        page.db, workspace_id=page.principal.workspace_id, limit=MODULES_SHOWN, offset=0
    )
    reads = [ModuleRead.of(module) for module in modules]
    return page.render(
        "modules.html", {"families": module_families(reads), "total": total, "shown": len(reads)}
    )
