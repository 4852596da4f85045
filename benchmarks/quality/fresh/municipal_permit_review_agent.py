"""Municipal permit review agent: the first design, before any security review.

Residents and architects upload building-permit applications (PDF plans, forms
and supporting documents) through the city's permit portal, after signing in with
a city resident account. An extraction pipeline parses and OCRs the PDFs, and a
review agent in the city's cloud tenant checks the application: it searches an
index of the published zoning code, looks the parcel up in the city GIS through a
read-only tool, and asks a hosted LLM (procured under a zero-retention contract)
to compare the two. The agent writes a draft completeness letter and a
recommendation into the existing case management system as a draft; it cannot
send anything. A planner reviews, edits and approves the letter there, and only
then does the case system publish it to the applicant through the portal. Agent
runs are traced to a log store; the portal checks file types and sizes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal permit review agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that checks building-permit applications against zoning rules "
    "and parcel data and drafts letters for planners to review.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Permit application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PDF plans, application forms, owner and applicant contact details.",
)
extracted = tg.Data(
    "Extracted application content",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text, form fields and plan annotations parsed from the PDFs.",
)
prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, application excerpts, zoning sections and parcel facts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
zoning_query = tg.Data("Zoning search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
zoning_code = tg.Data("Zoning code", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
zoning_chunks = tg.Data(
    "Zoning code chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
parcel_query = tg.Data("Parcel lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
parcel_record = tg.Data(
    "Parcel record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Zoning district, lot size, setbacks, overlays, owner of record.",
)
parcel_data = tg.Data(
    "Parcel database",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_call = tg.Data(
    "Draft letter and recommendation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Completeness letter, missing items and an approve/deny recommendation.",
)
draft_ack = tg.Data("Draft saved", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
case_draft = tg.Data(
    "Case draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
final_letter = tg.Data(
    "Approved letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trace = tg.Data("Agent trace", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents, contractors and architects who submit applications.
    applicant = tm.add(tg.Actor("Applicant", role="resident or architect"))

with tm.boundary("Codification vendor", trust=tg.Trust.PARTNER):
    # The vendor that publishes the city's adopted municipal code online.
    code_source = tm.add(
        tg.DataSource(
            "Published zoning code",
            origin=tg.Origin.VENDOR,
            provides={zoning_code},
            description="Zoning chapters of the municipal code, refreshed after each ordinance.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review: zero retention, no training")},
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web portal where applications are submitted and letters delivered.
    portal = tm.add(
        tg.Endpoint(
            "Permit portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="city resident account (OIDC)"),
                c.InputValidation(note="PDF and image types only, 100 MB limit"),
            },
        )
    )
    # Holds the uploaded application files.
    doc_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={application},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Parses and OCRs the uploaded PDFs, then starts a review.
    extraction = tm.add(
        tg.Pipeline(
            "Document extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Open-source PDF parsing and OCR libraries.",
        )
    )
    # Plans the review and calls the tools; never sends anything itself.
    agent = tm.add(
        tg.Agent(
            "Permit review agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="planner"),
                c.AuditLogging(retention_days=730, note="every prompt, tool call and draft"),
            },
        )
    )
    # Searchable index of the zoning code.
    zoning_index = tm.add(tg.VectorStore("Zoning code index", stores={zoning_chunks}))
    # Chunks and embeds the zoning code when it changes.
    indexer = tm.add(tg.Pipeline("Zoning code indexer", stage=tg.Stage.INGESTION))
    # Looks a parcel up in the GIS.
    parcel_tool = tm.add(
        tg.Tool(
            "Parcel lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only GIS service account")},
        )
    )
    # Saves the agent's output as a draft on the permit case.
    case_tool = tm.add(tg.Tool("Case draft tool", capabilities={"write"}))
    # Traces of each agent run.
    trace_log = tm.add(tg.DataStore("Agent trace log", stores={trace}))

with tm.boundary("City data center", trust=tg.Trust.INTERNAL):
    # The city GIS parcel database, source of zoning district and lot facts.
    parcel_db = tm.add(tg.DataStore("Parcel GIS database", stores={parcel_data}))
    # Existing permitting system where planners work cases and send letters.
    case_system = tm.add(
        tg.Service(
            "Case management system",
            controls={c.Authentication(method="city SSO"), c.RBAC()},
        )
    )
    # Reviews and approves every letter before it goes out.
    planner = tm.add(tg.Actor("Planner", role="city planner"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, protocol="https", label="upload")
tm.flow(portal, doc_store, application, protocol="https")
tm.flow(doc_store, extraction, application, protocol="https")
tm.flow(extraction, agent, extracted, label="starts review")

tm.flow(code_source, indexer, zoning_code, protocol="https")
tm.flow(indexer, zoning_index, zoning_chunks)
tm.flow(agent, zoning_index, zoning_query, label="similarity search")
tm.flow(zoning_index, agent, zoning_chunks)

tm.flow(agent, parcel_tool, parcel_query)
tm.flow(parcel_tool, parcel_db, parcel_query, protocol="https", label="GIS REST API")
tm.flow(parcel_db, parcel_tool, parcel_record, protocol="https")
tm.flow(parcel_tool, agent, parcel_record)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, trace_log, trace)

tm.flow(agent, case_tool, draft_call)
tm.flow(case_tool, case_system, case_draft, protocol="https")
tm.flow(case_system, case_tool, draft_ack, protocol="https")
tm.flow(case_tool, agent, draft_ack)

tm.flow(case_system, planner, case_draft, label="review queue")
tm.flow(doc_store, planner, application, protocol="https", label="opens the original files")
tm.flow(planner, case_system, final_letter, label="edits and approves")
tm.flow(case_system, portal, final_letter, protocol="https", label="publish")
tm.flow(portal, applicant, final_letter, protocol="https")
