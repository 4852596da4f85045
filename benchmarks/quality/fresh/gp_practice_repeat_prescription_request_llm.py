"""GP repeat prescription drafting: the first design, before any security review.

Patients of the practice ask for repeat medication through an online form on the
practice website, giving their name, date of birth, NHS number, the items they need
in free text and their nominated pharmacy. A drafting service in the practice's
cloud tenancy matches the request to the patient's record in the hosted GP clinical
system, reads their repeat medication list through the supplier's partner API, and
sends both to a hosted LLM that drafts the prescription items. Drafts wait in a
queue until a GP or clinical pharmacist reviews them in the review app; approved
items go into the clinical system, where the clinician signs them with their
smartcard and they are sent to the pharmacy through the Electronic Prescription
Service. Patients get a text message when their request is approved or declined.
Controls: form validation and rate limits, smartcard sign-in for clinicians, sign-off
of every draft, a DPIA, a vendor review of the LLM provider, encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "GP repeat prescription drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts repeat prescriptions from patients' online requests "
    "for a clinician to review and sign.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Repeat prescription request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, NHS number, free-text items, nominated pharmacy.",
)
med_list = tg.Data(
    "Repeat medication list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The patient's authorised repeat items, doses, review dates and allergies.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the patient's request text and their repeat medication list.",
)
completion = tg.Data("LLM drafted items", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft = tg.Data(
    "Draft prescription",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drafted items matched to the repeat list, with the original request alongside.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Clinician review decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approve, edit or decline each drafted item, with a note to the patient.",
)
approved_items = tg.Data(
    "Approved prescription items", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
signature = tg.Data("Prescriber signature", kind="records", sensitivity=tg.Sensitivity.REGULATED)
eps_message = tg.Data(
    "Signed electronic prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
notification = tg.Data(
    "Request outcome text message", kind="records", sensitivity=tg.Sensitivity.PII
)
llm_log = tg.Data(
    "Prompt and completion log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every prompt sent and draft returned, kept for clinical safety review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered patients asking for their repeat medication.
    patient = tm.add(tg.Actor("Patient", role="registered patient"))

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public web form on the practice website that takes requests.
    form = tm.add(
        tg.Endpoint(
            "Online repeat request form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="required fields, NHS number checksum, length limits"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Holds submitted requests until the drafting service picks them up.
    inbox = tm.add(
        tg.DataStore(
            "Request inbox",
            stores={request},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Matches the request to the patient, builds the prompt and stores the draft.
    drafter = tm.add(
        tg.Service(
            "Prescription drafting service",
            description="Finds the patient by NHS number and date of birth, reads their "
            "repeat list, asks the LLM to draft the items and queues the draft.",
            controls={
                c.ImpactAssessment(
                    basis="UK GDPR Art. 6(1)(e) public task; Art. 9(2)(h) provision of health care"
                ),
            },
        )
    )
    # Drafts waiting for a clinician.
    queue = tm.add(
        tg.DataStore(
            "Draft prescription queue",
            stores={draft},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so the clinical safety officer can review what the LLM was given and drafted.
    log_store = tm.add(tg.DataStore("Prompt and completion log store", stores={llm_log}))
    # Where clinicians review, edit, approve or decline each draft.
    review_app = tm.add(
        tg.Service(
            "Clinician review app",
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the GP or clinical pharmacist who signs the prescription"
                ),
            },
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Reviews every draft and signs the prescription.
    clinician = tm.add(tg.Actor("GP or clinical pharmacist", role="prescriber"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the provider's API, in a UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DTAC and DPA in place; no retention of prompts")},
        )
    )

with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The practice's system of record, hosted by the supplier.
    ehr = tm.add(
        tg.DataStore(
            "GP clinical system (EHR)",
            stores={patient_record, med_list, approved_items},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.Authentication(method="NHS smartcard and passcode"),
            },
        )
    )

with tm.boundary("NHS national services", trust=tg.Trust.PARTNER):
    # Carries signed prescriptions to the patient's nominated pharmacy.
    eps = tm.add(tg.ExternalService("Electronic Prescription Service"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Tells the patient the outcome of their request.
    sms = tm.add(tg.ExternalService("SMS gateway"))

# ---------------------------------------------------------------- flows
tm.flow(patient, form, request, protocol="https")
tm.flow(form, inbox, request)
tm.flow(inbox, drafter, request)
tm.flow(drafter, ehr, request, protocol="https", label="patient lookup")
tm.flow(ehr, drafter, med_list, protocol="https")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, log_store, llm_log)
tm.flow(drafter, queue, draft)
tm.flow(queue, review_app, draft)
tm.flow(review_app, clinician, draft, protocol="https")
tm.flow(clinician, review_app, review_decision, protocol="https")
tm.flow(review_app, ehr, approved_items, protocol="https", label="creates pending prescription")
tm.flow(clinician, ehr, signature, protocol="https", label="signs with smartcard")
tm.flow(ehr, eps, eps_message, protocol="https")
tm.flow(review_app, sms, notification, protocol="https")
tm.flow(sms, patient, notification, protocol="sms")
