"""Infusion pump dose guardrail: the first design, before any security review.

Our hospital's networked smart infusion pumps report every programming event
(drug, concentration, dose, rate, patient id) to the pump vendor's on-premises
gateway, which forwards them as IHE PCD-01 HL7 messages to a dose-checking
service. The service pulls the patient's weight, allergies, renal labs and active
orders from the EHR over its FHIR API, and an in-house model scores the event
against the hospital drug library for a likely programming error. Alerts go to
the nurse's hospital-issued handheld and to the pharmacy queue; nurses confirm
or override, and pharmacists label reviewed alerts. Pharmacists maintain the
drug library in a web console (SSO, role-based, audit-logged); the gateway also
pushes the library to the pumps. Everything runs on the hospital network; the
pumps sit on a segmented medical-device VLAN. The model is retrained quarterly
from stored events and pharmacist labels.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Infusion pump dose guardrail",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Flags likely infusion programming errors in real time for nurses and pharmacy.",
)

# ---------------------------------------------------------------- data assets
programming = tg.Data(
    "Pump programming event",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient id, drug, concentration, dose, rate, volume, pump and channel.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
patient_context = tg.Data(
    "Patient clinical context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Weight, allergies, renal function labs and active medication orders.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_query = tg.Data("Patient lookup", sensitivity=tg.Sensitivity.REGULATED, kind="records")
drug_library = tg.Data(
    "Drug library",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Per-care-area drugs, concentrations and soft and hard dose limits.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
library_update = tg.Data("Drug library change", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data("Dose-check features", sensitivity=tg.Sensitivity.REGULATED, kind="features")
risk_score = tg.Data(
    "Programming-error score", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
alert = tg.Data(
    "Dose alert",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert_response = tg.Data(
    "Nurse alert response",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="feedback",
    description="Acknowledge, reprogram or override, with the override reason.",
)
review_label = tg.Data(
    "Pharmacist review label", sensitivity=tg.Sensitivity.REGULATED, kind="labels"
)
event_history = tg.Data(
    "Event and alert history", sensitivity=tg.Sensitivity.REGULATED, kind="training-data"
)
model_artifact = tg.Data("Dose-error model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Medical device VLAN", trust=tg.Trust.INTERNAL):
        # The networked smart pumps at the bedside; they produce every programming event.
        pumps = tm.add(
            tg.Device(
                "Smart infusion pumps",
                description="About 1,200 pumps on Wi-Fi; the vendor's firmware, not ours.",
            )
        )
        # The pump vendor's gateway: receives pump events, distributes the drug library.
        gateway = tm.add(
            tg.Service(
                "Pump vendor gateway",
                description="Vendor-supplied server software; we configure it but do not patch it.",
            )
        )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The EHR is the source of truth for patient weight, allergies, labs and orders.
        ehr = tm.add(
            tg.DataSource(
                "EHR",
                origin=tg.Origin.INTERNAL,
                provides={patient_context},
                description="The hospital's EHR, reached through its FHIR R4 API.",
            )
        )

    with tm.boundary("Dose guardrail platform", trust=tg.Trust.INTERNAL):
        # Receives events, gathers patient context, calls the model, raises alerts.
        dose_check = tm.add(
            tg.Service(
                "Dose-checking service",
                controls={c.InputValidation(note="HL7 message parsing and field checks")},
            )
        )
        # Scores how likely a programming event is an error; drives the alert.
        model = tm.add(
            tg.Model(
                "Dose-error model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; a score above threshold raises an alert.",
            )
        )
        # The master copy of the drug library that both the checker and the pumps use.
        library_store = tm.add(tg.DataStore("Drug library store", stores={drug_library}))
        # Pharmacists' web console: edit the library, work the pharmacy alert queue.
        console = tm.add(
            tg.Service(
                "Pharmacy console",
                controls={
                    c.Authentication(method="SAML SSO"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )
        # Routes alerts to the right nurse's handheld and to the pharmacy queue.
        notifier = tm.add(tg.Service("Alert notification service"))
        # Keeps events, scores, alerts, responses and labels for audit and retraining.
        event_store = tm.add(
            tg.DataStore(
                "Event and alert store",
                stores={programming, alert, alert_response, review_label, event_history},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )

    with tm.boundary("Clinical analytics", trust=tg.Trust.INTERNAL):
        # Quarterly retraining on past events and pharmacist labels.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; the dose-checking service loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

    with tm.boundary("Clinical Wi-Fi", trust=tg.Trust.INTERNAL):
        # Bedside nurse: programs the pump and answers alerts.
        nurse = tm.add(tg.Actor("Nurse", role="clinician"))
        # Hospital-issued handhelds where alerts arrive.
        handheld = tm.add(
            tg.Device(
                "Nurse handheld",
                controls={c.Authentication(method="badge tap and PIN")},
            )
        )

    with tm.boundary("Pharmacy", trust=tg.Trust.INTERNAL):
        # Maintains the drug library and reviews alerts.
        pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist", privileged=True))

# ---------------------------------------------------------------- flows
# programming events from the bedside
tm.flow(nurse, pumps, programming, label="programs infusion")
tm.flow(pumps, gateway, programming, protocol="tls")
tm.flow(gateway, dose_check, programming, protocol="mllp", label="IHE PCD-01")

# patient context and scoring
tm.flow(dose_check, ehr, patient_query, protocol="https")
tm.flow(ehr, dose_check, patient_context, protocol="https")
tm.flow(library_store, dose_check, drug_library)
tm.flow(dose_check, model, features)
tm.flow(model, dose_check, risk_score)
tm.flow(dose_check, event_store, programming, risk_score)

# alerts to nurses and pharmacy
tm.flow(dose_check, notifier, alert)
tm.flow(notifier, handheld, alert, protocol="https")
tm.flow(handheld, nurse, alert)
tm.flow(nurse, handheld, alert_response)
tm.flow(handheld, notifier, alert_response, protocol="https")
tm.flow(notifier, console, alert, label="pharmacy queue")
tm.flow(notifier, event_store, alert, alert_response)

# pharmacists: alert review and drug library maintenance
tm.flow(console, pharmacist, alert, drug_library, protocol="https")
tm.flow(pharmacist, console, library_update, review_label, protocol="https")
tm.flow(console, library_store, library_update)
tm.flow(library_store, console, drug_library)
tm.flow(console, event_store, review_label)
tm.flow(library_store, gateway, drug_library, label="library export")
tm.flow(gateway, pumps, drug_library, protocol="tls", label="library push")

# retraining and deployment
tm.flow(event_store, training, event_history, review_label)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
