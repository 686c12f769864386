"""The keys the schema allows at a place in a document, for the message about an unknown key.

They are read from the schema models by following the document path, as `references.py` walks
them, so the hint cannot disagree with what validation accepts.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any, Union

from pydantic import BaseModel

from simulator.scenario.references import Loc, matching_arms


def allowed_keys(root: type[BaseModel], data: Any, loc: Loc) -> list[str] | None:
    """The keys the schema allows in the mapping at `loc`, or None if that is not a model."""
    annotation: Any = root
    node = data
    for part in loc:
        model = _model(annotation, node)
        if model is not None and isinstance(part, str):
            annotation = _field_annotation(model, part)
        elif isinstance(part, int):
            annotation = _item_annotation(annotation, node)
        else:
            annotation = _value_annotation(annotation, node)
        if annotation is None:
            return None
        node = _child(node, part)
    model = _model(annotation, node)
    return [info.alias or name for name, info in model.model_fields.items()] if model else None


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, Mapping):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _field_annotation(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return info.annotation
    return None


def _item_annotation(annotation: Any, node: Any) -> Any:
    annotation = _unwrap(annotation, node)
    if typing.get_origin(annotation) in (list, tuple):
        args = typing.get_args(annotation)
        return args[0] if args else None
    return None


def _value_annotation(annotation: Any, node: Any) -> Any:
    annotation = _unwrap(annotation, node)
    if typing.get_origin(annotation) is dict:
        return typing.get_args(annotation)[1]
    return None


def _model(annotation: Any, node: Any) -> type[BaseModel] | None:
    annotation = _unwrap(annotation, node)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _unwrap(annotation: Any, node: Any) -> Any:
    """Strip `Annotated` and choose the union arm that fits `node` (by its `type` tag)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            arms = [a for a in matching_arms(typing.get_args(annotation), node) if _fits(a, node)]
            if len(arms) != 1:
                return None
            annotation = arms[0]
        else:
            return annotation


def _fits(arm: Any, node: Any) -> bool:
    """Whether a union arm could describe `node`: models and dicts for mappings, lists for
    lists."""
    inner = typing.get_args(arm)[0] if typing.get_origin(arm) is typing.Annotated else arm
    if isinstance(node, Mapping):
        return typing.get_origin(inner) is dict or (
            isinstance(inner, type) and issubclass(inner, BaseModel)
        )
    if isinstance(node, list):
        return typing.get_origin(inner) in (list, tuple)
    return inner is not type(None)
