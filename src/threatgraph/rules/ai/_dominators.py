"""Dominator trees, for "who still reaches this element if that one is avoided?".

The AI rules ask, for a flow ``v -> x``, which untrusted sources reach ``v``
without passing through ``x`` (the reader's own queries do not count as
content). When ``x`` lies upstream of ``v`` (both in one strongly connected
component), a plain search per question walks the whole component, and a model
with one large component asks that question once per flow: quadratic.

Dominators answer it for every ``x`` at once. Pick a root ``r`` in the
component. In the graph of flows reversed, ``x`` dominates ``u`` when every
path from ``u`` to ``r`` passes through ``x``. If ``r`` still reaches ``v``
without ``x`` (``x`` does not dominate ``v`` in the forward tree), then every
element upstream of ``r`` that ``x`` does not dominate reaches ``v`` without
``x`` too, and only ``x``'s subtree (usually a handful of elements) needs a
look of its own. Both trees are built once per root with the iterative
algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance
Algorithm", 2001).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

__all__ = ["DominatorTree"]


class DominatorTree:
    """The dominator tree of the nodes reachable from ``root`` along ``succ``.

    ``pred`` must give the reverse of ``succ`` (it may name nodes that ``root``
    does not reach; they are ignored). ``weight`` marks nodes to count per
    subtree.
    """

    __slots__ = ("_count", "_index", "_pre", "_seq", "_size", "nodes")

    def __init__(
        self,
        root: str,
        succ: Callable[[str], Iterable[str]],
        pred: Callable[[str], Iterable[str]],
        weight: Callable[[str], bool] = lambda _: False,
    ) -> None:
        # depth-first postorder from the root, without recursion
        order: list[str] = []
        index: dict[str, int] = {}
        seen = {root}
        stack = [(root, iter(succ(root)))]
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(succ(nxt))))
                    break
            else:
                stack.pop()
                index[node] = len(order)
                order.append(node)
        n = len(order)
        preds = [[index[p] for p in pred(order[i]) if p in index] for i in range(n)]
        idom = [-1] * n
        idom[n - 1] = n - 1  # the root comes last in postorder
        changed = True
        while changed:
            changed = False
            for b in range(n - 2, -1, -1):  # reverse postorder, root excluded
                new = -1
                for p in preds[b]:
                    if idom[p] == -1:
                        continue
                    if new == -1:
                        new = p
                        continue
                    f1, f2 = p, new
                    while f1 != f2:
                        while f1 < f2:
                            f1 = idom[f1]
                        while f2 < f1:
                            f2 = idom[f2]
                    new = f1
                if idom[b] != new:
                    idom[b] = new
                    changed = True
        children: list[list[int]] = [[] for _ in range(n)]
        for b in range(n - 1):
            children[idom[b]].append(b)
        # preorder numbering: a subtree is a contiguous run of the sequence
        pre = [0] * n
        size = [1] * n
        seq: list[int] = []
        walk = [(n - 1, False)]
        while walk:
            b, done = walk.pop()
            if done:
                for c in children[b]:
                    size[b] += size[c]
                continue
            pre[b] = len(seq)
            seq.append(b)
            walk.append((b, True))
            walk.extend((c, False) for c in reversed(children[b]))
        count = [0] * (n + 1)
        for k, b in enumerate(seq):
            count[k + 1] = count[k] + (1 if weight(order[b]) else 0)
        self.nodes: Sequence[str] = order
        """Every node the root reaches (postorder)."""
        self._index = index
        self._pre = pre
        self._size = size
        self._seq = seq
        self._count = count

    def __contains__(self, node: object) -> bool:
        return node in self._index

    def dominates(self, a: str, b: str) -> bool:
        """True when every path from the root to ``b`` passes through ``a`` (a node
        dominates itself). Both must be reachable from the root."""
        i, j = self._index[a], self._index[b]
        return self._pre[i] <= self._pre[j] < self._pre[i] + self._size[i]

    def dominated(self, a: str) -> list[str]:
        """The nodes ``a`` dominates, ``a`` itself excluded."""
        i = self._index[a]
        start = self._pre[i]
        return [self.nodes[b] for b in self._seq[start + 1 : start + self._size[i]]]

    def weight(self) -> int:
        """How many reachable nodes the ``weight`` predicate marks."""
        return self._count[-1]
