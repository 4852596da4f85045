"""Taxi driver fatigue and fare-fraud monitor: the first design, before any security review.

Every cab in our fleet carries a dash unit with a driver-facing camera and a
telematics box wired to the fare meter. The unit uploads short video clips, GPS
traces and meter events over the mobile network to an ingestion API in our cloud
account, where they land in an event store. A detection model scores each trip
for signs of driver fatigue (eye closure, yawning, lane drift) and fare-meter
fraud (meter off while moving, tariff switching, padded routes). Fatigue alerts
are pushed back to the cab as an audible warning and, like fraud flags, opened
as cases for the safety team, who review them in a web console. Drivers see
their fraud flags in the driver app and can contest them; the safety team
decides each contest. Reviewed cases become labels for monthly retraining.
Controls in this design: TLS on uploads, driver sign-in with an SMS code, SSO
and roles on the console, encrypted storage of clips, a contest process and
human review of fraud flags before any sanction. Drivers are in the EU (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Taxi driver fatigue and fraud monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-cab camera and telematics scored for driver fatigue and fare-meter fraud.",
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Driver-facing video clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="10-second clips of the driver's face around each detected event.",
)
telematics = tg.Data(
    "Telematics and GPS traces",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Speed, position, harsh braking and lane-drift signals per trip.",
)
meter_events = tg.Data(
    "Fare-meter events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
detection = tg.Data("Fatigue and fraud scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
in_cab_warning = tg.Data("In-cab fatigue warning", kind="model-output")
cases = tg.Data(
    "Safety and fraud cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert, evidence links, reviewer notes and outcome per driver.",
)
contest = tg.Data("Driver contest statement", kind="feedback", sensitivity=tg.Sensitivity.PII)
flag_notice = tg.Data(
    "Fraud flag and decision notice", kind="records", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Reviewed event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Taxi fleet", trust=tg.Trust.UNTRUSTED):
    # The dash unit in each cab: the source of every signal, and physically in the driver's hands.
    cab_unit = tm.add(
        tg.Device(
            "In-cab camera and telematics unit",
            fleet=True,
            description="Camera, GPS and CAN/meter interface on a 4G modem; one per cab.",
        )
    )
    # Drivers are the people the model judges; they also contest its fraud flags.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The driver app on the driver's own phone: where flags are shown and contested.
    driver_app = tm.add(
        tg.Device("Driver app", fleet=True, description="iOS/Android app on personal phones.")
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every cab over the mobile network.
    ingest = tm.add(
        tg.Endpoint(
            "Telematics ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="JSON schema check on telematics and meter payloads")},
        )
    )
    # Holds clips, traces and meter events for the model and for case evidence.
    event_store = tm.add(
        tg.DataStore(
            "Trip event store",
            stores={clips, telematics, meter_events},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The model that decides what counts as fatigue or fraud.
    detector = tm.add(
        tg.Model(
            "Fatigue and fraud detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Vision model on clips plus gradient-boosted trees on trip and meter features.",
        )
    )
    # Turns scores into in-cab warnings and cases for the safety team.
    alerts = tm.add(tg.Service("Alert service"))
    # The record of every alert, review and contest.
    case_store = tm.add(tg.DataStore("Case database", stores={cases, contest}))
    # The backend the driver app talks to: flags out, contests in.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number and SMS one-time code"),
                c.Contestability(note="drivers can contest any fraud flag within 14 days"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed events and their clips, used to retrain the model.
        training_set = tm.add(
            tg.Dataset("Labeled event dataset", stores={labels, clips, telematics})
        )
        # Monthly retraining job run by the data science team.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Where trained models wait to be loaded by serving.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who act on alerts and decide contests.
    safety_team = tm.add(tg.Actor("Safety team reviewer", role="safety analyst"))
    # Web console for reviewing cases, watching clips and deciding contests.
    console = tm.add(
        tg.Service(
            "Safety review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="safety team reviewer", note="no sanction without review"
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    cab_unit,
    ingest,
    clips,
    telematics,
    meter_events,
    protocol="https",
    label="trip upload over 4G",
)
tm.flow(ingest, event_store, clips, telematics, meter_events)
tm.flow(event_store, detector, clips, telematics, meter_events)
tm.flow(detector, alerts, detection)
tm.flow(alerts, ingest, in_cab_warning, label="fatigue warning")
tm.flow(ingest, cab_unit, in_cab_warning, protocol="https", label="fatigue warning")
tm.flow(alerts, case_store, cases, label="open case")

tm.flow(safety_team, console, cases, label="review decisions")
tm.flow(console, safety_team, cases, clips, label="case view")
tm.flow(case_store, console, cases, contest)
tm.flow(console, case_store, cases, label="outcome")
tm.flow(event_store, console, clips, telematics, label="evidence")

tm.flow(case_store, driver_api, flag_notice)
tm.flow(driver_api, driver_app, flag_notice, protocol="https")
tm.flow(driver_app, driver, flag_notice)
tm.flow(driver, driver_app, contest)
tm.flow(driver_app, driver_api, contest, protocol="https")
tm.flow(driver_api, case_store, contest)

tm.flow(console, training_set, labels, label="reviewed outcomes")
tm.flow(event_store, training_set, clips, telematics)
tm.flow(training_set, training, labels, clips, telematics)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
