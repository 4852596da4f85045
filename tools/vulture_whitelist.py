"""Names in src/ that vulture reports as unused but that are used where it cannot see.

``make lint`` runs vulture over src/ and this file (settings in pyproject.toml,
``[tool.vulture]``: 60% confidence, the rule-registering decorators ignored). vulture
matches by name only, so a line here just mentions a name; this file is never run.

Add a name here only when it is a false positive, with the reason; delete dead code
instead. The sections: protocols and hooks (called by Python, IPython, HTMLParser or
pytest), data shapes (fields read through attrs/cattrs, not by name), and the public
API (documented for model authors, rule authors and test writers; the package itself
does not call it). ``# TODO owner`` marks names the owner of that module should
confirm are public rather than dead.

Regenerate the list of candidates with
``vulture src --min-confidence 60 --ignore-decorators "@rule,@requirement,@_framework"
--make-whitelist``.
"""

# ruff: noqa

_ = object()

# --------------------------------------------------------------------------- protocols, hooks

__getattr__  # module __getattr__: lazy names (threatgraph, threatgraph.testing)
__dir__  # module __dir__ (threatgraph.testing)
include  # _repr_mimebundle_(include, exclude): the IPython signature (_attach, findings, model, notebook, system)
_.handle_startendtag  # HTMLParser callbacks (report/html.py)
_.handle_decl  # HTMLParser
decl  # HTMLParser.handle_decl(decl)
_.handle_pi  # HTMLParser
_.unknown_decl  # HTMLParser
_.longrepr  # pytest reads TestReport.longrepr (src/threatgraph_pytest)
_.__delattr__  # called by Python on del value.field (errors.explain_frozen sets it on frozen values)

# --------------------------------------------------------------------------- data shapes

# control parameters: shown in reports and exports through attrs, set by model authors (controls.py)
requests_per_minute
max_steps
method
key_management
retention_days
epsilon
days
approver
cadence
fallback

# TODO owner: flow filter fields, read by field loop rather than by name (filters.py)
leaving
entering

# TODO owner: OTM document shapes, read by cattrs structuring, named as OTM spells them
# (load/_otm_shapes.py)
threatgraph
attributes
unplaced
trustRating
destination
otmVersion
trustZones
dataflows
representations

# --------------------------------------------------------------------------- public API

LITERALS  # vocab.py: each vocabulary's Literal of values, for tools and tests/test_typing.py
# vocabulary members: parsed from strings, not named in the package (vocab.py)
_.SPOOFING
_.TAMPERING
_.REPUDIATION
_.INFORMATION_DISCLOSURE
_.DENIAL_OF_SERVICE
_.ELEVATION_OF_PRIVILEGE
_.RARE
_.ALMOST_CERTAIN
_.NEGLIGIBLE
_.MAJOR
_.SEVERE
_.VENDOR
_.REGRESSOR
_.RANKER
_.LOGS
_.ONNX
_.SAFETENSORS
_.GGUF
_.EXPERIMENTAL
_.RESEARCH
_.MODEL
_.SOC2
_.HIPAA
_.EU_AI_ACT_HIGH_RISK
_.GDPR
_.PCI_DSS
_.predictive  # Task.predictive (tested in tests/test_vocab.py)

# the model builder and the frozen System (model.py, system.py)
_.add_all
_.in_scope
_.add_controls
_.has_element
_.has_flow
_.path_exists
_.shortest_path
_.lineage
_.location_of

# actors, findings, reports read back (actors.py, findings.py, load/json.py)
_.capability_score
_.raise_for_errors
_.with_status
_.for_target
_.for_rule
_.finding_ids

# rule authors: views and graph facts (rules/views.py, graph.py; docs/how-to/custom-rules.md)
_.handles
_.exposed
_.untrusted_inputs
_.receives_from
_.sends_to
_.carries
_.outbound
_.source_trust
_.target_trust
_.from_untrusted
_.flow_view
_.untrusted_ids
_.source_count
_.entry_flow  # TODO owner (graph.py): undocumented and unused in src, tests and docs; public or dead?
_.without  # Catalogue (rules/catalogue.py)
_.flow_rules
_.examples  # TODO owner (rules/_core.py): Rule.examples is never set or read; public or dead?

# test writers: hypothesis recipes (testing/strategies.py)
_.shuffled
_.build_and_freeze

# a reference the export tests check the fast paths against (report/_common.py)
actor_names
