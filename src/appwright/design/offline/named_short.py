"""A record named in full once and by its head after: *operators log every roast batch ... a
batch is roasted on one of our roasters; we record the batch number, ...* is one record, the
roast batch, whose list was told under the short name before the full one was known.
"""

from __future__ import annotations

from appwright.design.offline.draft import ModelDraft


def under_the_full_name(model: ModelDraft) -> None:
    """Fold each one-word record with a list into the one record named in full with that
    head (``batch`` into ``roast_batch``), when the full one holds nothing of its own but the
    records it points at (and perhaps a name)."""
    for short in [name for name in model.entities if "_" not in name]:
        full = [name for name in model.entities if name.endswith(f"_{short}")]
        kept = model.entities[short]
        if len(full) != 1 or not any(f.reference is None for f in kept.fields):
            continue
        whole = model.entities[full[0]]
        pointers = [f for f in whole.fields if f.reference is not None]
        points = pointers or any(link.source == full[0] for link in model.links)
        if not points or any(f.reference is None and f.name != "name" for f in whole.fields):
            continue  # (a full name nothing was told of is only a title: *ring stewards*)
        # the full one's *name* only stood in for a list it had not been told yet
        whole.fields = pointers + [
            f for f in kept.fields if f.name not in {p.name for p in pointers}
        ]
        whole.declared = whole.declared or kept.declared
        del model.entities[short]
        for link in model.links:
            link.source = full[0] if link.source == short else link.source
            link.target = full[0] if link.target == short else link.target
        for entity in model.entities.values():
            for field in entity.fields:
                field.reference = full[0] if field.reference == short else field.reference
        if model.topic == short:
            model.topic = full[0]
