"""Maritime patrol dark vessel detection: the first design, before any security review.

The coastguard agency looks for vessels that have switched off their AIS
transponders. It orders synthetic-aperture radar (SAR) scenes of its areas of
interest from a commercial satellite operator and buys a global AIS feed from a
data vendor. An ingestion pipeline in the agency's data centre pulls both in; an
in-house detection model finds ship-shaped returns in each scene, and a
correlation service matches them against AIS tracks. Detections with no matching
AIS track are flagged as suspected dark vessels on a maritime picture web app in
the operations centre. Analysts (smartcard sign-in, role-based access, audit log)
assess them and may task a patrol aircraft; a duty officer approves every
tasking, which reaches the aircraft over an IPsec satcom link. Analyst
assessments are kept as labels for retraining, and confirmed reports are shared
with partner agencies through an API with a key per agency.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Maritime patrol dark vessel detection",
    profile=tg.RiskProfile.HIGH,
    description="Finds vessels running without AIS by matching SAR ship detections "
    "against AIS tracks, for coastguard analysts, patrol aircraft and partner agencies.",
)

# ---------------------------------------------------------------- data assets
tasking_request = tg.Data(
    "Satellite acquisition request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Areas and times the agency wants imaged; reveals where it is looking.",
)
sar_scene = tg.Data(
    "SAR scene",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed radar imagery; the licence forbids redistribution.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ais_positions = tg.Data(
    "AIS position reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vessel identity, position, course and speed as broadcast by ships.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Vessel detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Position, length and confidence of each ship-like return in a scene.",
)
dark_alerts = tg.Data(
    "Suspected dark vessel alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
assessment = tg.Data(
    "Analyst assessment",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed vessel, false alarm or unresolved, with notes.",
)
tasking_order = tg.Data(
    "Patrol tasking order",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="Target position, search area and priority for the aircraft crew.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
sighting = tg.Data(
    "Patrol sighting report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Crew's identification of the vessel, with photographs.",
)
shared_report = tg.Data(
    "Dark vessel report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmed dark vessel cases released to partner agencies.",
)
training_chips = tg.Data(
    "Labelled SAR chips",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Image patches around detections with the analysts' labels.",
)
report_query = tg.Data("Report query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # Commercial SAR constellation, tasked through the operator's ordering API.
    sar_provider = tm.add(
        tg.ExternalService("SAR imagery provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("AIS data vendor", trust=tg.Trust.PARTNER):
    # Terrestrial and satellite AIS receivers, aggregated by the vendor.
    ais_feed = tm.add(
        tg.DataSource("AIS data feed", origin=tg.Origin.VENDOR, provides={ais_positions})
    )

with tm.boundary("Agency data centre", trust=tg.Trust.INTERNAL):
    # Orders scenes, downloads and calibrates them, decodes and stores AIS.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery and AIS ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="AIS messages decoded and range-checked")},
        )
    )
    # Scene archive and AIS track history.
    archive = tm.add(
        tg.DataStore(
            "Imagery and track archive",
            stores={sar_scene, ais_positions},
            controls={c.EncryptionAtRest(key_management="agency HSM")},
        )
    )
    # Finds ship-shaped returns in SAR scenes.
    detector = tm.add(
        tg.Model(
            "Vessel detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN trained in house on labelled SAR chips.",
            controls={c.ModelValidation(note="recall and false alarms checked on held-out scenes")},
        )
    )
    # Matches detections to AIS tracks; unmatched ones become dark vessel alerts.
    correlation = tm.add(tg.Service("Dark vessel correlation service"))
    # Alerts, assessments, taskings and sighting reports.
    cases_db = tm.add(
        tg.DataStore(
            "Detection case database",
            stores={dark_alerts, assessment, tasking_order, sighting},
        )
    )
    # Labelled chips the detector is retrained on.
    chips = tm.add(
        tg.Dataset("Labelled chip dataset", stores={training_chips}, controls={c.DataVersioning()})
    )
    # Quarterly retraining of the detector.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Gives partner agencies the confirmed reports.
    sharing_api = tm.add(
        tg.Endpoint(
            "Partner sharing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="API key per partner agency")},
        )
    )

    with tm.boundary("Operations centre", trust=tg.Trust.RESTRICTED):
        # Coastguard analysts on watch.
        analyst = tm.add(tg.Actor("Maritime analyst", role="analyst"))
        # Map of detections, AIS tracks and alerts for the watch.
        picture = tm.add(
            tg.Service(
                "Maritime picture web app",
                controls={
                    c.Authentication(method="agency smartcard"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=730),
                },
            )
        )
        # Turns an analyst's request into a tasking order once the duty officer approves.
        tasking = tm.add(
            tg.Service(
                "Aircraft tasking service",
                controls={c.HumanInTheLoop(approver="duty watch officer")},
            )
        )

with tm.boundary("Patrol aircraft", trust=tg.Trust.INTERNAL):
    # The aircraft's mission system, reached over a satcom data link.
    aircraft = tm.add(tg.Device("Patrol aircraft mission system", fleet=False))

with tm.boundary("Partner agencies", trust=tg.Trust.PARTNER):
    # Fisheries, customs and navy systems that pull confirmed reports.
    partner = tm.add(tg.Actor("Partner agency system", role="partner agency", human=False))

# ---------------------------------------------------------------- flows
# Imagery and AIS in
tm.flow(ingestion, sar_provider, tasking_request, protocol="https")
tm.flow(sar_provider, ingestion, sar_scene, protocol="https")
tm.flow(ais_feed, ingestion, ais_positions, protocol="https")
tm.flow(ingestion, archive, sar_scene, ais_positions)

# Detection and correlation
tm.flow(archive, detector, sar_scene)
tm.flow(detector, correlation, detections)
tm.flow(archive, correlation, ais_positions)
tm.flow(correlation, cases_db, dark_alerts)

# Analysts and patrol
tm.flow(cases_db, picture, dark_alerts, tasking_order, sighting)
tm.flow(archive, picture, sar_scene, ais_positions)
tm.flow(picture, analyst, dark_alerts, sar_scene, ais_positions, sighting, protocol="https")
tm.flow(analyst, picture, assessment, protocol="https")
tm.flow(picture, cases_db, assessment)
tm.flow(analyst, tasking, tasking_order, protocol="https", label="requests patrol")
tm.flow(tasking, aircraft, tasking_order, protocol="ipsec", label="satcom")
tm.flow(aircraft, tasking, sighting, protocol="ipsec", label="satcom")
tm.flow(tasking, cases_db, tasking_order, sighting)

# Retraining
tm.flow(cases_db, chips, assessment, label="labels from assessments")
tm.flow(archive, chips, sar_scene, label="image chips")
tm.flow(chips, training, training_chips)
tm.flow(training, detector, weights, label="deploy")

# Sharing with partners
tm.flow(cases_db, sharing_api, shared_report)
tm.flow(partner, sharing_api, report_query, protocol="https")
tm.flow(sharing_api, partner, shared_report, protocol="https")
