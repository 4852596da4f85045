"""Phone repair fault diagnosis assistant: the first design, before any security review.

A chain of about forty high-street phone repair shops gives its bench technicians an
LLM assistant. At the bench the technician types their fault notes and, where the
phone still boots, pulls its diagnostic and crash logs over USB with the diagnostic
software on the shop's bench PC. Both go from the browser to a diagnosis web app in
the company's cloud account, which adds the job's device model and repair history
from the repair job system, retrieves similar past repairs and manufacturer repair
guide sections from a vector index, and asks a hosted LLM for the likely faults and
the repair steps to try. The technician decides what to do; the suggestion and the
technician's fixed / not-fixed feedback are kept in an assistant log. Guides come
from a parts distributor's licensed manual feed and the chain's own service bulletins.
Technicians sign in with company SSO and MFA, uploads are checked for type and size,
the job system is encrypted with role-based access, and the LLM vendor was reviewed.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Phone repair fault diagnosis assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM assistant suggesting likely faults and repair steps from "
    "technician notes and device logs.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Technician fault notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Symptoms, what the customer said happened, tests done; sometimes the "
    "customer's name.",
)
device_log = tg.Data(
    "Device diagnostic logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Panic and crash logs, battery and sensor diagnostics; carry the IMEI, "
    "serial number, account e-mail, Wi-Fi network names and installed app names.",
)
diagnosis_request = tg.Data(
    "Diagnosis request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Job number, fault notes and the uploaded log files.",
)
suggestion = tg.Data(
    "Suggested faults and repair steps", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, device model, notes, log excerpts and retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
job_records = tg.Data(
    "Repair job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Customer name and phone, device model, IMEI, fault, quote and status.",
)
job_context = tg.Data(
    "Job device model and repair history", kind="records", sensitivity=tg.Sensitivity.PII
)
closed_jobs = tg.Data(
    "Closed job fault and fix summaries", kind="records", sensitivity=tg.Sensitivity.PII
)
guides = tg.Data(
    "Manufacturer repair guides",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed service manual sections; not to be redistributed.",
)
bulletins = tg.Data(
    "Internal service bulletins", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
chunks = tg.Data(
    "Repair knowledge chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
feedback = tg.Data("Technician fix feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
assistant_log = tg.Data(
    "Assistant interaction log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts, suggestions and feedback per job.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer devices", trust=tg.Trust.UNTRUSTED):
    # The phone handed in for repair; its logs are whatever it wrote.
    phone = tm.add(tg.Device("Customer phone", fleet=False))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Bench technician at each shop.
    technician = tm.add(tg.Actor("Bench technician", role="technician"))
    # Shared Windows PC at the bench with the diagnostic software and a browser.
    bench_pc = tm.add(
        tg.Device(
            "Bench diagnostic PC",
            fleet=True,
            description="Windows PC running the phone diagnostic suite; used through a browser.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Senior technician who writes the chain's service bulletins.
    knowledge_lead = tm.add(tg.Actor("Repair knowledge lead", role="senior technician"))

with tm.boundary("Parts distributor", trust=tg.Trust.PARTNER):
    # Licensed manual feed that comes with the parts account.
    manual_feed = tm.add(
        tg.DataSource("Repair manual feed", origin=tg.Origin.VENDOR, provides={guides})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, under a business data agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # What the technicians' browsers talk to.
    web_app = tm.add(
        tg.Endpoint(
            "Diagnosis web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.InputValidation(note="log uploads limited to known formats and 20 MB"),
            },
        )
    )
    # Builds the prompt from notes, logs, job history and retrieved passages.
    orchestrator = tm.add(
        tg.Service(
            "Diagnosis orchestrator",
            description="Looks up the job, retrieves similar repairs and guide sections, "
            "calls the LLM and records the exchange.",
        )
    )
    # Similar past repairs and guide sections for retrieval.
    index = tm.add(tg.VectorStore("Repair knowledge index", stores={chunks}))
    # Nightly chunking and embedding of guides, bulletins and closed jobs.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))
    # Kept for quality review of the assistant's suggestions.
    log_store = tm.add(tg.DataStore("Assistant log store", stores={assistant_log}))
    # The chain's existing job management system, system of record for repairs.
    job_system = tm.add(
        tg.DataStore(
            "Repair job system",
            stores={job_records},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="shop staff see their own shop's jobs; head office sees all"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(phone, bench_pc, device_log, protocol="usb")
tm.flow(technician, bench_pc, notes, label="typed at the bench")
tm.flow(bench_pc, web_app, diagnosis_request, protocol="https")
tm.flow(web_app, orchestrator, diagnosis_request)

tm.flow(job_system, orchestrator, job_context, protocol="https", label="lookup by job number")
tm.flow(orchestrator, index, diagnosis_request, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, web_app, suggestion)
tm.flow(web_app, bench_pc, suggestion, protocol="https")
tm.flow(bench_pc, technician, suggestion)

tm.flow(technician, bench_pc, feedback, label="fixed / not fixed")
tm.flow(bench_pc, web_app, feedback, protocol="https")
tm.flow(web_app, orchestrator, feedback)
tm.flow(orchestrator, log_store, assistant_log)

tm.flow(manual_feed, indexer, guides, protocol="https", label="nightly sync")
tm.flow(knowledge_lead, indexer, bulletins, protocol="https", label="uploads bulletins")
tm.flow(job_system, indexer, closed_jobs, protocol="https", label="nightly export of closed jobs")
tm.flow(indexer, index, chunks)
