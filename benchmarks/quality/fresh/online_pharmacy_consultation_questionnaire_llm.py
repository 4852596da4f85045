"""Online pharmacy consultation review: the first design, before any security review.

Patients of our UK online pharmacy who order a prescription-only medicine (weight-loss
injections, erectile dysfunction tablets, asthma inhalers, ...) fill in a consultation
questionnaire on the pharmacy website, signed in with an e-mail address and password.
The consultation service verifies the patient's identity with an ID-check vendor and
stores the answers with their order history in the clinical database. A review
orchestrator combines the answers, the order history and the pharmacy's prescribing
protocol for that medicine into a prompt for a hosted LLM (EU region, vendor-assessed,
under a data processing agreement), which drafts a recommendation: approve, reject or
ask the patient more. The prescribing pharmacist opens each case in the prescriber
console (staff SSO with MFA, over the corporate VPN), reads the draft and makes the
decision; approved orders go to the dispensary system. Prompts and drafts are logged.
Controls: TLS everywhere, encryption at rest on the clinical database, role-based
access in the console, and a pharmacist approving every prescription.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online pharmacy consultation review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts prescribing recommendations from patients' consultation "
    "questionnaires for the prescribing pharmacist.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Patient account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, e-mail address.",
)
questionnaire = tg.Data(
    "Consultation questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tick-box and free-text answers about symptoms, conditions, other "
    "medicines, weight and height; health data.",
)
id_request = tg.Data("Identity check request", kind="records", sensitivity=tg.Sensitivity.PII)
id_result = tg.Data("Identity check result", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Patient order history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past consultations, prescriptions issued and medicines dispensed.",
)
protocols = tg.Data(
    "Prescribing protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-medicine criteria, contraindications and red flags written by the "
    "superintendent pharmacist.",
)
review_prompt = tg.Data(
    "Consultation review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the protocol, the questionnaire answers and order history.",
)
draft = tg.Data(
    "Draft prescribing recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approve, reject or ask for more information, with the reasons and the "
    "answers it relied on.",
)
decision = tg.Data(
    "Prescribing decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prescription = tg.Data(
    "Approved prescription order", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
message = tg.Data(
    "Pharmacist message to patient",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Follow-up questions or the reason an order was declined.",
)
status = tg.Data("Consultation status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
review_log = tg.Data(
    "Review prompt and draft log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person ordering the medicine; anyone can open an account.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Checks that the patient is a real person of the age and address they claim.
    id_check = tm.add(
        tg.ExternalService(
            "Identity verification service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Electronic ID and age check against credit reference data.",
        )
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Drafts the recommendation; a general-purpose hosted model, not fine-tuned.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Chat-completion API in the vendor's EU region; no training on our data.",
            controls={
                c.SupplierAssessment(note="vendor DPA, EU data residency, zero data retention"),
            },
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Patient-facing website where questionnaires are filled in and messages read.
    web = tm.add(
        tg.Endpoint(
            "Pharmacy website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail address and password"),
                c.InputValidation(note="questionnaire schema: required answers, field lengths"),
            },
        )
    )
    # Owns the consultation workflow: ID check, storage, hand-off to review.
    consultation = tm.add(
        tg.Service(
            "Consultation service",
            description="Receives questionnaires, runs the ID check and queues cases for review.",
        )
    )
    # Builds the prompt from the case and protocol, calls the LLM, stores the draft.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            description="One LLM call per consultation; no tools.",
            controls={
                c.HumanInTheLoop(
                    approver="prescribing pharmacist",
                    note="every draft is read and decided by a pharmacist before anything is issued",
                ),
            },
        )
    )
    # Keeps prompts and drafts so a case's recommendation can be looked at later.
    log_store = tm.add(tg.DataStore("Review log store", stores={review_log}))
    # Staff web app where pharmacists work through the review queue.
    console = tm.add(
        tg.Endpoint(
            "Prescriber console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(note="only registered prescribers can approve"),
                c.AuditLogging(note="who opened and decided each case"),
            },
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # System of record for patients' consultations, decisions and orders.
        clinical_db = tm.add(
            tg.DataStore(
                "Clinical consultation database",
                stores={account, questionnaire, history, id_result, draft, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Reference protocols per medicine, edited by the superintendent pharmacist.
        protocol_store = tm.add(tg.DataStore("Prescribing protocol library", stores={protocols}))

with tm.boundary("Pharmacy staff network", trust=tg.Trust.INTERNAL):
    # Registered pharmacist independent prescriber; legally responsible for the decision.
    pharmacist = tm.add(tg.Actor("Prescribing pharmacist", role="prescriber"))
    # Existing pick, pack and dispatch system at the dispensary.
    dispensary = tm.add(
        tg.Service(
            "Dispensary system",
            description="Receives approved prescriptions for labelling and dispatch.",
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(patient, web, account, questionnaire, protocol="https", controls={tls})
tm.flow(web, patient, status, message, protocol="https", controls={tls})
tm.flow(web, consultation, account, questionnaire, protocol="https")
tm.flow(consultation, web, status, message, protocol="https")

tm.flow(consultation, id_check, id_request, protocol="https", controls={tls})
tm.flow(id_check, consultation, id_result, protocol="https", controls={tls})

tm.flow(consultation, clinical_db, account, questionnaire, id_result, protocol="postgres")
tm.flow(clinical_db, consultation, history, protocol="postgres")
tm.flow(consultation, orchestrator, questionnaire, history, label="case queued for review")

tm.flow(protocol_store, orchestrator, protocols, label="protocol for the ordered medicine")
tm.flow(orchestrator, llm, review_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, draft, protocol="https", controls={tls})
tm.flow(orchestrator, clinical_db, draft, protocol="postgres")
tm.flow(orchestrator, log_store, review_log)

tm.flow(clinical_db, console, questionnaire, history, id_result, draft, protocol="postgres")
tm.flow(console, pharmacist, questionnaire, history, draft, protocol="https", controls={tls})
tm.flow(pharmacist, console, decision, message, protocol="https", controls={tls})
tm.flow(console, clinical_db, decision, protocol="postgres")
tm.flow(console, consultation, message, protocol="https", label="follow-up or decline reason")
tm.flow(console, dispensary, prescription, protocol="https", controls={tls})
