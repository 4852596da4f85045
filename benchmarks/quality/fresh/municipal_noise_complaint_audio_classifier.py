"""Municipal noise complaint audio classifier: the first design, before any security review.

Residents report noise nuisance from the city's mobile app: they sign in with their
city citizen account (run for the city by an identity vendor), record a short clip
(up to 60 seconds) and send it with the location and time. A complaint API in the
city's cloud tenancy stores the clip and asks an audio classifier, fine-tuned by the
city's data team from an open pretrained audio model, for the noise type
(construction, music, traffic, alarm) and an urgency. The intake service matches the
location to licensed premises and sites in the licensing register (an on-premises
system of the licensing department) and opens a case. Environmental health officers
work the case queue in a web console on the corporate network: they listen to the
clip, confirm the noise type, send an officer or have a warning e-mailed to the venue
or site operator. Confirmed labels feed a quarterly fine-tuning run. Recordings are
encrypted at rest and deleted after 90 days; the console uses staff SSO with MFA.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Municipal noise complaint audio classifier",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Residents' noise recordings are classified and queued for the "
    "environmental health team, who dispatch officers or warn venues.",
)

# ---------------------------------------------------------------- data assets
sign_in_token = tg.Data(
    "Citizen account ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token issued after the resident signs in to their citizen account.",
)
recording = tg.Data(
    "Noise recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clip from the resident's phone; may capture voices in and near the home.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
complaint = tg.Data(
    "Complaint report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident's account id, contact details, location, time and free-text note.",
)
complaint_status = tg.Data("Complaint status", kind="records", sensitivity=tg.Sensitivity.PII)
classification = tg.Data(
    "Noise type and urgency",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
case = tg.Data(
    "Noise complaint case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
premises = tg.Data(
    "Licensed premises details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Venue or site address, licence holder name and contact e-mail.",
)
officer_action = tg.Data(
    "Officer action",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visit dispatched, warning to issue, or case closed; with the confirmed noise type.",
)
warning_request = tg.Data("Warning request", kind="records", sensitivity=tg.Sensitivity.PII)
warning_notice = tg.Data("Warning notice", kind="documents", sensitivity=tg.Sensitivity.PII)
confirmed_labels = tg.Data(
    "Confirmed noise labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data("Pretrained audio model weights", format="pickle")
classifier_artifact = tg.Data(
    "Noise classifier artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the city with a citizen account can report noise.
    resident = tm.add(tg.Actor("Resident", role="complainant"))
    # The city's existing mobile app, with a new "report noise" screen that records audio.
    city_app = tm.add(
        tg.Device(
            "City mobile app",
            description="iOS and Android app on residents' phones; records the clip and sends it.",
        )
    )
    # Pubs, clubs and building contractors who receive warnings by e-mail.
    venue_operator = tm.add(tg.Actor("Venue or site operator", role="licence holder"))
    # Where the data team downloads the pretrained audio model they fine-tune.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Citizen identity vendor", trust=tg.Trust.PARTNER):
    # The city's citizen account, run as SaaS; already used by other city services.
    citizen_account = tm.add(
        tg.ExternalService("Citizen account service", provides="identity-provider")
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives complaints from the app.
    complaint_api = tm.add(
        tg.Endpoint(
            "Complaint API",
            purpose="api",
            controls={
                tg.controls.Authentication(
                    method="OIDC token from the citizen account (e-mail and password sign-in)"
                ),
                tg.controls.RateLimiting(requests_per_minute=10),
                tg.controls.InputValidation(note="audio formats only, at most 60 s and 5 MB"),
            },
        )
    )
    # Stores the clip, calls the classifier, matches premises and opens the case.
    intake = tm.add(
        tg.Service(
            "Complaint intake service",
            description="Orchestrates each new complaint and reports its status back to the app.",
        )
    )
    # Labels the clip with a noise type and an urgency used to order the queue.
    classifier = tm.add(
        tg.Model(
            "Noise type classifier",
            task="classifier",
            origin="open-weights",
            description="Audio classifier fine-tuned from an open pretrained model; "
            "its urgency orders the officers' queue, officers decide any action.",
        )
    )
    # Sends warning e-mails to venues and sites when an officer asks for one.
    notices = tm.add(
        tg.Service(
            "Warning notice service",
            description="Fills the warning template with premises details and e-mails it.",
            controls={tg.controls.HumanInTheLoop(approver="environmental health officer")},
        )
    )
    # Web app the environmental health team works the queue in.
    console = tm.add(
        tg.Service(
            "Environmental health case console",
            controls={
                tg.controls.Authentication(method="staff SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Noise data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the clips, deleted after 90 days.
        recordings = tm.add(
            tg.DataStore(
                "Recording store",
                stores={recording},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RetentionLimits(days=90),
                },
            )
        )
        # Complaint cases, classifications, officer actions and confirmed labels.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={case, complaint, classification, confirmed_labels},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Data team workspace", trust=tg.Trust.INTERNAL):
        # Quarterly fine-tuning on officer-confirmed clips.
        fine_tuning = tm.add(
            tg.Pipeline("Quarterly fine-tuning", stage="fine-tuning", third_party_packages=True)
        )
        # Versions of the classifier that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("City corporate network", trust=tg.Trust.INTERNAL):
    # Environmental health officers triage the queue and decide what to do.
    officer = tm.add(tg.Actor("Environmental health officer", role="officer"))
    # The licensing department's register of licensed premises and permitted sites.
    licensing = tm.add(tg.DataStore("Premises licensing register", stores={premises}))

# ---------------------------------------------------------------- flows
# Sign-in and reporting
tm.flow(resident, city_app, recording, complaint, label="records clip in the app")
tm.flow(city_app, citizen_account, protocol="https", label="sign-in")
tm.flow(citizen_account, city_app, sign_in_token, protocol="https")
tm.flow(city_app, complaint_api, sign_in_token, recording, complaint, protocol="https")
tm.flow(complaint_api, city_app, complaint_status, protocol="https")
tm.flow(city_app, resident, complaint_status, label="shown in the app")
tm.flow(complaint_api, intake, recording, complaint)
tm.flow(intake, complaint_api, complaint_status)

# Classification and case creation
tm.flow(intake, recordings, recording)
tm.flow(intake, classifier, recording)
tm.flow(classifier, intake, classification)
tm.flow(intake, licensing, complaint, protocol="https", label="premises near the location")
tm.flow(licensing, intake, premises, protocol="https")
tm.flow(intake, case_db, case, complaint, classification)
tm.flow(case_db, intake, case, label="status lookups")

# Officers' queue and actions
tm.flow(case_db, console, case, classification)
tm.flow(recordings, console, recording, label="playback")
tm.flow(console, officer, case, recording, protocol="https")
tm.flow(officer, console, officer_action, protocol="https")
tm.flow(console, case_db, officer_action, confirmed_labels)
tm.flow(console, notices, warning_request)
tm.flow(licensing, notices, premises, protocol="https")
tm.flow(notices, venue_operator, warning_notice, protocol="smtp")

# Fine-tuning
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(recordings, fine_tuning, recording)
tm.flow(case_db, fine_tuning, confirmed_labels)
tm.flow(fine_tuning, registry, classifier_artifact)
tm.flow(registry, classifier, classifier_artifact, label="deploy")
