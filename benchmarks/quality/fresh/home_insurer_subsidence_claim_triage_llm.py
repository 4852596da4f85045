"""Subsidence claim triage: the first design, before any security review.

The home insurer's claims team handles subsidence claims on buildings policies.
Policyholders report a claim and upload photos of cracks and documents (builders'
quotes, previous surveys) through the online claims portal; appointed surveyors
upload their site reports through the same portal under supplier accounts, and a
crack monitoring contractor's platform supplies the tell-tale and level readings
per property. A triage service in the insurer's cloud gathers a claim's file,
adds the insurer's subsidence triage guidelines and asks a hosted multimodal LLM
to recommend accept, monitor or decline, with its reasons. A claims handler sees
the recommendation beside the evidence in the claims workbench, makes the
decision and sends the letter to the policyholder. Staff sign in with corporate
SSO and MFA, policyholders with e-mail and password; the LLM vendor was vetted
and holds no prompts after answering. Prompts and answers are kept in a log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Subsidence claim triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A hosted LLM recommends accept, monitor or decline on subsidence claims; handlers decide.",
)

# ---------------------------------------------------------------- data assets
claim_photos = tg.Data(
    "Policyholder damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of cracks inside and outside the home.",
)
claim_documents = tg.Data(
    "Policyholder claim documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Builders' quotes, earlier surveys, correspondence with neighbours.",
)
surveyor_report = tg.Data(
    "Surveyor site report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
monitoring_readings = tg.Data(
    "Crack monitoring readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Crack width and level readings per property over months.",
)
monitoring_request = tg.Data("Monitoring site reference", kind="records")
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "Subsidence triage guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, claim record, readings, surveyor report, documents and photos.",
)
recommendation = tg.Data(
    "LLM triage recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, monitor or decline, with reasons and the evidence it relied on.",
)
decision = tg.Data("Claim decision", kind="records", sensitivity=tg.Sensitivity.PII)
decision_letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)
llm_log = tg.Data("Triage prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer making the claim.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Supplier networks", trust=tg.Trust.PARTNER):
    # Surveyor from the appointed surveying firm who visits the property.
    surveyor = tm.add(tg.Actor("Appointed surveyor", role="supplier surveyor"))
    # The monitoring contractor's platform; it serves readings by API per site.
    monitoring = tm.add(
        tg.DataSource(
            "Crack monitoring platform",
            origin=tg.Origin.PARTNER,
            provides={monitoring_readings},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                tg.controls.SupplierAssessment(note="vendor review; zero data retention terms"),
                tg.controls.HumanInTheLoop(approver="claims handler decides every claim"),
            },
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Customer and supplier web portal for reporting claims and uploading evidence.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF, JPEG, PNG and HEIC only, 20 MB per file"),
            },
        )
    )
    # Object storage for every file attached to a claim.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={claim_photos, claim_documents, surveyor_report},
            controls={tg.controls.EncryptionAtRest(key_management="KMS")},
        )
    )
    # The core claims system's database: claims, recommendations, decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims system database",
            stores={claim_record, claim_status, recommendation, decision},
            controls={tg.controls.EncryptionAtRest(key_management="KMS"), tg.controls.RBAC()},
        )
    )
    # The claims team's triage criteria, maintained by the technical claims manager.
    guidance_store = tm.add(tg.DataStore("Triage guidelines store", stores={guidelines}))
    # Gathers a claim's evidence, builds the prompt, calls the LLM, stores the answer.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={tg.controls.SecretsManagement(note="LLM API key in the cloud vault")},
        )
    )
    # Log of every prompt and answer, for complaints and audit.
    log_store = tm.add(
        tg.DataStore(
            "Triage audit log",
            stores={llm_log},
            controls={tg.controls.AuditLogging(retention_days=2190)},
        )
    )
    # Screen where handlers read the evidence and recommendation and record decisions.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(note="claims handlers and team leaders"),
            },
        )
    )
    # Sends letters and e-mails generated from the workbench.
    correspondence = tm.add(tg.Service("Correspondence service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims handler in the subsidence team who makes the decision.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# Evidence coming in
tm.flow(policyholder, portal, claim_photos, claim_documents, protocol="https")
tm.flow(surveyor, portal, surveyor_report, protocol="https")
tm.flow(portal, doc_store, claim_photos, claim_documents, surveyor_report)
tm.flow(portal, claims_db, claim_record, label="new claim details")
tm.flow(claims_db, portal, claim_status)
tm.flow(portal, policyholder, claim_status, protocol="https")

# Triage
tm.flow(triage, monitoring, monitoring_request, protocol="https")
tm.flow(monitoring, triage, monitoring_readings, protocol="https")
tm.flow(doc_store, triage, claim_photos, claim_documents, surveyor_report)
tm.flow(claims_db, triage, claim_record)
tm.flow(guidance_store, triage, guidelines)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, recommendation, protocol="https")
tm.flow(triage, claims_db, recommendation)
tm.flow(triage, log_store, llm_log)

# Handler decides and writes to the policyholder
tm.flow(claims_db, workbench, claim_record, recommendation)
tm.flow(doc_store, workbench, claim_photos, claim_documents, surveyor_report)
tm.flow(workbench, handler, claim_record, recommendation, surveyor_report, protocol="https")
tm.flow(handler, workbench, decision, decision_letter, protocol="https")
tm.flow(workbench, claims_db, decision, claim_status)
tm.flow(workbench, correspondence, decision_letter)
tm.flow(correspondence, policyholder, decision_letter, protocol="smtp+starttls")
