"""GP surgery repeat prescription triage with an LLM: the first design.

Patients of an English GP surgery sign in with NHS login and request repeat
medication on the surgery's online form: they tick items from their repeat list
and may add a free-text note. A triage service in the surgery's cloud tenant
picks each request up, reads the patient's medication record (repeats, issue
history, medication review date, recent monitoring results) from the GP clinical
system over the supplier's API on HSCN, adds the practice repeat prescribing
policy and asks a hosted LLM (UK region) to draft the issue and flag requests that
need a clinician's look: overdue reviews or bloods, early or unusual requests,
high-risk drugs. Drafts and flags wait in a review queue; the duty GP approves or
amends them in a review app signed in with an NHS smartcard, then signs them in
the clinical system, which sends them to the Electronic Prescription Service.
Prescription clerks handle admin flags and patients get status texts. A DPIA
covers the processing and the LLM vendor passed the NHS supplier checks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GP surgery prescription request triage LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts patients' repeat prescription requests for GPs to sign and flags ones needing review.",
)

# ---------------------------------------------------------------- data assets
signin = tg.Data(
    "NHS login sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data(
    "NHS login identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token carrying the patient's verified NHS number.",
)
request = tg.Data(
    "Repeat prescription request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="NHS number, the repeat items ticked, and an optional free-text note to the GP.",
)
medication_record = tg.Data(
    "Patient medication record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current repeats, issue history, medication review date, allergies, recent results.",
)
policy = tg.Data(
    "Repeat prescribing policy",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The practice's rules: monitoring intervals, early-request limits, drugs always referred to a GP.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the policy, the request and the medication record.",
)
draft = tg.Data(
    "Draft prescription and review flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Items, quantities and directions to issue, with flags and a short rationale.",
)
queued_draft = tg.Data(
    "Draft prescriptions for review", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
review_decision = tg.Data(
    "GP review decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approve, amend or reject each draft, with the GP's note.",
)
pending_issue = tg.Data(
    "Approved prescription awaiting signature", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
signature = tg.Data(
    "GP electronic signature", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
eps_prescription = tg.Data(
    "Signed electronic prescription", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
status_message = tg.Data(
    "Request status message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Received, sent to your pharmacy, or please book a medication review.",
)
admin_task = tg.Data(
    "Admin follow-up task",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Book a review or blood test, chase a missing item, contact the patient.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered patients asking for their regular medication.
    patient = tm.add(tg.Actor("Patient", role="registered patient"))

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # NHS login: patients sign in here and the form gets their verified NHS number.
    nhs_login = tm.add(
        tg.ExternalService("NHS login", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Electronic Prescription Service: signed prescriptions go to the patient's nominated pharmacy.
    eps = tm.add(tg.ExternalService("Electronic Prescription Service"))

with tm.boundary("Messaging supplier", trust=tg.Trust.PARTNER):
    # The surgery's existing patient text-messaging service.
    messaging = tm.add(tg.ExternalService("Patient messaging service"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Drafts each issue and decides which requests to flag for a GP.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, hosted in a UK region.",
            controls={c.SupplierAssessment(note="DTAC and DSPT checked; no retention of prompts")},
        )
    )

with tm.boundary("Clinical system supplier (HSCN)", trust=tg.Trust.PARTNER):
    # The GP clinical system: the practice's record of patients and prescriptions.
    ehr = tm.add(
        tg.DataStore(
            "GP clinical system (EHR)",
            stores={medication_record, pending_issue, eps_prescription},
            description="Supplier-hosted clinical system; partner API available on HSCN.",
        )
    )

with tm.boundary("Surgery cloud tenant", trust=tg.Trust.INTERNAL):
    # Public web form where signed-in patients submit requests.
    request_form = tm.add(
        tg.Endpoint(
            "Online prescription request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS login (password with SMS or app code)"),
                c.InputValidation(
                    note="items must come from the patient's repeat list; note capped at 500 characters"
                ),
            },
        )
    )
    # Holds submitted requests until the triage service picks them up.
    request_queue = tm.add(tg.DataStore("Request queue", stores={request}))
    # Builds the prompt for each request and files the draft for review.
    triage = tm.add(
        tg.Service(
            "Prescription triage service",
            description="Reads the request, the medication record and the policy, calls the LLM, queues the draft.",
            controls={
                c.ImpactAssessment(
                    basis="UK GDPR Art. 6(1)(e) public task; Art. 9(2)(h) provision of health care"
                ),
                c.AuditLogging(),
            },
        )
    )
    # The practice's repeat prescribing policy, maintained by the prescribing lead.
    policy_store = tm.add(tg.DataStore("Prescribing policy documents", stores={policy}))
    # Drafts and flags waiting for a GP or clerk.
    draft_queue = tm.add(
        tg.DataStore(
            "Draft review queue",
            stores={queued_draft},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where GPs approve or amend drafts and clerks work admin follow-ups.
    review_app = tm.add(
        tg.Service(
            "Prescription review app",
            controls={
                c.Authentication(method="NHS smartcard (CIS2)"),
                c.RBAC(note="GPs approve drafts; clerks see admin follow-ups only"),
                c.HumanInTheLoop(approver="the duty GP, for every draft before it is issued"),
            },
        )
    )

with tm.boundary("Surgery network", trust=tg.Trust.INTERNAL):
    # Signs every prescription; reviews flagged requests.
    gp = tm.add(tg.Actor("Duty GP", role="general practitioner"))
    # Books reviews and blood tests and contacts patients for flagged requests.
    clerk = tm.add(tg.Actor("Prescription clerk", role="prescription clerk"))

# ---------------------------------------------------------------- flows
# request and sign-in
tm.flow(patient, nhs_login, signin, protocol="https")
tm.flow(nhs_login, request_form, id_token, protocol="oidc")
tm.flow(patient, request_form, request, protocol="https")
tm.flow(request_form, patient, status_message, protocol="https", label="confirmation page")
tm.flow(request_form, request_queue, request)

# triage
tm.flow(request_queue, triage, request)
tm.flow(triage, ehr, request, protocol="mtls", label="medication record query over partner API")
tm.flow(ehr, triage, medication_record, protocol="mtls", label="partner API")
tm.flow(policy_store, triage, policy)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, draft, protocol="https")
tm.flow(triage, draft_queue, queued_draft)
tm.flow(triage, messaging, status_message, protocol="https")
tm.flow(messaging, patient, status_message, protocol="sms")

# review and signing
tm.flow(draft_queue, review_app, queued_draft)
tm.flow(review_app, gp, queued_draft, protocol="https")
tm.flow(gp, review_app, review_decision, protocol="https")
tm.flow(review_app, draft_queue, review_decision)
tm.flow(review_app, ehr, pending_issue, protocol="mtls", label="partner API")
tm.flow(gp, ehr, signature, protocol="https", label="signs in the clinical system")
tm.flow(ehr, eps, eps_prescription, protocol="mtls")
tm.flow(review_app, clerk, admin_task, protocol="https")
tm.flow(clerk, review_app, admin_task, protocol="https")
