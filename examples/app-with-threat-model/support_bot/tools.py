"""What the agent can do, besides talking.

Each tool declares its capabilities; ``tests/test_architecture.py`` checks that
they match the Tool elements of the threat model, so a new tool (or a new
capability) cannot ship without the model, and its controls, being updated.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any


class ApprovalRequired(Exception):
    """The action waits for a human agent's approval (``HumanInTheLoop``)."""


@dataclass(frozen=True)
class ToolSpec:
    """A tool the agent may call: its name in the threat model and what it can do."""

    name: str
    capabilities: frozenset[str]
    run: Callable[..., Any]


def lookup_order(
    orders: Mapping[str, dict[str, Any]], order_id: str, customer_id: str
) -> dict[str, Any]:
    """The order, if it belongs to the customer."""
    order = orders.get(order_id)
    if order is None or order["customer_id"] != customer_id:
        raise LookupError(f"no order {order_id!r} for this customer")
    return dict(order)


def issue_refund(order_id: str, amount_cents: int, *, approved_by: str | None = None) -> str:
    """Refund an order. Nothing happens until a support lead approves it."""
    if amount_cents <= 0:
        raise ValueError("refund amount must be positive")
    if not approved_by:
        raise ApprovalRequired(f"refund of {amount_cents} cents on {order_id} awaits approval")
    return f"refund:{order_id}:{amount_cents}:{approved_by}"


_ALLOWED_NODES = (
    ast.Expression,
    ast.BinOp,
    ast.UnaryOp,
    ast.Constant,
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.Pow,
    ast.USub,
    ast.UAdd,
)


def calculate(expression: str) -> float:
    """Evaluate arithmetic for the agent ("what is 3 x 19.99?").

    In production this runs in a gVisor sandbox without network or disk
    (``Sandboxing``); here, only arithmetic nodes are accepted at all.
    """
    tree = ast.parse(expression, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"not allowed in the calculator: {type(node).__name__}")
    return float(_evaluate(tree.body))


def _evaluate(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.UnaryOp):
        value = _evaluate(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left), _evaluate(node.right)
        ops: dict[type[ast.operator], Callable[[float, float], float]] = {
            ast.Add: lambda a, b: a + b,
            ast.Sub: lambda a, b: a - b,
            ast.Mult: lambda a, b: a * b,
            ast.Div: lambda a, b: a / b,
            ast.FloorDiv: lambda a, b: a // b,
            ast.Mod: lambda a, b: a % b,
            ast.Pow: lambda a, b: a**b,
        }
        return ops[type(node.op)](left, right)
    raise ValueError(f"not allowed in the calculator: {type(node).__name__}")


TOOLS: Mapping[str, ToolSpec] = MappingProxyType(
    {
        "Order lookup": ToolSpec("Order lookup", frozenset({"read"}), lookup_order),
        "Refund": ToolSpec("Refund", frozenset({"money-movement"}), issue_refund),
        "Calculator": ToolSpec("Calculator", frozenset({"execute-code"}), calculate),
    }
)
"""Every tool the agent can call, by its name in the threat model."""
