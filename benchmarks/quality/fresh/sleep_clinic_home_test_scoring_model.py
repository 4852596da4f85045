"""Sleep clinic home sleep test scoring: the first design, before any security review.

A US sleep clinic mails home sleep-test kits to patients its physicians have
referred. The patient wears the kit overnight (airflow, effort belts, oximetry);
next morning the kit's companion phone app pulls the recording over Bluetooth and
uploads it, with a short sleep diary, to an upload API in the clinic's cloud
account. A scoring service reads the recording from storage and runs an in-house
model that marks apnoea, hypopnoea and desaturation events and drafts the AHI. A
sleep technologist checks and edits the events in a web review app, the draft
report goes to the clinic's record system over an HL7 interface, and a sleep
physician reviews and signs it there. Controls: a study PIN to upload, HTTPS, an
encrypted recording bucket, clinic SSO with MFA, role-based access and audit logs
in the review app and record system, a VPN to the clinic, and a physician signature.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sleep clinic home sleep test scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Home sleep-test recordings uploaded from a phone app, scored by a model "
    "for apnoea events, reviewed and signed by sleep physicians.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Overnight sleep recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="EDF signals: nasal pressure, effort belts, SpO2, pulse, body position.",
)
diary = tg.Data("Sleep diary", kind="records", sensitivity=tg.Sensitivity.REGULATED)
kit_login = tg.Data(
    "Kit serial and study PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Printed on the card mailed with the kit; ties the upload to the study.",
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signals = tg.Data("Signal epochs", kind="features", sensitivity=tg.Sensitivity.REGULATED)
events = tg.Data(
    "Scored events",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Event type, start, duration and confidence, plus the draft AHI.",
)
edits = tg.Data("Technologist event edits", kind="records", sensitivity=tg.Sensitivity.REGULATED)
order = tg.Data(
    "Study order and demographics", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
draft_report = tg.Data("Draft sleep report", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
signed_report = tg.Data(
    "Signed sleep report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
weights = tg.Data(
    "Scoring model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
sso_token = tg.Data(
    "Clinician sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient home", trust=tg.Trust.UNTRUSTED):
    # The referred patient who wears the kit and runs the app.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The recorder and sensors mailed to the patient and returned after the night.
    kit = tm.add(
        tg.Device("Home sleep test kit", description="Type III recorder, reused between patients.")
    )
    # The kit vendor's companion app on the patient's own phone; it uploads the night.
    app = tm.add(tg.Device("Kit companion phone app"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The clinic's hosted SSO for staff.
    idp = tm.add(tg.ExternalService("Clinic SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Clinic cloud account", trust=tg.Trust.INTERNAL):
    # Receives recordings from the phone app.
    upload_api = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="kit serial number and study PIN"),
                c.InputValidation(note="EDF header, file size and duration checks"),
            },
        )
    )
    # Raw recordings and diaries, kept for the medical record retention period.
    bucket = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording, diary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cuts the recording into epochs, runs the model, assembles the draft scoring.
    scorer = tm.add(tg.Service("Scoring service"))
    # Marks apnoea, hypopnoea and desaturation events in each epoch.
    model = tm.add(
        tg.Model(
            "Apnoea event model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="1D CNN trained in-house on the clinic's scored in-lab studies.",
        )
    )
    # Holds the model versions the scoring service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Scored events, edits and study state for the review app.
    study_db = tm.add(tg.DataStore("Study database", stores={events, edits, order}))
    # Web app where technologists and physicians view the signals with the scored events.
    review_app = tm.add(
        tg.Service(
            "Study review app",
            controls={
                c.Authentication(method="clinic SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # The clinic's record system, where the report is signed and filed.
    records = tm.add(
        tg.Service(
            "Clinic record system",
            controls={
                c.Authentication(method="clinic SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(approver="sleep physician", note="every report is signed"),
            },
        )
    )
    # Patient charts and signed reports behind the record system.
    records_db = tm.add(tg.DataStore("Patient record database", stores={order, signed_report}))
    # Checks and corrects the model's events before the physician sees the report.
    tech = tm.add(tg.Actor("Sleep technologist", role="scoring technologist"))
    # Interprets the study and signs the report.
    physician = tm.add(tg.Actor("Sleep physician", role="physician"))

# ---------------------------------------------------------------- flows
tm.flow(kit, app, recording, protocol="bluetooth le")
tm.flow(patient, app, diary, kit_login)
tm.flow(app, upload_api, recording, diary, kit_login, protocol="https")
tm.flow(upload_api, app, receipt, protocol="https")
tm.flow(upload_api, bucket, recording, diary)

tm.flow(bucket, scorer, recording)
tm.flow(scorer, model, signals)
tm.flow(model, scorer, events)
tm.flow(registry, model, weights, label="load at deploy")
tm.flow(scorer, study_db, events)

tm.flow(
    records,
    review_app,
    order,
    protocol="mllp",
    controls={c.EncryptionInTransit(protocol="site-to-site IPsec VPN")},
    label="HL7 ORM order",
)
tm.flow(review_app, study_db, order, edits)
tm.flow(study_db, review_app, events, edits, order)
tm.flow(review_app, idp, sso_token, protocol="https")
tm.flow(idp, review_app, sso_token, protocol="https")
tm.flow(tech, review_app, edits, protocol="https")
tm.flow(review_app, tech, events, recording, protocol="https")
tm.flow(bucket, review_app, recording, label="signal viewer")
tm.flow(physician, review_app, edits, protocol="https")
tm.flow(review_app, physician, events, recording, protocol="https")
tm.flow(
    review_app,
    records,
    draft_report,
    protocol="mllp",
    controls={c.EncryptionInTransit(protocol="site-to-site IPsec VPN")},
    label="HL7 ORU result",
)

tm.flow(records, physician, draft_report)
tm.flow(physician, records, signed_report, label="review and sign")
tm.flow(records, records_db, signed_report, order)
tm.flow(records_db, records, signed_report, order)
