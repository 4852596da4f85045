"""Rugby club concussion head impact model: the first design, before any security review.

A professional rugby club flags possible concussions during matches and training so
that the team doctor can take the player off for a head injury assessment (HIA).
Players wear instrumented mouthguards that stream head acceleration readings over
Bluetooth to a pitch-side base station, which uploads them to the mouthguard vendor's
cloud; the vendor pushes each significant impact event to the club's ingestion
service. The service cuts the matching clip from the broadcaster's live feed and
runs the club's in-house impact model, which scores each impact for concussion risk.
Flags and clips appear on the team doctor's pitch-side tablet through a review API;
the doctor decides whether to start an HIA and records the outcome in the player
medical record system. Each season the sports science team retrains the model on past
impacts labelled with HIA outcomes. Controls: HTTPS everywhere off the pitch, a vendor
API key on the webhook, MFA and role-based access for medical staff, an encrypted and
audited medical record, a validated and versioned model, and the doctor's decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rugby club concussion head impact model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags possible concussions from mouthguard sensors and match video for the team doctor.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Mouthguard head acceleration readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Linear and rotational acceleration samples, tagged with the mouthguard's player id.",
)
impact_events = tg.Data(
    "Head impact events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Per-impact peak accelerations, duration, player and match clock from the vendor.",
)
match_video = tg.Data("Live match video", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
impact_clips = tg.Data("Impact video clips", sensitivity=tg.Sensitivity.PII, kind="media")
impact_features = tg.Data("Impact features", sensitivity=tg.Sensitivity.PII, kind="features")
concussion_flag = tg.Data(
    "Possible concussion flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Concussion risk score per impact and whether it crosses the HIA threshold.",
)
hia_outcome = tg.Data(
    "HIA outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
medical_history = tg.Data(
    "Player concussion history", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
training_labels = tg.Data(
    "Impact labels from HIA outcomes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Impact model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pitch side", trust=tg.Trust.INTERNAL):
    # One instrumented mouthguard per player, paired to the player by the vendor app.
    mouthguards = tm.add(tg.Device("Instrumented mouthguards", fleet=True))
    # Receives the mouthguards over Bluetooth and uploads over the stadium network.
    base_station = tm.add(tg.Device("Pitch-side base station", fleet=False))
    # The club's team doctor, who decides on an HIA.
    doctor = tm.add(tg.Actor("Team doctor", role="team doctor"))
    # Club-managed tablet the doctor watches flags and clips on.
    tablet = tm.add(tg.Device("Doctor's pitch-side tablet", fleet=False))

with tm.boundary("Mouthguard vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud turns raw readings into impact events and pushes them to us.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Mouthguard vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={
                c.SupplierAssessment(note="league-approved device; data sharing agreement signed")
            },
        )
    )

with tm.boundary("Broadcaster", trust=tg.Trust.PARTNER):
    # The match broadcaster's live feed, which the club is licensed to use for medical review.
    video_feed = tm.add(
        tg.DataSource("Broadcast match feed", origin=tg.Origin.PARTNER, provides={match_video})
    )

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Receives impact events, cuts the clips, calls the model and stores the flags.
    ingestion = tm.add(
        tg.Service(
            "Impact ingestion service",
            internet_facing=True,
            controls={c.Authentication(method="vendor API key in the webhook request header")},
        )
    )
    # The club's own model: scores each impact from sensor features and video frames.
    impact_model = tm.add(
        tg.Model(
            "Head impact concussion model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over impact kinematics plus a video clip classifier.",
            controls={
                c.HumanInTheLoop(approver="the team doctor, who decides whether to start an HIA")
            },
        )
    )
    # Impact events, clips and flags for the current season.
    impact_store = tm.add(
        tg.DataStore("Impact event store", stores={impact_events, impact_clips, concussion_flag})
    )
    # What the doctor's tablet calls to see flags and record outcomes.
    review_api = tm.add(
        tg.Endpoint(
            "Pitch-side review API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual club accounts with app-based MFA"),
                c.RBAC(note="medical staff only"),
            },
        )
    )

    with tm.boundary("Medical systems", trust=tg.Trust.RESTRICTED):
        # The club's existing player medical record system (EMR).
        medical_record = tm.add(
            tg.DataStore(
                "Player medical record system",
                stores={hia_outcome, medical_history},
                controls={
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

    with tm.boundary("Sports science workspace", trust=tg.Trust.INTERNAL):
        # Past impacts labelled with HIA outcomes, exported at the end of each season.
        dataset = tm.add(
            tg.Dataset("Labelled impact dataset", stores={impact_features, training_labels})
        )
        # Seasonal retraining and evaluation on the previous season's HIA outcomes.
        training = tm.add(
            tg.Pipeline(
                "Seasonal retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(
                        note="recall on last season's confirmed concussions must not drop"
                    )
                },
            )
        )
        # Holds released model versions.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Club office", trust=tg.Trust.INTERNAL):
    # Builds the labels, retrains and releases the model.
    scientist = tm.add(tg.Actor("Sports scientist", role="sports science lead", privileged=True))

# ---------------------------------------------------------------- flows
# Sensor path
tm.flow(mouthguards, base_station, sensor_readings, protocol="bluetooth le")
tm.flow(base_station, vendor_cloud, sensor_readings, protocol="https")
tm.flow(vendor_cloud, ingestion, impact_events, protocol="https", label="impact event webhook")

# Video and scoring
tm.flow(video_feed, ingestion, match_video, protocol="https")
tm.flow(ingestion, impact_model, impact_features, impact_clips)
tm.flow(impact_model, ingestion, concussion_flag)
tm.flow(ingestion, impact_store, impact_events, impact_clips, concussion_flag)

# Doctor review and HIA
tm.flow(impact_store, review_api, concussion_flag, impact_clips, impact_events)
tm.flow(review_api, tablet, concussion_flag, impact_clips, protocol="https")
tm.flow(tablet, doctor, concussion_flag, impact_clips, label="on the touchscreen")
tm.flow(doctor, tablet, hia_outcome, label="on the touchscreen")
tm.flow(tablet, review_api, hia_outcome, protocol="https")
tm.flow(review_api, medical_record, hia_outcome, protocol="https")
tm.flow(
    medical_record,
    review_api,
    medical_history,
    protocol="https",
    label="player's concussion history",
)

# Seasonal retraining
tm.flow(impact_store, dataset, impact_features, label="end of season export")
tm.flow(medical_record, dataset, hia_outcome, label="end of season export")
tm.flow(scientist, dataset, training_labels, label="labels impacts from HIA outcomes")
tm.flow(dataset, training, impact_features, training_labels)
tm.flow(training, registry, model_artifact)
tm.flow(scientist, registry, release_approval, label="approves release")
tm.flow(registry, impact_model, model_artifact, label="deploy")
