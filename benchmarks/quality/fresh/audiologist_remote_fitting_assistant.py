"""Remote hearing-aid fitting assistant: the first design, before any security review.

A US network of hearing-care clinics lets its audiologists fine-tune patients'
hearing aids remotely. Patients report problems ("voices sound tinny") in the
hearing-aid manufacturer's phone app, which sends them with the current settings
to the manufacturer's remote-fitting cloud. In the clinic's fitting portal an
assistant service sends the patient's audiogram, case history, complaints and
current settings to a hosted LLM, which summarises them and proposes fitting
changes. The audiologist reviews, edits and approves them; the portal pushes the
approved settings through the manufacturer's cloud to the app, which programs the
hearing aids over Bluetooth. Controls: staff SSO with MFA and role-based access,
HTTPS, audit logging and encryption at rest on the patient records, a signed BAA
with the LLM vendor, audiologist approval of every change, and the hearing aids'
own output ceiling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Audiologist remote fitting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="LLM-assisted remote hearing-aid fitting, approved by an audiologist "
    "and delivered through the manufacturer's cloud and phone app.",
)

# ---------------------------------------------------------------- data assets
hearing_tests = tg.Data(
    "Audiograms and hearing test results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_record = tg.Data(
    "Patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Demographics, case history, audiograms and fitting notes.",
)
complaint = tg.Data(
    "Patient complaint",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text and ratings the patient enters in the app.",
)
current_settings = tg.Data(
    "Current hearing aid settings and usage log",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
case_bundle = tg.Data(
    "Fitting case bundle",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Audiogram, case history, complaints and current settings for one session.",
)
llm_prompt = tg.Data(
    "Fitting assistant prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
llm_output = tg.Data(
    "Summary and proposed fitting changes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_settings = tg.Data(
    "Approved fitting settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Gain, compression, noise and program changes the audiologist signed off.",
)
programming = tg.Data(
    "Hearing aid programming commands",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
session_log = tg.Data(
    "Fitting session log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each proposal, the audiologist's edits and approval, and the push result.",
)
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
manufacturer_key = tg.Data(
    "Manufacturer cloud API credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient home", trust=tg.Trust.UNTRUSTED):
    # The hearing-aid wearer, who reports problems and installs the new settings.
    patient = tm.add(tg.Actor("Patient", role="hearing aid wearer"))
    # The manufacturer's companion app on the patient's own phone.
    app = tm.add(
        tg.Device(
            "Hearing aid phone app",
            description="Manufacturer app; the patient signs in with a manufacturer account.",
        )
    )
    # The hearing aids themselves, programmed by the app over Bluetooth.
    aids = tm.add(
        tg.Device(
            "Hearing aids",
            controls={
                c.SafetyLimits(
                    limits="firmware caps maximum power output at the model's fitting range"
                )
            },
        )
    )

with tm.boundary("Manufacturer cloud", trust=tg.Trust.PARTNER):
    # Manufacturer's remote-fitting service: relays complaints and pushes settings.
    fitting_cloud = tm.add(tg.ExternalService("Manufacturer remote fitting cloud"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model under a business associate agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The clinic network's single sign-on for staff.
    sso = tm.add(tg.ExternalService("Clinic SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Clinic network cloud", trust=tg.Trust.INTERNAL):
    # Web application where audiologists review cases and approve fittings.
    portal = tm.add(
        tg.Service(
            "Remote fitting portal",
            controls={
                c.Authentication(method="OIDC SSO with MFA"),
                c.RBAC(note="audiologists see only their clinic's patients"),
                c.HumanInTheLoop(approver="the patient's audiologist"),
            },
        )
    )
    # Builds the prompt, calls the LLM and parses the proposed changes.
    assistant = tm.add(tg.Service("Fitting assistant service"))
    # Keeps what was proposed, changed, approved and pushed.
    session_store = tm.add(tg.DataStore("Fitting session store", stores={session_log}))

    with tm.boundary("Clinical records", trust=tg.Trust.RESTRICTED):
        # Practice management system holding the patients' hearing records.
        records = tm.add(
            tg.DataStore(
                "Patient records system",
                stores={patient_record, hearing_tests},
                controls={
                    c.AuditLogging(retention_days=2190),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Clinic sites", trust=tg.Trust.INTERNAL):
    # The licensed audiologist who decides on every fitting change.
    audiologist = tm.add(tg.Actor("Audiologist", role="audiologist"))
    # Clinic audiometers whose test results are filed in the patient record.
    audiometer = tm.add(tg.DataSource("Clinic audiometer", provides={hearing_tests}))

# ---------------------------------------------------------------- flows
tm.flow(audiometer, records, hearing_tests, protocol="https", label="test results filed")

tm.flow(patient, app, complaint, label="reports problem, accepts new settings")
tm.flow(app, patient, approved_settings, label="shows the new program")
tm.flow(aids, app, current_settings, protocol="bluetooth le")
tm.flow(app, fitting_cloud, complaint, current_settings, protocol="https")
tm.flow(fitting_cloud, portal, complaint, current_settings, protocol="https")

tm.flow(audiologist, sso, sign_in, protocol="https")
tm.flow(sso, portal, id_token, protocol="https")
tm.flow(audiologist, portal, approved_settings, protocol="https", label="reviews, edits, approves")
tm.flow(portal, audiologist, llm_output, case_bundle, protocol="https")

tm.flow(records, portal, patient_record, hearing_tests, protocol="https")
tm.flow(portal, records, patient_record, protocol="https", label="fitting note")

tm.flow(portal, assistant, case_bundle)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_output, protocol="https")
tm.flow(assistant, portal, llm_output)

tm.flow(portal, session_store, session_log)
tm.flow(portal, fitting_cloud, approved_settings, manufacturer_key, protocol="https", label="push")
tm.flow(fitting_cloud, portal, current_settings, protocol="https", label="push status")
tm.flow(fitting_cloud, app, approved_settings, protocol="https")
tm.flow(app, aids, programming, protocol="bluetooth le")
