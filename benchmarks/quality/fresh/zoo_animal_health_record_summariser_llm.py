"""Zoo animal health record summariser: the first design, before any security review.

The zoo's veterinary team wants a short handover note per animal at each shift
change and before procedures. A summariser service in the zoo's cloud tenant
pulls the animal's medical history (treatments, medications, anaesthesia,
diagnoses) from the zoo records system the zoo subscribes to, the keepers' daily
observations and the latest lab results, and asks a hosted LLM to draft the note.
Keepers type observations on section tablets into a keeper observation app;
external veterinary diagnostic labs e-mail their reports as PDFs to a results
mailbox, from which an importer extracts the values. Vets request and review
drafts in a vet portal and approve them before they reach the handover board,
which vets and curators read. Staff sign in with the zoo's Microsoft 365 accounts
(MFA on the vet portal only); the stores use the cloud platform's encryption at
rest; the summariser logs every prompt and draft. No other controls are planned.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Zoo animal health record summariser",
    profile=tg.RiskProfile.LOW,
    description="LLM-drafted veterinary handover notes from medical records, keeper "
    "observations and lab results, approved by a vet before publication.",
)

# ---------------------------------------------------------------- data assets
observations = tg.Data(
    "Keeper observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Daily free-text notes on appetite, behaviour, stool and mobility, "
    "with the keeper's name and section.",
)
lab_reports = tg.Data(
    "Lab report PDFs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Haematology, biochemistry, parasitology and pathology reports from external labs.",
)
lab_results = tg.Data(
    "Lab results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
medical_records = tg.Data(
    "Veterinary medical records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Treatments, prescribed drugs and doses, anaesthesia records and diagnoses.",
)
records_query = tg.Data("Medical record query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
summary_request = tg.Data(
    "Summary request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Animal id, period and optional free-text focus from the vet.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions plus the animal's records, observations and lab results.",
)
draft = tg.Data("Draft handover note", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
handover_note = tg.Data(
    "Approved handover note",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
summariser_log = tg.Data(
    "Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Zoo site network", trust=tg.Trust.INTERNAL):
    # Writes daily observations from the animal houses.
    keeper = tm.add(tg.Actor("Keeper", role="animal keeper"))
    # Requests summaries, checks and approves them before handover.
    vet = tm.add(tg.Actor("Veterinarian", role="zoo vet"))
    # Reads approved notes to plan moves, transfers and exhibits.
    curator = tm.add(tg.Actor("Curator", role="curator"))

with tm.boundary("Zoo cloud tenant", trust=tg.Trust.INTERNAL):
    # Web app on the section tablets where keepers enter observations.
    keeper_app = tm.add(
        tg.Endpoint(
            "Keeper observation app",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="zoo Microsoft 365 single sign-on")},
        )
    )
    # Reads the results mailbox and extracts values from the labs' PDFs.
    lab_importer = tm.add(
        tg.Pipeline(
            "Lab report importer",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Polls the lab-results mailbox and parses attached PDFs with an open-source PDF library.",
        )
    )
    # Local store of observations and parsed lab results (the records system holds the rest).
    health_store = tm.add(
        tg.DataStore(
            "Animal health data store",
            stores={observations, lab_results},
            controls={tg.controls.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Gathers the records for one animal, builds the prompt and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Summariser service",
            description="Assembles the animal's history and asks the hosted LLM for a handover draft.",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Where vets request, edit and approve drafts, and everyone reads the handover board.
    vet_portal = tm.add(
        tg.Endpoint(
            "Vet portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="zoo Microsoft 365 single sign-on with MFA"),
                tg.controls.HumanInTheLoop(approver="the requesting veterinarian"),
            },
        )
    )
    # The handover board: approved notes per animal.
    handover_store = tm.add(
        tg.DataStore(
            "Handover note store",
            stores={handover_note},
            controls={tg.controls.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Keeps the prompts and drafts the summariser logs.
    log_store = tm.add(tg.DataStore("Summariser log store", stores={summariser_log}))

with tm.boundary("Zoo records system vendor", trust=tg.Trust.PARTNER):
    # The SaaS animal records system holding the authoritative medical records.
    records_system = tm.add(
        tg.ExternalService("Zoo records system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Diagnostic labs", trust=tg.Trust.PARTNER):
    # External veterinary labs that test the samples the vets send.
    labs = tm.add(
        tg.DataSource(
            "Veterinary diagnostic labs", origin=tg.Origin.PARTNER, provides={lab_reports}
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts the handover note from the assembled records.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(keeper, keeper_app, observations, protocol="https")
tm.flow(keeper_app, health_store, observations)

tm.flow(
    labs,
    lab_importer,
    lab_reports,
    protocol="smtp+starttls",
    label="reports e-mailed to results mailbox",
)
tm.flow(lab_importer, health_store, lab_results)

tm.flow(vet, vet_portal, summary_request, protocol="https")
tm.flow(vet_portal, summariser, summary_request)
tm.flow(summariser, records_system, records_query, protocol="https")
tm.flow(records_system, summariser, medical_records, protocol="https")
tm.flow(health_store, summariser, observations, lab_results)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, log_store, summariser_log)
tm.flow(summariser, vet_portal, draft)
tm.flow(vet_portal, vet, draft, protocol="https")
tm.flow(vet, vet_portal, handover_note, protocol="https", label="edits and approves")
tm.flow(vet_portal, handover_store, handover_note)
tm.flow(handover_store, vet_portal, handover_note)
tm.flow(vet_portal, curator, handover_note, protocol="https")
