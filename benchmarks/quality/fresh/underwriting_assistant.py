"""Underwriting assistant: the first design, before any security review.

A US life insurer's assistant that shortens underwriters' reading of medical evidence.
Per application, an ingestion job pulls the applicant's medical records from our
health-records exchange partner (FHIR API, under the applicant's signed authorisation)
and receives lab results from our lab partner by nightly SFTP; both land in the
application file store. A summarisation service sends the records to an LLM hosted by
our cloud provider (under a BAA), which returns a summary and flagged risk factors that
are saved with the application file. Underwriters read the file in the underwriting
workbench and decide themselves; the LLM never decides. Applicants log in to the
applicant portal to request a copy of their file, summaries included. Controls: SSO and
roles for underwriters, encryption at rest, TLS to partners and the LLM, schema checks
on ingested records, a vendor review of the LLM provider and workbench audit logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Underwriting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM summaries and risk flags of applicants' medical records for life underwriters.",
)

# ---------------------------------------------------------------- data assets
medical_records = tg.Data(
    "Medical records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Encounters, diagnoses, prescriptions and physician notes (FHIR bundles).",
)
lab_results = tg.Data(
    "Lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Blood and urine panels from the paramedical exam.",
)
application = tg.Data(
    "Application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant identity, coverage applied for, health questionnaire answers.",
)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the applicant's records and lab results.",
)
summary = tg.Data(
    "Medical summary and risk flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision = tg.Data(
    "Underwriting decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Approve, rate class, decline or postpone, with the underwriter's notes.",
)
file_request = tg.Data("File request", kind="records", sensitivity=tg.Sensitivity.PII)
applicant_file = tg.Data(
    "Applicant file copy",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the applicant receives: records, summaries and the decision.",
)
audit_log = tg.Data("Workbench access log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying for life cover; can ask for their own file.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))

with tm.boundary("Health records exchange", trust=tg.Trust.PARTNER):
    # Source of the applicant's medical history, pulled per application.
    hie = tm.add(
        tg.DataSource(
            "Health records exchange",
            origin=tg.Origin.PARTNER,
            provides={medical_records},
            description="FHIR API of the exchange partner; queried with the applicant's authorisation.",
        )
    )

with tm.boundary("Lab partner", trust=tg.Trust.PARTNER):
    # Paramedical lab that runs the exam panels and sends results back.
    lab = tm.add(
        tg.DataSource(
            "Lab results feed",
            origin=tg.Origin.PARTNER,
            provides={lab_results},
            description="Nightly SFTP drop of completed lab panels.",
        )
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # Hosted foundation model that writes the summary and flags risk factors.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose LLM on the cloud provider's managed model service.",
            controls={c.SupplierAssessment(note="BAA signed; provider does not train on our data")},
        )
    )

with tm.boundary("Underwriting VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for applicants to ask for and download their file.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and password with one-time code")},
        )
    )
    # Pulls medical records and receives lab files, normalises them into the file.
    ingestion = tm.add(
        tg.Pipeline(
            "Records ingestion",
            stage=tg.Stage.INGESTION,
            description="Maps FHIR bundles and lab files onto the application file.",
            controls={c.SchemaEnforcement(note="FHIR and lab file schemas validated on receipt")},
        )
    )
    # Builds the prompt, calls the LLM and saves the summary.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Triggered when records and labs are complete for an application.",
        )
    )
    # System of record for the application: records, labs, summaries, decisions.
    file_store = tm.add(
        tg.DataStore(
            "Application file store",
            stores={application, medical_records, lab_results, summary, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where underwriters review files and record decisions.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(),
                c.HumanInTheLoop(approver="licensed underwriter"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps who opened which applicant's file, for compliance.
    log_store = tm.add(tg.DataStore("Audit log store", stores={audit_log}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Makes the underwriting decision using the summary as an aid.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
# partner data in
tm.flow(ingestion, hie, application, protocol="https", label="records query")
tm.flow(hie, ingestion, medical_records, protocol="https", label="FHIR bundle")
tm.flow(lab, ingestion, lab_results, protocol="sftp", label="nightly drop")
tm.flow(ingestion, file_store, medical_records, lab_results)

# summarisation
tm.flow(file_store, summariser, application, medical_records, lab_results)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, file_store, summary)

# underwriting
tm.flow(file_store, workbench, application, medical_records, lab_results, summary, decision)
tm.flow(workbench, file_store, decision)
tm.flow(
    workbench, underwriter, application, medical_records, lab_results, summary, protocol="https"
)
tm.flow(underwriter, workbench, decision, protocol="https")
tm.flow(workbench, log_store, audit_log)

# applicant access to their file
tm.flow(applicant, portal, file_request, protocol="https")
tm.flow(portal, file_store, file_request)
tm.flow(file_store, portal, applicant_file)
tm.flow(portal, applicant, applicant_file, protocol="https")
