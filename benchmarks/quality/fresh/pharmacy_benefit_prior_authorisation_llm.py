"""Pharmacy benefit prior authorisation drafting: the first design.

Prescribers submit prior authorisation (PA) requests for specialty and
non-formulary drugs from their EHR through an electronic PA network, which
relays them, with chart notes attached, to our PA intake API. Each new case is
picked up by a drafting orchestrator that pulls the member's pharmacy claims
history, retrieves the plan's coverage criteria for the drug from a criteria
index, and asks a hosted LLM (a cloud provider under a BAA) to draft an approve
or deny recommendation with the criteria it relied on. A licensed clinical
pharmacist reviews every draft in the review workbench and signs the final
determination, which goes back to the prescriber over the same PA network.
Controls in this design: OAuth client credentials for the PA network, schema
checks on NCPDP messages, encryption at rest and role-based access on PHI
stores, SSO with MFA for pharmacists, and pharmacist sign-off on every case.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pharmacy benefit prior authorisation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM drafts approve/deny recommendations on prescriber PA requests for PBM pharmacists.",
)

# ---------------------------------------------------------------- data assets
pa_request = tg.Data(
    "Prior authorisation request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Member ID, drug, diagnosis codes and the prescriber's answers to the PA questions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chart_notes = tg.Data(
    "Chart notes and lab results",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PDF attachments from the prescriber's EHR supporting the request.",
)
claims_history = tg.Data(
    "Member pharmacy claims history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prior fills, step-therapy drugs tried, eligibility and plan.",
)
member_lookup = tg.Data(
    "Member claims lookup", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
criteria_docs = tg.Data(
    "Coverage criteria policies",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="P&T-approved clinical criteria and step-therapy rules per drug and plan.",
)
criteria_chunks = tg.Data(
    "Coverage criteria passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
criteria_query = tg.Data(
    "Drug and diagnosis query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the PA request, chart note text, claims history and criteria passages.",
)
completion = tg.Data(
    "LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft = tg.Data(
    "Draft approve or deny recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recommended outcome, rationale and the criteria cited.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
determination = tg.Data(
    "PA determination",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approved or denied, with reason and appeal rights, signed by a pharmacist.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
llm_logs = tg.Data("Prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prescribers and their office staff submit requests from their EHRs.
    prescriber = tm.add(tg.Actor("Prescriber", role="prescriber"))

with tm.boundary("ePA network", trust=tg.Trust.PARTNER):
    # The electronic PA intermediary that routes NCPDP SCRIPT ePA messages to PBMs.
    epa_network = tm.add(
        tg.ExternalService(
            "Electronic PA intermediary",
            description="Routes NCPDP SCRIPT ePA transactions between EHRs and PBMs.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The drafting model, a hosted foundation model covered by a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model on a cloud provider's API, zero-retention tier.",
            controls={
                tg.controls.SupplierAssessment(note="BAA signed; vendor security review done")
            },
        )
    )

with tm.boundary("PBM production", trust=tg.Trust.INTERNAL):
    # Receives PA requests from the ePA network and returns determinations.
    intake = tm.add(
        tg.Endpoint(
            "PA intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="OAuth 2.0 client credentials for the ePA intermediary"
                ),
                tg.controls.SchemaEnforcement(note="NCPDP SCRIPT ePA schema validation"),
            },
        )
    )
    # Builds the prompt for each new case, calls the LLM and stores the draft.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            description="Queue worker: gathers case context, calls the LLM, writes the draft.",
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager")
            },
        )
    )
    # Where pharmacists read drafts and sign determinations.
    workbench = tm.add(
        tg.Service(
            "Pharmacist review workbench",
            description="Web app showing the request, attachments, claims and the draft side by side.",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="licensed clinical pharmacist signs every determination"
                ),
            },
        )
    )
    # Records every prompt and completion for quality review.
    llm_log_store = tm.add(
        tg.DataStore(
            "LLM interaction log",
            stores={llm_logs},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Chunks and embeds the criteria policies into the criteria index.
    criteria_ingest = tm.add(
        tg.Pipeline(
            "Criteria ingestion pipeline",
            stage=tg.Stage.INGESTION,
            description="Re-indexes criteria when the policy repository changes.",
        )
    )
    # Retrieval over the plan coverage criteria for the drug being requested.
    criteria_index = tm.add(tg.VectorStore("Coverage criteria index", stores={criteria_chunks}))

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # The PA case of record: requests, drafts and determinations.
        case_store = tm.add(
            tg.DataStore(
                "PA case store",
                stores={pa_request, draft, determination},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(retention_days=2190),
                },
            )
        )
        # Attachments sent with requests.
        attachment_store = tm.add(
            tg.DataStore(
                "Attachment store",
                stores={chart_notes},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The PBM's claims adjudication history, read for step therapy and prior fills.
        claims_db = tm.add(
            tg.DataStore(
                "Claims and eligibility database",
                stores={claims_history},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each draft and makes the determination.
    pharmacist = tm.add(tg.Actor("Clinical pharmacist", role="pharmacist"))
    # Maintains the coverage criteria after P&T committee decisions.
    policy_author = tm.add(tg.Actor("Clinical policy author", role="clinical policy staff"))
    # Source of truth for coverage criteria documents.
    policy_repo = tm.add(tg.DataStore("Coverage policy repository", stores={criteria_docs}))

# ---------------------------------------------------------------- flows
# request in
tm.flow(prescriber, epa_network, pa_request, chart_notes, protocol="https")
tm.flow(epa_network, intake, pa_request, chart_notes, protocol="https")
tm.flow(intake, case_store, pa_request)
tm.flow(intake, attachment_store, chart_notes)

# drafting
tm.flow(case_store, orchestrator, pa_request, label="new case")
tm.flow(attachment_store, orchestrator, chart_notes)
tm.flow(orchestrator, claims_db, member_lookup)
tm.flow(claims_db, orchestrator, claims_history)
tm.flow(orchestrator, criteria_index, criteria_query, label="similarity query")
tm.flow(criteria_index, orchestrator, criteria_chunks, label="retrieved criteria")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, case_store, draft)
tm.flow(orchestrator, llm_log_store, llm_logs)

# pharmacist review
tm.flow(case_store, workbench, pa_request, draft)
tm.flow(attachment_store, workbench, chart_notes)
tm.flow(claims_db, workbench, claims_history)
tm.flow(workbench, pharmacist, pa_request, chart_notes, claims_history, draft, protocol="https")
tm.flow(pharmacist, workbench, determination, protocol="https")
tm.flow(workbench, case_store, determination)

# determination out
tm.flow(case_store, intake, determination)
tm.flow(intake, epa_network, determination, protocol="https")
tm.flow(epa_network, prescriber, determination, protocol="https")

# criteria maintenance
tm.flow(policy_author, policy_repo, criteria_docs)
tm.flow(policy_repo, criteria_ingest, criteria_docs)
tm.flow(criteria_ingest, criteria_index, criteria_chunks)
