"""Clinical trial patient matching assistant: the first design, before any security review.

The hospital's research office runs an assistant that helps research nurses find
patients who may be eligible for the open clinical trials the hospital takes part in.
A nurse picks a trial (or asks about a named patient) in a web app on the hospital
network; a retrieval service pulls the trial's eligibility criteria and the relevant
passages of candidate patients' records from two vector indexes and asks a hosted LLM,
under the hospital's business associate agreement, to assess each criterion.
Patient passages come from a nightly FHIR export of the EHR that is chunked and
embedded by an open-weights embedding model running in the research cloud account;
trial criteria are pulled daily from the public ClinicalTrials.gov registry.
Nurses sign in through hospital SSO with MFA, access is by research role, traffic
is TLS, the stores are encrypted with KMS keys, and every match is confirmed by the
nurse and the trial's principal investigator against the chart before anyone is approached.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical trial patient matching assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "RAG assistant matching patients' EHR records against open trial eligibility "
        "criteria for the hospital's research nurses."
    ),
)

# ---------------------------------------------------------------- data assets
nurse_query = tg.Data(
    "Matching request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The trial chosen, and sometimes a patient's MRN or name typed by the nurse.",
)
match_list = tg.Data(
    "Candidate match list",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patients ranked per trial, with the criteria met, unmet or unknown and the cited passages.",
)
query_text = tg.Data("Retrieval query text", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
query_vector = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED)
ehr_records = tg.Data(
    "Patient clinical records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Problems, medications, labs, pathology and clinic notes of the participating clinics' patients.",
)
record_text = tg.Data(
    "Record chunks for embedding", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
record_vectors = tg.Data(
    "Record chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED
)
patient_passages = tg.Data(
    "Patient record passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chunks of the EHR export with their embeddings and the patient's MRN.",
)
trial_criteria = tg.Data(
    "Trial eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Inclusion and exclusion criteria of recruiting trials at the hospital's sites.",
)
criteria_text = tg.Data(
    "Criteria chunks for embedding", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
criteria_vectors = tg.Data(
    "Criteria chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
criteria_passages = tg.Data(
    "Trial criteria passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Eligibility prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the trial's criteria and the retrieved patient passages.",
)
assessment = tg.Data(
    "Criterion-by-criterion assessment", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
worklist = tg.Data(
    "Screening worklist",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Candidates the nurse saved, with her screening notes and outcome.",
)
access_log = tg.Data("Access audit events", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The public registry of trials; the hospital's open studies are listed there.
    registry = tm.add(
        tg.DataSource(
            "ClinicalTrials.gov registry",
            origin=tg.Origin.PUBLIC_WEB,
            provides={trial_criteria},
            description="Public API of recruiting studies, queried daily for the hospital's site IDs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor model that reads criteria and record passages; covered by a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the cloud provider's API, under a signed BAA.",
            controls={
                c.SupplierAssessment(
                    note="BAA signed, no training on our data, 30-day abuse retention"
                )
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The users: research nurses screening for the trials their unit runs.
    nurse = tm.add(tg.Actor("Research nurse", role="research coordinator"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record the patient passages are extracted from.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record (EHR)",
                stores={ehr_records},
                controls={c.EncryptionAtRest(key_management="vendor-managed"), c.AuditLogging()},
            )
        )

with tm.boundary("Research cloud account", trust=tg.Trust.INTERNAL):
    # The nurses' front end: search by trial or patient, review and save candidates.
    app = tm.add(
        tg.Endpoint(
            "Matching web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital SSO (SAML) with Duo MFA"),
                c.RBAC(note="research nurse and PI roles from AD groups"),
            },
        )
    )
    # Retrieval and prompt assembly: the RAG part of the design.
    orchestrator = tm.add(
        tg.Service(
            "Matching orchestrator",
            description="Embeds the request, retrieves criteria and patient passages, prompts the LLM, ranks candidates.",
            controls={
                c.HumanInTheLoop(
                    approver="research nurse and the trial's principal investigator, against the chart",
                    note="no patient is contacted or enrolled on the assistant's word",
                )
            },
        )
    )
    # Turns queries, record chunks and criteria chunks into vectors.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights biomedical sentence embedding model served on a GPU instance.",
        )
    )
    # Index of public trial criteria.
    trial_index = tm.add(tg.VectorStore("Trial criteria index", stores={criteria_passages}))
    # Daily job keeping the criteria index current.
    trial_ingest = tm.add(tg.Pipeline("Trial criteria ingestion", stage=tg.Stage.INGESTION))
    # The nurses' saved candidates and screening notes.
    worklist_db = tm.add(
        tg.DataStore(
            "Screening worklist database",
            stores={worklist},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Who looked at which patient, for HIPAA access review.
    audit_store = tm.add(
        tg.DataStore(
            "Access audit log",
            stores={access_log},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

    with tm.boundary("PHI enclave", trust=tg.Trust.RESTRICTED):
        # Index of EHR passages; holds PHI of every patient in the participating clinics.
        patient_index = tm.add(
            tg.VectorStore(
                "Patient record index",
                stores={patient_passages},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )
        # Nightly export of the EHR into the patient index.
        ehr_extract = tm.add(
            tg.Pipeline(
                "Nightly EHR extract",
                stage=tg.Stage.INGESTION,
                description="FHIR bulk export of the participating clinics' patients, chunked and embedded.",
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# the nurse's session
tm.flow(nurse, app, nurse_query, protocol="https", controls={tls})
tm.flow(app, nurse, match_list, protocol="https", controls={tls})
tm.flow(app, orchestrator, nurse_query)
tm.flow(orchestrator, app, match_list)
tm.flow(app, worklist_db, worklist, label="saves screening notes")
tm.flow(worklist_db, app, worklist)
tm.flow(app, audit_store, access_log)

# retrieval
tm.flow(orchestrator, embedder, query_text)
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, trial_index, query_vector, label="criteria lookup")
tm.flow(trial_index, orchestrator, criteria_passages)
tm.flow(orchestrator, patient_index, query_vector, label="patient passage search")
tm.flow(patient_index, orchestrator, patient_passages)

# the LLM call
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, assessment, protocol="https", controls={tls})

# indexing
tm.flow(ehr, ehr_extract, ehr_records, protocol="HL7 FHIR over HTTPS", label="nightly bulk export")
tm.flow(ehr_extract, embedder, record_text)
tm.flow(embedder, ehr_extract, record_vectors)
tm.flow(ehr_extract, patient_index, patient_passages)
tm.flow(registry, trial_ingest, trial_criteria, protocol="https", label="daily pull")
tm.flow(trial_ingest, embedder, criteria_text)
tm.flow(embedder, trial_ingest, criteria_vectors)
tm.flow(trial_ingest, trial_index, criteria_passages)
