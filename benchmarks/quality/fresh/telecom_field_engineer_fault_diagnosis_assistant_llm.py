"""Field fault diagnosis assistant: the first design, before any security review.

A European telecom operator gives its field engineers an assistant on their
company tablets. At a customer's premises or a street cabinet the engineer asks
why a line is faulty; the assistant pulls the job from the work order system,
the latest line test results and the network inventory records for the line,
retrieves matching repair procedures and past fix notes, and asks a hosted LLM
for a likely diagnosis and suggested fixes. The engineer decides and does the
work; the assistant changes nothing in the network. The tablets reach the
operator's cloud over the public mobile network; the OSS systems sit in a
restricted network-operations zone. Engineers sign in with corporate SSO and
MFA, OSS access is role-based, the LLM vendor has passed a vendor review, and
the vendor API key is kept in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Field engineer fault diagnosis assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant suggesting line-fault diagnoses and fixes to field engineers.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Engineer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text description of the symptoms plus the job number.",
)
suggestion = tg.Data(
    "Suggested diagnosis and fixes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, contact number, product and reported fault.",
)
closure_notes = tg.Data(
    "Job closure notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the engineer found and what fixed it.",
)
line_test_request = tg.Data("Line test lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
line_tests = tg.Data(
    "Line test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Electrical measurements, sync rates and error counters for the line.",
)
inventory_lookup = tg.Data("Inventory lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
network_records = tg.Data(
    "Network inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Cabinet, pair and port assignments, cable routes, alarm history.",
)
procedures = tg.Data("Repair procedures", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
chunks = tg.Data(
    "Procedure and fix-note chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, work order, test results, network records and chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Assistant transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Field (public mobile network)", trust=tg.Trust.UNTRUSTED):
    # The person the assistant serves, on site with the customer or at a cabinet.
    engineer = tm.add(tg.Actor("Field engineer", role="field engineer"))
    # Company-issued rugged tablet running the field app; travels in vans, on 4G/5G.
    tablet = tm.add(
        tg.Device(
            "Engineer tablet",
            description="Managed Android tablet with the field app; one per engineer.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reasons over the evidence and writes the suggested fix.
    llm = tm.add(
        tg.LLM(
            "Diagnosis LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted general-purpose chat model in the vendor's EU region.",
            controls={
                c.SupplierAssessment(note="vendor review: no training on our data, EU hosting")
            },
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The only entry point the tablets call for the assistant.
    api = tm.add(
        tg.Endpoint(
            "Field assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Gathers the evidence for the job, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Diagnosis orchestrator",
            description="Fixed retrieval flow: job, tests, inventory, procedures, then one LLM call.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets vault")},
        )
    )
    # Repair procedures and past fix notes, embedded for similarity search.
    index = tm.add(tg.VectorStore("Repair knowledge index", stores={chunks}))
    # Nightly job that chunks and embeds procedures and closed-job notes.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly knowledge indexing job",
            stage=tg.Stage.INGESTION,
            description="Embeds new procedures and the closure notes of jobs closed that day.",
        )
    )
    # SharePoint-style library where the technical team publishes procedures.
    library = tm.add(tg.DataStore("Procedure library", stores={procedures}))
    # Every question and answer kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Network operations (OSS)", trust=tg.Trust.RESTRICTED):
    # Existing workforce management system: jobs assigned to engineers.
    work_orders = tm.add(
        tg.DataStore(
            "Work order system",
            stores={work_order, closure_notes},
            controls={c.RBAC()},
        )
    )
    # Existing line test platform that measures copper and fibre lines.
    line_test = tm.add(
        tg.Service(
            "Line test system",
            description="Returns the latest stored test for a line id; runs no new test.",
        )
    )
    # Existing network inventory: what the line is physically connected to.
    inventory = tm.add(
        tg.DataStore("Network inventory", stores={network_records}, controls={c.RBAC()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Technical support team who write and approve repair procedures.
    author = tm.add(tg.Actor("Technical procedures author", role="technical support"))

# ---------------------------------------------------------------- flows
tm.flow(engineer, tablet, question, label="typed on the tablet")
tm.flow(tablet, engineer, suggestion, label="on the tablet")
tm.flow(tablet, api, question, protocol="https")
tm.flow(api, tablet, suggestion, protocol="https")
tm.flow(api, orchestrator, question)
tm.flow(orchestrator, api, suggestion)

tm.flow(orchestrator, work_orders, question, label="job lookup")
tm.flow(work_orders, orchestrator, work_order, protocol="https")
tm.flow(orchestrator, line_test, line_test_request, protocol="https")
tm.flow(line_test, orchestrator, line_tests, protocol="https")
tm.flow(orchestrator, inventory, inventory_lookup, protocol="https")
tm.flow(inventory, orchestrator, network_records, protocol="https")
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(tablet, work_orders, closure_notes, protocol="https", label="job closed in the field app")
tm.flow(work_orders, indexer, closure_notes, protocol="https", label="nightly export")
tm.flow(author, library, procedures, protocol="https")
tm.flow(library, indexer, procedures)
tm.flow(indexer, index, chunks)
