"""Where models enter: strict loaders for model files (JSON, YAML, OTM) and report files.

    >>> from threatgraph.load import load_model, load_otm, load_report_json

Every loader raises :class:`~threatgraph.errors.LoadError` listing each problem
at its JSON path, and nothing else; no loader runs code from a document. The
model format's writer (:func:`~threatgraph.load.model_io.dump_system`) sits next
to its reader so the two cannot drift; the cattrs converter they share is
:mod:`threatgraph.load.converter`.
"""

from __future__ import annotations

from threatgraph.load._documents import Limits
from threatgraph.load.json import REPORT_KEYS, LoadedReport, load_model, load_report_json
from threatgraph.load.otm import load_otm

__all__ = ["REPORT_KEYS", "Limits", "LoadedReport", "load_model", "load_otm", "load_report_json"]
