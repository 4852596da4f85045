"""Catch species camera model: the first design, before any security review.

The national fisheries authority runs remote electronic monitoring (REM) on
commercial vessels over 12 m. Cameras over the sorting belt and deck record catch
handling; the vessel's REM unit stores the video on an encrypted disk with GPS and
winch-sensor data and uploads each trip through the approved REM provider, which
forwards it to the authority over SFTP. In the authority's cloud, a batch job runs an
in-house detector that identifies and counts fish by species on every trip, and
compares the counts with the skipper's e-logbook declarations. Trips whose counts
differ beyond tolerance become cases that fishery officers review, footage in hand,
before any quota deduction or sanction; officers' species corrections become
training labels. Officers sign in with departmental SSO and MFA; the footage archive
is encrypted, role-restricted and versioned models are kept in a registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Catch species camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Identifies and counts fish species in on-board camera footage for "
    "catch reporting and quota compliance.",
)

# ---------------------------------------------------------------- data assets
catch_video = tg.Data(
    "Catch handling video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Deck and sorting-belt footage of each haul; crew members are visible.",
)
sensor_data = tg.Data(
    "Vessel GPS and winch sensor data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Positions and hydraulic winch readings that mark when gear is hauled.",
)
catch_frames = tg.Data(
    "Catch frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Frames sampled from haul segments of the video.",
)
declarations = tg.Data(
    "E-logbook catch declarations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Species and weights the skipper declares per haul, tied to the vessel licence.",
)
species_counts = tg.Data(
    "Species counts with confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
cases = tg.Data(
    "Catch discrepancy cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trip, vessel, skipper, estimated vs declared catch per species.",
)
review_outcome = tg.Data(
    "Officer review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed counts, decision to close or escalate, and the officer's notes.",
)
notice = tg.Data("Discrepancy notice", kind="documents", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Species labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_frames = tg.Data(
    "Labelled catch frames", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Species detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Fishing vessels", trust=tg.Trust.UNTRUSTED):
    # Cameras plus the REM control box on each monitored vessel.
    rem_unit = tm.add(
        tg.Device(
            "On-board REM camera unit",
            description="Cameras, GPS and winch sensor wired to a sealed recorder.",
            controls={tg.controls.EncryptionAtRest(note="encrypted removable disk")},
        )
    )
    # The skipper files catch declarations from the vessel's e-logbook software.
    skipper = tm.add(tg.Actor("Vessel skipper", role="licence holder"))

with tm.boundary("REM service provider", trust=tg.Trust.PARTNER):
    # Approved contractor that installs the units and relays each trip's data.
    rem_provider = tm.add(
        tg.ExternalService("REM provider upload service", provides="data-provider")
    )

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Existing electronic reporting system (ERS) that receives e-logbook declarations.
    ers = tm.add(tg.DataStore("ERS catch declaration database", stores={declarations}))
    # Unpacks uploads, checks trips against the sensor data, cuts haul segments.
    ingest = tm.add(tg.Pipeline("Footage ingest pipeline", stage=tg.Stage.INGESTION))
    # Long-term store of trip video and sensor data, kept as evidence.
    archive = tm.add(
        tg.DataStore(
            "Footage archive",
            stores={catch_video, sensor_data, catch_frames},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RBAC(note="compliance and ML roles only"),
            },
        )
    )
    # Runs the detector over each new trip and compares counts with declarations.
    analysis_job = tm.add(
        tg.Service(
            "Trip catch analysis job",
            description="Batch job per completed trip; opens a case when estimated and "
            "declared catch differ beyond the species tolerance.",
        )
    )
    # The in-house species detector and counter.
    detector = tm.add(
        tg.Model(
            "Fish species detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Detects, tracks and classifies fish crossing the sorting belt; "
            "counts per species per haul.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="fishery compliance officer",
                    note="no quota deduction or sanction without an officer reviewing the footage",
                )
            },
        )
    )
    # Cases, estimates and review outcomes.
    case_db = tm.add(tg.DataStore("Compliance case database", stores={cases, review_outcome}))
    # Web app where officers work cases and watch the matching footage.
    portal = tm.add(
        tg.Service(
            "Compliance review portal",
            controls={
                tg.controls.Authentication(method="departmental SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Turns officer corrections and sampled frames into labelled examples.
        labeling = tm.add(tg.Pipeline("Species labelling pipeline", stage=tg.Stage.LABELING))
        # Versioned training set of labelled catch frames.
        train_set = tm.add(
            tg.Dataset(
                "Species training set",
                stores={training_frames, labels},
                controls={tg.controls.DataVersioning(note="DVC snapshots")},
            )
        )
        # Periodic retraining on GPU instances.
        training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))
        # Holds every trained checkpoint; the analysis job loads the approved version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Authority office network", trust=tg.Trust.INTERNAL):
    # Reviews cases and footage, corrects species counts.
    officer = tm.add(tg.Actor("Fishery compliance officer", role="compliance officer"))
    # Trains and evaluates the detector and approves releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    rem_unit,
    rem_provider,
    catch_video,
    sensor_data,
    protocol="https",
    label="upload over 4G in port",
)
tm.flow(rem_provider, ingest, catch_video, sensor_data, protocol="sftp")
tm.flow(ingest, archive, catch_video, sensor_data, catch_frames)
tm.flow(skipper, ers, declarations, protocol="https")

tm.flow(archive, analysis_job, catch_frames, sensor_data, label="per-trip batch")
tm.flow(ers, analysis_job, declarations)
tm.flow(analysis_job, detector, catch_frames)
tm.flow(detector, analysis_job, species_counts)
tm.flow(analysis_job, case_db, cases)
tm.flow(registry, analysis_job, weights, label="load approved version")

tm.flow(case_db, portal, cases)
tm.flow(archive, portal, catch_video)
tm.flow(portal, case_db, review_outcome)
tm.flow(portal, officer, cases, catch_video, protocol="https")
tm.flow(officer, portal, review_outcome, labels, protocol="https")
tm.flow(portal, skipper, notice, protocol="smtp")

tm.flow(portal, labeling, labels, label="officer species corrections")
tm.flow(archive, labeling, catch_frames)
tm.flow(labeling, train_set, training_frames, labels)
tm.flow(train_set, training, training_frames, labels)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
