"""Otter spraint DNA sample tracking agent: the first design, before any security review.

Our river surveyors collect otter spraint along survey reaches and log each sample
(sample ID, grid reference, date, photo) in a field app on their work phones; the app
posts to a sample tracking API in our cloud tenant, which keeps the chain of custody in
a sample register. Samples are couriered to a partner DNA lab; an LLM agent uploads the
sample manifests to the lab's results portal, collects the result files when they are
ready, matches each result to its survey point and writes the match to the register.
When a site's results are complete the agent drafts the otter section of the ecology
report for the planning application into the project's document library. The agent
uses a hosted LLM under the vendor's enterprise terms. Staff sign in with Entra ID and
MFA; the register is encrypted at rest and the lab API key sits in Key Vault. The
project ecologist reviews and signs off every report before submitting it to the
planning portal; result matches are written to the register without review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Otter spraint DNA sample tracking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Tracks otter spraint samples from river surveyors to the DNA lab, matches "
        "results to survey points and drafts protected-species reports for planning "
        "applications."
    ),
)

# ---------------------------------------------------------------- data assets
sample_records = tg.Data(
    "Spraint sample records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sample ID, grid reference, date, collecting surveyor and chain-of-custody steps.",
)
sample_photos = tg.Data("Spraint sample photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
survey_points = tg.Data(
    "Survey points and landowner access contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Otter holt and spraint site locations with landowner names and phone numbers.",
)
manifest = tg.Data(
    "Sample submission manifest",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sample IDs, collection dates and the analyses requested.",
)
lab_results = tg.Data(
    "DNA lab result files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="CSV and PDF certificates: species confirmation, genotype and sex per sample.",
)
result_matches = tg.Data(
    "Result-to-survey-point matches",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
task = tg.Data("Ecologist task request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
agent_prompt = tg.Data(
    "Agent prompt with sample context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task, register rows and lab result text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
register_rows = tg.Data(
    "Register lookup results", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
agent_summary = tg.Data(
    "Agent progress summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Samples outstanding, unmatched results and drafts ready for review.",
)
draft_report = tg.Data(
    "Draft otter survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
final_report = tg.Data(
    "Signed-off otter survey report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("River survey sites", trust=tg.Trust.UNTRUSTED):
    # Field ecologists who walk the river reaches and collect the samples.
    surveyor = tm.add(tg.Actor("River surveyor", role="field ecologist"))
    # The field app on company phones, used on mobile data out on the riverbank.
    field_app = tm.add(
        tg.Device(
            "Field survey app",
            description="Company phones running the sample logging app; works offline and syncs.",
        )
    )

with tm.boundary("Consultancy cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives sample logs from the field app and serves the survey point list back.
    sample_api = tm.add(
        tg.Endpoint(
            "Sample tracking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID sign-in with MFA"),
                c.InputValidation(note="sample ID format and grid reference checks"),
            },
        )
    )
    # The system of record for samples, survey points and chain of custody.
    register = tm.add(
        tg.DataStore(
            "Sample register",
            stores={sample_records, sample_photos, survey_points, result_matches},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # The LLM agent that chases, matches and drafts.
    agent = tm.add(
        tg.Agent(
            "Sample tracking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Submits manifests, collects lab results, matches them and drafts reports.",
            controls={
                c.HumanInTheLoop(
                    approver="project ecologist",
                    note="reports only: each report is signed off before it is issued; "
                    "result matches are written to the register directly",
                ),
            },
        )
    )
    # Lets the agent read the register and record result matches.
    register_tool = tm.add(
        tg.Tool("Sample register tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Talks to the DNA lab's portal API: uploads manifests and downloads result files.
    lab_connector = tm.add(
        tg.Tool(
            "Lab portal connector",
            capabilities={"read", "write", "network-egress"},
            origin="first-party",
            controls={c.SecretsManagement(note="lab portal API key in Azure Key Vault")},
        )
    )
    # Writes the agent's draft report into the project's document library.
    report_tool = tm.add(
        tg.Tool("Report drafting tool", capabilities={"write"}, origin="first-party")
    )
    # SharePoint project library where drafts and signed-off reports live.
    report_library = tm.add(
        tg.DataStore(
            "Project report library",
            stores={draft_report, final_report},
            controls={c.RBAC(note="SharePoint permissions per project team")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our prompts")},
        )
    )

with tm.boundary("DNA lab", trust=tg.Trust.PARTNER):
    # The partner lab's results portal: takes manifests, publishes results.
    lab_portal = tm.add(
        tg.ExternalService(
            "DNA lab results portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The lab's customer portal with an API for submissions and results.",
        )
    )

with tm.boundary("Consultancy office", trust=tg.Trust.INTERNAL):
    # Reviews the agent's work, signs off reports and submits them.
    ecologist = tm.add(tg.Actor("Project ecologist", role="ecologist"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where signed-off reports go with the client's planning application.
    planning_portal = tm.add(
        tg.ExternalService("Planning portal", description="Local planning authority submissions.")
    )

# ---------------------------------------------------------------- flows
# field logging
tm.flow(surveyor, field_app, sample_records, sample_photos, label="logs a sample")
tm.flow(field_app, surveyor, survey_points, label="points to visit")
tm.flow(
    field_app,
    sample_api,
    sample_records,
    sample_photos,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    sample_api,
    field_app,
    survey_points,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(sample_api, register, sample_records, sample_photos)
tm.flow(register, sample_api, survey_points)

# the agent at work
tm.flow(ecologist, agent, task, label="chase or draft request")
tm.flow(agent, ecologist, agent_summary)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, register_tool, tool_calls, result_matches)
tm.flow(register_tool, agent, register_rows)
tm.flow(register_tool, register, result_matches, label="records matches")
tm.flow(register, register_tool, sample_records, survey_points)

tm.flow(agent, lab_connector, tool_calls, manifest)
tm.flow(lab_connector, agent, lab_results)
tm.flow(lab_connector, lab_portal, manifest, protocol="https", label="submit manifest")
tm.flow(lab_portal, lab_connector, lab_results, protocol="https", label="download results")

tm.flow(agent, report_tool, tool_calls, draft_report)
tm.flow(report_tool, report_library, draft_report)

# review and submission
tm.flow(report_library, ecologist, draft_report, protocol="https")
tm.flow(ecologist, report_library, final_report, protocol="https", label="signs off")
tm.flow(ecologist, planning_portal, final_report, protocol="https")
