"""Medical coding assistant: the first design, before any security review.

Hospital coders open an encounter in a coding workbench. The orchestrator pulls
the discharge summary from the EHR over FHIR, retrieves passages of the official
ICD-10-CM/PCS coding guidelines from a vector index, and asks a fine-tuned LLM in
the hospital's cloud tenant for diagnosis and procedure codes, each with the
supporting quote from the summary. Suggested codes are checked against the
current code tables. A certified coder accepts or changes every code before the
workbench sends the final codes to the billing system, and the decisions are
kept for audit and the next fine-tuning round. The model is fine-tuned by the
data science team from an open-weights base on historical coded encounters.
Coders sign in with hospital SSO; the workbench is reachable only on the
hospital network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Medical coding assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM-suggested ICD-10 and procedure codes for human coders, sent on to billing.",
)

# ---------------------------------------------------------------- data assets
summary = tg.Data(
    "Discharge summary",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text clinical narrative with patient identifiers (PHI).",
)
encounter_ref = tg.Data("Encounter selection", kind="records", sensitivity=tg.Sensitivity.REGULATED)
guideline_docs = tg.Data(
    "Coding guideline publications", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guideline_chunks = tg.Data(
    "Guideline passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
retrieval_query = tg.Data(
    "Guideline query",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Diagnoses and procedures extracted from the summary, embedded for search.",
)
coding_prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the discharge summary and the retrieved guideline passages.",
)
suggestions = tg.Data(
    "Code suggestions with quotes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
coder_decisions = tg.Data(
    "Coder decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which suggestions were accepted, changed or added, with the coder id.",
)
final_codes = tg.Data(
    "Final coded encounter",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical coded encounters",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
base_weights = tg.Data("Open-weights base model", format="safetensors")
tuned_weights = tg.Data(
    "Fine-tuned coding model", format="safetensors", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data("Fine-tuning configuration", kind="code")
approval = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The people the tool is for; they make the final coding decision.
    coder = tm.add(tg.Actor("Medical coder", role="certified coder"))
    # Source of the discharge summaries and of the historical coded charts.
    ehr = tm.add(tg.DataSource("EHR", origin=tg.Origin.INTERNAL, provides={summary, history}))
    # Receives the final codes and builds the claim.
    billing = tm.add(tg.Service("Billing system", description="Hospital revenue-cycle system."))

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app coders work in.
    workbench = tm.add(
        tg.Endpoint(
            "Coding workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital SSO (SAML) with MFA"),
                c.RBAC(note="only the coder role can open encounters"),
                c.HumanInTheLoop(approver="certified medical coder"),
            },
        )
    )
    # Fetches the summary, runs retrieval, builds the prompt, parses the answer.
    orchestrator = tm.add(
        tg.Service(
            "Coding orchestrator",
            controls={
                c.OutputFiltering(
                    note="codes checked against current code tables; quotes must match the summary"
                )
            },
        )
    )
    # Suggests the codes; its suggestions drive what the hospital bills.
    llm = tm.add(
        tg.LLM(
            "Coding LLM",
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Open-weights base fine-tuned on our coded encounters, served on a GPU VM.",
            controls={c.ModelValidation(note="accuracy on held-out coded charts before release")},
        )
    )
    # Lets the model cite the right guideline section for each code.
    guideline_index = tm.add(tg.VectorStore("Coding guidelines index", stores={guideline_chunks}))
    # Refreshes the index when a new code-set year or guideline issue comes out.
    indexer = tm.add(tg.Pipeline("Guideline indexing job", stage=tg.Stage.INGESTION))
    # Keeps suggestions and coder decisions for compliance audits and retraining.
    decision_store = tm.add(
        tg.DataStore(
            "Suggestion and decision store",
            stores={suggestions, coder_decisions},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Historical charts and coder corrections used to fine-tune.
        train_set = tm.add(
            tg.Dataset(
                "Fine-tuning dataset",
                stores={history, coder_decisions},
                purpose="fine-tuning",
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # LoRA fine-tuning notebook job run by the data science team.
        finetune = tm.add(
            tg.Pipeline("Fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )
        # Versions of the fine-tuned model that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={tuned_weights}, controls={c.ModelVersioning()}
            )
        )
    # Data scientist who runs fine-tuning and promotes new versions.
    ml_engineer = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the base model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))
    # CMS/CDC guideline PDFs and code tables, published each fiscal year.
    publications = tm.add(
        tg.DataSource(
            "Guideline publishers", origin=tg.Origin.PUBLIC_WEB, provides={guideline_docs}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(coder, workbench, encounter_ref, coder_decisions, protocol="https")
tm.flow(workbench, coder, summary, suggestions, protocol="https")
tm.flow(workbench, orchestrator, encounter_ref)
tm.flow(orchestrator, workbench, summary, suggestions)

tm.flow(ehr, orchestrator, summary, protocol="https", label="FHIR DocumentReference")
tm.flow(orchestrator, guideline_index, retrieval_query, label="similarity search")
tm.flow(guideline_index, orchestrator, guideline_chunks)
tm.flow(orchestrator, llm, coding_prompt, protocol="https")
tm.flow(llm, orchestrator, suggestions, protocol="https")

tm.flow(workbench, decision_store, suggestions, coder_decisions)
tm.flow(workbench, billing, final_codes, protocol="mllp", label="HL7 DFT over site-to-site VPN")

tm.flow(publications, indexer, guideline_docs, protocol="https", label="yearly download")
tm.flow(indexer, guideline_index, guideline_chunks)

tm.flow(ehr, train_set, history, label="one-off extract")
tm.flow(decision_store, train_set, coder_decisions, label="corrections for next round")
tm.flow(train_set, finetune, history, coder_decisions)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(ml_engineer, finetune, train_config)
tm.flow(finetune, registry, tuned_weights)
tm.flow(ml_engineer, registry, approval, label="promotes a version")
tm.flow(registry, llm, tuned_weights, label="deploy")
