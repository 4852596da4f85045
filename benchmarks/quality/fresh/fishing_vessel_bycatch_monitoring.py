"""Fishing vessel bycatch monitoring: the first design, before any security review.

Commercial fishing vessels in the programme carry our electronic-monitoring (EM)
kit: deck cameras and a recorder that logs video with GPS and winch sensor data.
When a vessel is in port the recorder uploads the trip's footage over cellular to
an upload gateway in our cloud, authenticating with a per-vessel API key. An
ingestion pipeline cuts the video into haul segments and archives them; an
analysis worker runs our in-house detection model, which counts the catch by
species and flags likely protected-species bycatch (seabirds, turtles, marine
mammals). Fisheries observers from the agency review every flagged clip in a
review app behind the agency's single sign-on; their verdicts go into trip
reports that skippers download from a web portal and that are submitted to the
agency's catch data system. Reviewed clips become labelled training data for
periodic retraining, and new model versions are kept in a versioned registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fishing vessel bycatch monitoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Electronic monitoring on fishing vessels: a model counts catch and flags "
        "protected-species bycatch for observer review and regulatory trip reports."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Deck footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of the deck during hauls; crew members are visible.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sensor_log = tg.Data(
    "GPS and sensor log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel positions and winch/drum sensor events; fishing grounds are commercially sensitive.",
)
recorder_config = tg.Data(
    "Recorder configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
segments = tg.Data(
    "Haul video segments",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
detections = tg.Data(
    "Catch counts and bycatch flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flagged_clips = tg.Data("Flagged bycatch clips", kind="media", sensitivity=tg.Sensitivity.PII)
verdicts = tg.Data(
    "Observer review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
trip_report = tg.Data("Trip report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
portal_request = tg.Data(
    "Skipper portal request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
catch_submission = tg.Data(
    "Regulatory catch submission",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_examples = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Detection model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fishing vessel", trust=tg.Trust.PARTNER):
    # Cameras and recorder installed on each vessel in the programme; the crew has
    # physical access to them for the whole trip.
    em_kit = tm.add(
        tg.Device(
            "EM camera and recorder units",
            fleet=True,
            description="Deck cameras plus a recorder with local disk, GPS and winch sensors.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skippers and vessel owners log in from shore or from the vessel to get reports.
    skipper = tm.add(tg.Actor("Skipper", role="vessel operator"))

with tm.boundary("Fisheries agency", trust=tg.Trust.PARTNER):
    # Agency-employed or contracted observers who confirm or reject bycatch flags.
    observer = tm.add(tg.Actor("Fisheries observer", role="reviewer"))
    # The agency's own catch reporting system, which receives the trip reports.
    agency_system = tm.add(
        tg.ExternalService("Agency catch data system", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("EM cloud", trust=tg.Trust.INTERNAL):
    # Receives trip uploads from the vessels and hands back recorder configuration.
    gateway = tm.add(
        tg.Endpoint(
            "Footage upload gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # Splits the upload into haul segments and attaches the sensor log.
    ingestion = tm.add(tg.Pipeline("Footage ingestion pipeline", stage=tg.Stage.INGESTION))
    # Long-term archive of all footage, kept for the regulatory retention period.
    archive = tm.add(
        tg.DataStore(
            "Footage archive",
            stores={segments, sensor_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Queues segments and runs them through the detection model.
    worker = tm.add(tg.Service("Video analysis worker"))
    # Counts fish by species and flags protected-species interactions.
    model = tm.add(
        tg.Model(
            "Catch and bycatch detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector plus tracker; flags feed regulatory compliance.",
        )
    )
    # Detections, flags and observer verdicts per trip and haul.
    events_db = tm.add(
        tg.DataStore(
            "Catch events database",
            stores={detections, verdicts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web app where observers play flagged clips and record their verdict.
    review_app = tm.add(
        tg.Service(
            "Observer review app",
            controls={
                c.Authentication(method="agency SSO (SAML)"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # Builds trip reports; bycatch only appears once an observer has confirmed it.
    report_service = tm.add(
        tg.Service(
            "Trip report service",
            controls={c.HumanInTheLoop(approver="fisheries observer")},
        )
    )
    # Where skippers download their trip reports.
    portal = tm.add(
        tg.Endpoint(
            "Skipper portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Observer-reviewed clips with their verdicts, for retraining.
        training_set = tm.add(tg.Dataset("Reviewed clip training set", stores={training_examples}))
        # Periodic GPU retraining job.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that the analysis worker loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(em_kit, gateway, footage, sensor_log, protocol="https", label="in-port upload")
tm.flow(gateway, em_kit, recorder_config, protocol="https")
tm.flow(gateway, ingestion, footage, sensor_log)
tm.flow(ingestion, archive, segments, sensor_log)

tm.flow(archive, worker, segments)
tm.flow(worker, model, segments)
tm.flow(model, worker, detections)
tm.flow(worker, events_db, detections)

tm.flow(events_db, review_app, detections, label="flagged events")
tm.flow(archive, review_app, flagged_clips)
tm.flow(review_app, observer, flagged_clips, detections, protocol="https")
tm.flow(observer, review_app, verdicts, protocol="https")
tm.flow(review_app, events_db, verdicts)

tm.flow(events_db, report_service, detections, verdicts)
tm.flow(report_service, agency_system, catch_submission, protocol="https")
tm.flow(report_service, portal, trip_report)
tm.flow(skipper, portal, portal_request, protocol="https")
tm.flow(portal, skipper, trip_report, protocol="https")

tm.flow(archive, training_set, flagged_clips, label="reviewed clips export")
tm.flow(events_db, training_set, verdicts, label="verdicts as labels")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
