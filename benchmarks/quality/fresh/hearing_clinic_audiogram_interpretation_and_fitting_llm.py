"""Hearing clinic audiogram interpretation and fitting assistant: the first design.

A US chain of hearing clinics. Before a visit the patient fills in a hearing
questionnaire (history, tinnitus, dizziness, ear pain) on the clinic's web portal.
In the clinic an audiologist runs the hearing test on an audiometer attached to the
fitting workstation. The interpretation service in the clinic chain's cloud account
sends the audiogram and the questionnaire to a hosted LLM (vendor under a BAA), which
suggests first-fit hearing-aid settings and says whether anything looks medical
(asymmetric loss, sudden loss, conductive signs) and warrants an ENT referral.
The audiologist reviews the suggestion and decides; the fitted settings are pushed
through the hearing-aid manufacturer's fitting cloud to the patient's companion app
and on to the hearing aids, and referrals go out over the health information network.
Controls in this design: staff SSO with MFA, role-based access and audit logging on
the EHR, encryption at rest, TLS on the cloud links, and the audiologist's sign-off.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Hearing clinic audiogram interpretation and fitting LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="An LLM suggests hearing-aid settings and ENT referrals from audiograms; "
    "audiologists decide and push fittings through the manufacturer's cloud.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Patient hearing questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Case history in the patient's own words: onset, tinnitus, vertigo, ear pain.",
)
audiogram = tg.Data(
    "Audiogram",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Air and bone conduction thresholds, speech scores, tympanometry.",
)
patient_record = tg.Data(
    "Audiology patient record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Interpretation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the audiogram, the questionnaire and the patient's age.",
)
suggestion = tg.Data(
    "Suggested fitting settings and referral flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
fitting = tg.Data(
    "Fitted hearing-aid settings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Gain per frequency band, maximum output, programs, feedback settings.",
)
referral = tg.Data(
    "ENT referral letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
usage_logs = tg.Data(
    "Hearing-aid usage logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Wear time, listening environments and volume changes (datalogging).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fills in the questionnaire at home and wears the hearing aids.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The manufacturer's app on the patient's own phone relays settings to the aids.
    companion_app = tm.add(
        tg.Device("Hearing-aid companion app", description="Runs on the patient's phone.")
    )
    # The fitted hearing aids themselves, paired with the phone over Bluetooth LE.
    hearing_aids = tm.add(tg.Device("Patient hearing aids"))

with tm.boundary("Hearing-aid manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's remote-fitting service that delivers settings to devices.
    mfr_cloud = tm.add(
        tg.ExternalService(
            "Manufacturer fitting cloud",
            description="Remote fitting and firmware service of the hearing-aid maker.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that reads the audiogram and questionnaire.
    llm = tm.add(
        tg.LLM(
            "Audiogram interpretation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor-hosted chat model under a business associate agreement.",
            controls={c.SupplierAssessment(note="BAA signed, zero data retention option")},
        )
    )

with tm.boundary("Health information network", trust=tg.Trust.PARTNER):
    # Where referrals to ENT physicians are sent (Direct secure messaging).
    referral_network = tm.add(
        tg.ExternalService("ENT referral network", description="Direct messaging HISP.")
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Runs the test, reviews the suggestion and makes the fitting decision.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician"))
    # Clinical audiometer that produces the audiogram.
    audiometer = tm.add(tg.Device("Audiometer", fleet=True))
    # Fitting software on the clinic PC: shows the suggestion, programs the fitting.
    workstation = tm.add(
        tg.Service(
            "Fitting workstation",
            description="Audiology practice and fitting software on the clinic PC.",
            controls={c.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Clinic cloud account", trust=tg.Trust.INTERNAL):
    # Web form patients use before their appointment.
    portal = tm.add(
        tg.Endpoint(
            "Patient questionnaire portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the prompt, calls the LLM, stores and returns the suggestion.
    interpreter = tm.add(
        tg.Service(
            "Interpretation service",
            description="Assembles the prompt from the record and calls the LLM.",
            controls={
                c.HumanInTheLoop(approver="the treating audiologist"),
                c.SecretsManagement(note="LLM API key in the cloud secrets manager"),
            },
        )
    )
    # Keeps each suggestion next to what the audiologist finally fitted.
    suggestion_log = tm.add(
        tg.DataStore(
            "Suggestion log",
            stores={suggestion, fitting},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # System of record for audiograms, questionnaires and fittings.
        ehr = tm.add(
            tg.DataStore(
                "Audiology EHR",
                stores={patient_record, audiogram, questionnaire, fitting},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# before the visit
tm.flow(patient, portal, questionnaire, protocol="https", controls={tls})
tm.flow(portal, ehr, questionnaire)

# the hearing test
tm.flow(audiologist, audiometer, label="runs the test")
tm.flow(audiometer, workstation, audiogram, protocol="usb")
tm.flow(workstation, ehr, audiogram, protocol="https", controls={tls})
tm.flow(ehr, workstation, patient_record, protocol="https", controls={tls})

# interpretation
tm.flow(workstation, interpreter, audiogram, protocol="https", label="request interpretation")
tm.flow(ehr, interpreter, questionnaire, audiogram)
tm.flow(interpreter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, interpreter, suggestion, protocol="https", controls={tls})
tm.flow(interpreter, suggestion_log, suggestion)
tm.flow(interpreter, workstation, suggestion, protocol="https")
tm.flow(workstation, audiologist, suggestion, label="shown for review")

# the audiologist's decision and the fitting
tm.flow(audiologist, workstation, fitting, label="approves or edits settings")
tm.flow(workstation, ehr, fitting, protocol="https", controls={tls})
tm.flow(workstation, suggestion_log, fitting, protocol="https", label="final fitting")
tm.flow(workstation, mfr_cloud, fitting, protocol="https", controls={tls})
tm.flow(mfr_cloud, companion_app, fitting, protocol="https")
tm.flow(companion_app, hearing_aids, fitting, protocol="bluetooth le")
tm.flow(hearing_aids, companion_app, usage_logs, protocol="bluetooth le")
tm.flow(companion_app, mfr_cloud, usage_logs, protocol="https")
tm.flow(mfr_cloud, workstation, usage_logs, protocol="https", label="follow-up datalogging")

# referral when something looks medical
tm.flow(audiologist, workstation, referral, label="writes referral")
tm.flow(workstation, referral_network, referral, audiogram, protocol="smtp+starttls")
