"""Fireball camera network: the first design, before any security review.

A university runs all-sky cameras hosted by volunteers at schools, farms and homes.
Each station uploads clips and astrometric detections over the host's broadband to
an ingest API in the university cloud. An in-house detector model separates fireballs
from planes, satellites and lightning; a trajectory solver triangulates multi-station
events, and a dark-flight model fed with weather-service winds predicts the strewn
field where fragments fell. Duty astronomers review events in a researcher portal,
release strewn fields to search-team coordinators and publish summaries on the public
sighting page, where people also file eyewitness reports; their confirmations label
events for retraining the detector. Controls: per-station API keys and schema checks
at ingest, SSO with MFA and roles on the portal (search teams use guest passwords),
astronomer approval before any release, archive snapshots and TLS on external links.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Meteorite fall fireball camera network",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "All-sky camera network that detects fireballs, triangulates trajectories and "
        "predicts meteorite strewn fields for search teams and the public."
    ),
)

# ---------------------------------------------------------------- data assets
event_clips = tg.Data(
    "Event video clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short all-sky video clips around each candidate meteor.",
)
detections = tg.Data(
    "Astrometric detections",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-frame positions, timestamps and brightness from the station software.",
)
station_sites = tg.Data(
    "Station site register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Host names, contact details and precise camera coordinates (often homes).",
)
event_features = tg.Data(
    "Candidate event features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Light curve, angular speed, duration and frame crops of a candidate.",
)
classification = tg.Data(
    "Fireball classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
trajectory = tg.Data(
    "Trajectory solution",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wind_profiles = tg.Data(
    "Upper-air wind profiles", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
strewn_field = tg.Data(
    "Strewn field prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Predicted fall area per fragment mass; kept back until landowners are contacted.",
)
find_reports = tg.Data(
    "Search team find reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Where fragments were found or searched, with the landowner contacted.",
)
event_labels = tg.Data(
    "Astronomer event labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
detector_weights = tg.Data(
    "Detector model checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint written by the training job.",
)
public_summary = tg.Data("Public event summary", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
eyewitness_reports = tg.Data(
    "Eyewitness reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What people saw, where they stood, with name and e-mail for follow-up.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Station host sites", trust=tg.Trust.UNTRUSTED):
    # The cameras: a Raspberry Pi with detection software on each volunteer host's broadband.
    station = tm.add(tg.Device("All-sky camera station", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who saw the fireball and visits the sighting page.
    public = tm.add(tg.Actor("Member of the public", role="eyewitness"))
    # Volunteer who organises a field search from a released strewn field.
    coordinator = tm.add(tg.Actor("Search team coordinator", role="search volunteer"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # National weather service API giving the winds the dark-flight model needs.
    weather = tm.add(
        tg.ExternalService("Weather data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every station over the internet.
    ingest = tm.add(
        tg.Endpoint(
            "Station ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="per-station API key"),
                tg.controls.SchemaEnforcement(note="detection files checked against the format"),
            },
        )
    )
    # Archive of clips, detections, solutions and the station register.
    archive = tm.add(
        tg.DataStore(
            "Event archive",
            stores={event_clips, detections, station_sites, trajectory, classification},
            controls={tg.controls.DataVersioning(note="nightly snapshots")},
        )
    )
    # In-house CNN deciding which candidates are fireballs worth triangulating.
    detector = tm.add(tg.Model("Fireball detector", task=tg.Task.DETECTOR))
    # Triangulates multi-station detections into a trajectory and velocity.
    solver = tm.add(tg.Service("Trajectory solver"))
    # Monte Carlo dark-flight model predicting where fragments of each mass landed.
    dark_flight = tm.add(tg.Model("Dark-flight strewn field model", task=tg.Task.REGRESSOR))
    # Public website: event summaries out, eyewitness reports in.
    sighting_page = tm.add(
        tg.Endpoint(
            "Public sighting page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.InputValidation(note="form fields validated server-side")},
        )
    )
    # Holds the eyewitness reports the public file.
    sighting_store = tm.add(tg.DataStore("Sighting report store", stores={eyewitness_reports}))
    # Where astronomers review events and search teams receive strewn fields.
    portal = tm.add(
        tg.Endpoint(
            "Researcher portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="university SSO with MFA for staff; guest accounts with e-mail "
                    "and password for search teams"
                ),
                tg.controls.RBAC(note="search teams see only events released to them"),
                tg.controls.HumanInTheLoop(approver="duty astronomer"),
            },
        )
    )

    with tm.boundary("Research compute", trust=tg.Trust.INTERNAL):
        # Confirmed and rejected events, used to retrain the detector.
        label_set = tm.add(tg.Dataset("Labelled event set", stores={event_labels, event_features}))
        # Occasional retraining job run by the research group on the GPU node.
        training = tm.add(tg.Pipeline("Detector training job", stage=tg.Stage.TRAINING))

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # Reviews events, confirms fireballs and decides what is released.
    astronomer = tm.add(tg.Actor("Duty astronomer", role="researcher"))

# ---------------------------------------------------------------- flows
tm.flow(station, ingest, event_clips, detections, protocol="https")
tm.flow(ingest, archive, event_clips, detections)

tm.flow(archive, detector, event_features)
tm.flow(detector, archive, classification)
tm.flow(archive, solver, detections, station_sites, label="confirmed multi-station events")
tm.flow(solver, archive, trajectory)
tm.flow(solver, dark_flight, trajectory)
tm.flow(weather, dark_flight, wind_profiles, protocol="https")
tm.flow(dark_flight, portal, strewn_field)

tm.flow(archive, portal, event_clips, trajectory, classification)
tm.flow(
    portal, astronomer, event_clips, trajectory, strewn_field, eyewitness_reports, protocol="https"
)
tm.flow(astronomer, portal, event_labels, protocol="https", label="confirm or reject event")
tm.flow(portal, coordinator, strewn_field, protocol="https", label="released strewn field")
tm.flow(coordinator, portal, find_reports, protocol="https")

tm.flow(portal, sighting_page, public_summary, label="approved event summary")
tm.flow(sighting_page, public, public_summary, protocol="https")
tm.flow(public, sighting_page, eyewitness_reports, protocol="https")
tm.flow(sighting_page, sighting_store, eyewitness_reports)
tm.flow(sighting_store, portal, eyewitness_reports)

tm.flow(portal, label_set, event_labels)
tm.flow(archive, label_set, event_features)
tm.flow(label_set, training, event_labels, event_features)
tm.flow(training, detector, detector_weights, label="deploy checkpoint")
