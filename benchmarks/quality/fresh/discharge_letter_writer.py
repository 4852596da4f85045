"""Discharge letter writer: the first design, before any security review.

When a patient is ready to leave a ward, the discharging doctor asks the ward
system for a draft discharge letter. A drafting service in the hospital's network
pulls the admission's inpatient notes, medication list and test results from the
EHR over its FHIR API, puts them into a letter prompt and sends it to an LLM that a
vendor hosts in a UK region under a data processing agreement. The draft comes back
to the ward system, where the doctor edits and signs it; nothing is sent unsigned.
The signed letter is filed in the clinical document repository, sent to the
patient's GP by the messaging gateway over the national secure messaging network,
and published to the patient portal, where patients log in with the national
identity service. Clinicians log in with smartcards; the EHR and repository are
encrypted and role-based; prompts and drafts are logged for clinical audit.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Discharge letter writer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted, clinician-signed discharge letters sent to GPs and the portal.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Draft request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient and admission identifiers and the requesting clinician.",
)
clinical_record = tg.Data(
    "Inpatient record extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Inpatient notes, medication list and test results for the admission.",
)
letter_prompt = tg.Data(
    "Letter prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The letter template and instructions with the record extract inline.",
)
draft_letter = tg.Data(
    "Draft discharge letter",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_letter = tg.Data(
    "Signed discharge letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
draft_log = tg.Data(
    "Prompt and draft log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
)
delivery_receipt = tg.Data("Delivery receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
login_token = tg.Data(
    "Patient identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reads the letter after going home.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("National identity service", trust=tg.Trust.PARTNER):
    # Proves who the patient is before the portal shows any letter.
    identity = tm.add(
        tg.ExternalService("National patient login", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("National health network", trust=tg.Trust.PARTNER):
    # The national store-and-forward service that carries letters to GP practices.
    messaging = tm.add(tg.ExternalService("National secure messaging network"))
    # The patient's registered GP, who takes over care after discharge.
    gp = tm.add(tg.Actor("GP practice", role="general practitioner"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Writes the draft; it never sees more than the prompt we send it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, UK data residency.",
            controls={c.SupplierAssessment(note="DPA, no training on our data, DSPT review")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Requests the draft, corrects it and signs it.
    doctor = tm.add(tg.Actor("Discharging doctor", role="clinician"))
    # The ward's clinical application, where drafts are reviewed, edited and signed.
    ward_system = tm.add(
        tg.Service(
            "Ward system",
            controls={
                c.Authentication(method="smartcard SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="discharging doctor"),
            },
        )
    )
    # Gathers the record extract, builds the prompt and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={c.SecretsManagement(note="vendor API key in the hospital vault")},
        )
    )
    # Keeps every prompt and draft so clinical audit can compare them with the signed letter.
    audit_store = tm.add(
        tg.DataStore(
            "Draft audit log",
            stores={draft_log},
            controls={c.AuditLogging(retention_days=2920)},
        )
    )
    # Sends signed letters out to GPs and receives delivery receipts.
    gateway = tm.add(tg.Service("Messaging gateway"))

    with tm.boundary("Clinical data zone", trust=tg.Trust.RESTRICTED):
        # The source of the notes, medicines and results.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={clinical_record},
                controls={
                    c.EncryptionAtRest(key_management="hospital HSM"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Where signed letters are filed as part of the record.
        repository = tm.add(
            tg.DataStore(
                "Clinical document repository",
                stores={signed_letter},
                controls={c.EncryptionAtRest(key_management="hospital HSM"), c.RBAC()},
            )
        )

with tm.boundary("Hospital cloud tenancy", trust=tg.Trust.INTERNAL):
    # Lets patients read their own letters online.
    portal = tm.add(
        tg.Endpoint(
            "Patient portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via national patient login")},
        )
    )

# ---------------------------------------------------------------- flows
# drafting
tm.flow(doctor, ward_system, draft_request, protocol="https", label="request draft")
tm.flow(ward_system, drafting, draft_request, protocol="https")
tm.flow(ehr, drafting, clinical_record, protocol="https", label="FHIR read")
tm.flow(drafting, llm, letter_prompt, protocol="https")
tm.flow(llm, drafting, draft_letter, protocol="https")
tm.flow(drafting, audit_store, draft_log)
tm.flow(drafting, ward_system, draft_letter, protocol="https")

# review and signing
tm.flow(ward_system, doctor, draft_letter, protocol="https", label="draft for review")
tm.flow(doctor, ward_system, signed_letter, protocol="https", label="edits and signs")
tm.flow(ward_system, repository, signed_letter)

# to the GP
tm.flow(repository, gateway, signed_letter)
tm.flow(gateway, messaging, signed_letter, protocol="mtls")
tm.flow(messaging, gateway, delivery_receipt, protocol="mtls")
tm.flow(messaging, gp, signed_letter, protocol="mtls")

# to the patient
tm.flow(patient, identity, login_token, protocol="https", label="log in")
tm.flow(identity, portal, login_token, protocol="https")
tm.flow(patient, portal, login_token, protocol="https", label="open my letters")
tm.flow(repository, portal, signed_letter, protocol="https", label="publish")
tm.flow(portal, patient, signed_letter, protocol="https")
