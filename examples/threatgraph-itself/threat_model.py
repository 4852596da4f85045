"""threatgraph, threat-modelled with threatgraph.

The tool reads model files that may come from anyone (a pull request, an OTM
export from another tool, a baseline from a CI artifact), runs Python model
files, and writes reports that people open in browsers and code-scanning UIs.
This model makes those trust decisions explicit:

- a ``.py`` model is code: running it is as trusting as running a test file;
- JSON, YAML, OTM, register and baseline files are data: parsed strictly,
  never executed;
- every user string lands escaped in DOT, HTML, Markdown, Mermaid and SARIF.

    threatgraph analyze examples/threatgraph-itself/threat_model.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "threatgraph CLI and loaders",
    profile=tg.RiskProfile.HIGH,
    description="The threatgraph command line run in CI on files from pull requests.",
)

model_file = tg.Data(
    "Model file (JSON/YAML/OTM)", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
py_model = tg.Data("Python model file", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
register_file = tg.Data(
    "Risk register and baseline", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
report = tg.Data(
    "Reports (HTML, Markdown, SARIF, DOT)", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
findings = tg.Data("Findings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
parsed = tg.Data(
    "Parsed model (frozen elements and flows)", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

with tm.boundary("Contributors", trust=tg.Trust.UNTRUSTED):
    contributor = tm.add(tg.Actor("Pull-request author", role="contributor"))
    other_tool = tm.add(tg.ExternalService("Other threat-modeling tool", description="exports OTM"))

with tm.boundary("CI runner", trust=tg.Trust.INTERNAL):
    repo = tm.add(tg.DataStore("Repository checkout", stores={model_file, py_model, register_file}))
    loader = tm.add(
        tg.Service(
            "Model loaders",
            description="JSON, YAML (safe loader), OTM, register and baseline parsers",
            controls={
                c.InputValidation(note="strict cattrs structuring, size and depth limits"),
                c.SchemaEnforcement(note="published JSON Schema; unknown keys are errors"),
                c.SafeSerialization(note="no pickle, no yaml.load, no imports named in data"),
                c.Sandboxing(note="CI job container"),
            },
        )
    )
    runner = tm.add(
        tg.Service(
            "Python model runner",
            description="imports a .py model file, like pytest imports a test file",
            controls={c.Sandboxing(note="CI job container"), c.LeastPrivilegeTools()},
        )
    )
    engine = tm.add(
        tg.Service(
            "Analysis engine",
            controls={c.AuditLogging(note="rule errors are reported, never swallowed")},
        )
    )
    renderers = tm.add(
        tg.Service(
            "Report and diagram writers",
            controls={c.OutputFiltering(note="every user string escaped for its format")},
        )
    )
    gate = tm.add(tg.Service("CI gate", description="--fail-on and --baseline exit codes"))

with tm.boundary("Code scanning and reviewers", trust=tg.Trust.PARTNER):
    scanning = tm.add(tg.ExternalService("Code-scanning service", description="shows SARIF"))
    reviewer = tm.add(tg.Actor("Reviewer", role="security engineer"))

TLS = c.EncryptionInTransit()
tm.flow(
    contributor,
    repo,
    model_file,
    py_model,
    register_file,
    label="pull request",
    protocol="https",
    controls={c.Authentication(), c.HumanInTheLoop(approver="maintainer review")},
)
tm.flow(other_tool, repo, model_file, label="OTM export", protocol="https")
tm.flow(repo, loader, model_file, register_file)
tm.flow(repo, runner, py_model)
tm.flow(loader, engine, parsed)
tm.flow(runner, engine, parsed)
tm.flow(engine, renderers, findings)
tm.flow(engine, gate, findings)
tm.flow(renderers, scanning, report, protocol="https", controls={TLS})
tm.flow(renderers, reviewer, report, protocol="https", controls={TLS})
