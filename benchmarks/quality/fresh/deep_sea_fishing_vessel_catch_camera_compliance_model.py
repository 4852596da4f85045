"""Deep-sea fishing vessel catch camera compliance: the first design, before review.

EU-flagged trawlers carry an electronic monitoring (EM) unit with cameras over the
sorting belt. A detector model on the EM unit counts and identifies the species
on the belt and drafts the haul's catch entries; GPS and winch sensors tell the
unit when a haul starts and where the vessel is. The skipper reviews the draft on
a wheelhouse tablet and confirms the electronic logbook. Counts, the confirmed
logbook and the footage of each haul are sent over the satellite link to our
shore ingestion API, which stores them and forwards them to the fisheries
authority's audit system. Shore reviewers label sampled footage to retrain the
model, and new model versions are pushed to the vessels from the model registry.
Controls in this design: per-unit certificates on the uplink, TLS, a signed hash
chain over footage segments, the skipper's confirmation and encrypted storage ashore.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Deep-sea fishing vessel catch camera compliance model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based species counts for catch reporting, confirmed by the skipper and audited by the fisheries authority.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Sorting belt footage",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Video of the belt; crew members' hands, faces and voices are sometimes in frame.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sensor_readings = tg.Data(
    "GPS position and winch sensor readings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
)
species_counts = tg.Data(
    "Species counts per haul",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_logbook = tg.Data(
    "Draft logbook entries", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
confirmed_logbook = tg.Data(
    "Confirmed catch logbook",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Haul positions, species, weights; signed off under the skipper's name.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
skipper_credentials = tg.Data(
    "Skipper licence number and PIN", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
audit_package = tg.Data(
    "Catch audit package",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Confirmed logbook, model counts and links to the haul's footage.",
)
species_labels = tg.Data("Species labels", sensitivity=tg.Sensitivity.INTERNAL, kind="labels")
model_weights = tg.Data(
    "Species detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel onboard network", trust=tg.Trust.INTERNAL):
    # Waterproof IP cameras above the sorting belt, recording during each haul.
    cameras = tm.add(tg.Device("Sorting belt cameras", fleet=True))
    # Trigger recording at haul start and give each haul its position.
    sensors = tm.add(tg.Device("GPS and winch sensors", fleet=True))
    # Runs the detector, records footage, drafts the logbook, queues the uplink.
    em_unit = tm.add(
        tg.Service(
            "EM control unit",
            description="Ruggedised box in the wheelhouse; sealed case, installed by us.",
        )
    )
    # Counts and identifies fish and bycatch species on the belt, frame by frame.
    detector = tm.add(
        tg.Model(
            "Catch species detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Its counts go into the catch report the authority checks against quota.",
        )
    )
    # Local disk holding the footage until it has been uplinked (kept 30 days).
    recorder = tm.add(
        tg.DataStore(
            "Onboard footage recorder",
            stores={footage, species_counts},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Tablet in the wheelhouse where the skipper checks and confirms the logbook.
    tablet = tm.add(
        tg.Device(
            "Wheelhouse tablet",
            fleet=False,
            controls={c.Authentication(method="skipper licence number and PIN")},
        )
    )
    skipper = tm.add(tg.Actor("Skipper", role="vessel master"))

with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # Carries IP traffic between the vessel and shore; we do not control it.
    satellite = tm.add(tg.ExternalService("Satellite link", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Shore cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every EM unit in the fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Shore ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.MutualAuthentication(note="X.509 certificate per EM unit")},
        )
    )
    # Catch reports and counts per vessel, trip and haul.
    catch_db = tm.add(
        tg.DataStore(
            "Catch report database",
            stores={confirmed_logbook, species_counts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # All haul footage, kept for the authority's audit period.
    archive = tm.add(
        tg.DataStore(
            "Footage archive",
            stores={footage},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Shore staff label sampled hauls to measure and improve the detector.
    reviewer = tm.add(tg.Actor("Footage reviewer", role="catch analyst"))
    label_set = tm.add(tg.Dataset("Labelled catch frames", stores={footage, species_labels}))
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Fisheries authority", trust=tg.Trust.PARTNER):
    # The regulator's system that receives catch reports and footage for audit.
    authority = tm.add(
        tg.ExternalService("Fisheries authority audit system", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")
signed = c.MessageIntegrity(note="SHA-256 hash chain over footage segments, signed by the EM unit")

# on board
tm.flow(cameras, em_unit, footage, protocol="rtsp")
tm.flow(sensors, em_unit, sensor_readings, protocol="nmea")
tm.flow(em_unit, detector, footage, label="decoded frames")
tm.flow(detector, em_unit, species_counts)
tm.flow(em_unit, recorder, footage, species_counts)
tm.flow(recorder, em_unit, footage, species_counts, label="uplink queue")
tm.flow(
    em_unit, tablet, draft_logbook, species_counts, protocol="http", label="wheelhouse Wi-Fi (WPA2)"
)
tm.flow(skipper, tablet, skipper_credentials, confirmed_logbook, label="reviews and confirms")
tm.flow(tablet, skipper, draft_logbook, species_counts)
tm.flow(
    tablet,
    em_unit,
    confirmed_logbook,
    protocol="http",
    controls={c.HumanInTheLoop(approver="the skipper")},
    label="confirmation",
)

# uplink by satellite
tm.flow(
    em_unit,
    satellite,
    footage,
    species_counts,
    confirmed_logbook,
    protocol="https",
    controls={tls, signed},
)
tm.flow(
    satellite,
    ingest,
    footage,
    species_counts,
    confirmed_logbook,
    protocol="https",
    controls={tls, signed},
)
tm.flow(ingest, satellite, model_weights, protocol="https", controls={tls}, label="model update")
tm.flow(satellite, em_unit, model_weights, protocol="https", controls={tls}, label="model update")
tm.flow(em_unit, detector, model_weights, label="load new version")

# ashore
tm.flow(ingest, catch_db, confirmed_logbook, species_counts)
tm.flow(ingest, archive, footage)
tm.flow(ingest, authority, audit_package, footage, protocol="https", controls={tls})
tm.flow(
    authority,
    ingest,
    audit_package,
    protocol="https",
    controls={tls},
    label="audit queries and outcomes",
)
tm.flow(archive, reviewer, footage, label="sampled hauls")
tm.flow(catch_db, reviewer, species_counts)
tm.flow(reviewer, label_set, species_labels, footage)
tm.flow(label_set, training, footage, species_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, ingest, model_weights, label="approved version for the fleet")
