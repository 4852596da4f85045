"""Racecourse gait and lameness screening: the first design, before any security review.

At an Irish racecourse, fixed cameras around the parade ring film every runner as
it is led round before its race. An ingest service on a server in the course's
comms room cuts a clip per horse using the saddlecloth numbers from the
regulator's racecard feed, and an in-house gait model scores each clip for signs
of lameness. Horses over the threshold are flagged on the veterinary officers'
tablet app; a vet examines the horse in the ring and records the outcome, and only
a vet can withdraw it. Exam outcomes and withdrawals go to the regulator's
veterinary system over its API. Vets sign in with the course's Entra ID accounts
and MFA, and withdrawals are audit-logged. Clips of examined horses, with the vet's
finding, become training data; a data scientist retrains the model and a new
version is promoted from the registry only after it passes an evaluation set.
Grooms and jockeys are visible in the footage, which is kept for 31 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racecourse gait lameness screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pre-race parade video scored for lameness; vets examine flagged "
    "horses and report outcomes to the racing regulator.",
)

# ---------------------------------------------------------------- data assets
parade_video = tg.Data(
    "Parade ring video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live camera streams; grooms and jockeys are identifiable.",
)
horse_clips = tg.Data(
    "Per-horse gait clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Clips cut per runner, tagged with race and saddlecloth number.",
)
racecard = tg.Data(
    "Racecard and declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gait_scores = tg.Data(
    "Lameness scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Market-sensitive before the off: a flag can move betting prices.",
)
exam_outcomes = tg.Data(
    "Vet examination outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Findings and the decision to withdraw or clear the horse.",
)
regulator_report = tg.Data(
    "Veterinary report to regulator",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
regulator_ack = tg.Data("Regulator acknowledgement", kind="records")
training_clips = tg.Data(
    "Labelled gait clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Gait model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion = tg.Data("Model promotion request", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Racing regulator", trust=tg.Trust.PARTNER):
    # Declarations and saddlecloth numbers for the day's races.
    racecard_feed = tm.add(
        tg.DataSource(
            "Regulator racecard feed",
            origin=tg.Origin.PARTNER,
            provides={racecard},
            description="Raceday declarations API, polled every minute.",
        )
    )
    # Where vets' findings and withdrawals are reported.
    regulator_vet_system = tm.add(
        tg.ExternalService(
            "Regulator veterinary records system",
            description="Receives exam outcomes and withdrawals; announces non-runners.",
        )
    )

with tm.boundary("Parade ring camera network", trust=tg.Trust.INTERNAL):
    # Fixed PoE cameras on their own VLAN, covering the walk and trot-up lane.
    cameras = tm.add(
        tg.Device(
            "Parade ring cameras",
            description="Six fixed cameras around the parade ring.",
        )
    )

with tm.boundary("Racecourse server room", trust=tg.Trust.INTERNAL):
    # Receives the streams and cuts one clip per runner.
    ingest = tm.add(
        tg.Pipeline(
            "Clip ingest service",
            stage=tg.Stage.INGESTION,
            description="Matches horses to saddlecloth numbers and cuts gait clips.",
        )
    )
    # Scores each clip; the threshold decides which horses get flagged.
    gait_model = tm.add(
        tg.Model(
            "Gait lameness model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Pose keypoints plus a temporal classifier, on a local GPU server.",
        )
    )
    # Scores, flags and vets' outcomes for every raceday.
    results_db = tm.add(
        tg.DataStore(
            "Screening results database",
            stores={gait_scores, exam_outcomes},
        )
    )
    # Video kept for review and for building training data.
    clip_archive = tm.add(
        tg.DataStore(
            "Clip archive",
            stores={horse_clips},
            controls={c.RetentionLimits(days=31, note="racecourse CCTV policy")},
        )
    )
    # The vets' tablet app back end: flagged horses, clips, exam entry, withdrawal.
    vet_app = tm.add(
        tg.Endpoint(
            "Vet screening app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.HumanInTheLoop(
                    approver="veterinary officer",
                    note="the model only flags; a vet examines and decides any withdrawal",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips of examined horses labelled with the vet's finding.
        training_set = tm.add(tg.Dataset("Gait training set", stores={training_clips}))
        # Retrains the model between race meetings.
        training = tm.add(
            tg.Pipeline(
                "Gait model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versions of the model; promotion needs a passing evaluation.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    c.ModelVersioning(),
                    c.ModelValidation(note="must pass the held-out vet-labelled set"),
                },
            )
        )

with tm.boundary("Racecourse staff", trust=tg.Trust.INTERNAL):
    # Examines flagged horses and can withdraw them.
    vet = tm.add(tg.Actor("Veterinary officer", role="vet", privileged=True))
    # Builds training sets and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, parade_video, protocol="rtsp")
tm.flow(racecard_feed, ingest, racecard, protocol="https")
tm.flow(ingest, clip_archive, horse_clips)
tm.flow(ingest, gait_model, horse_clips)
tm.flow(gait_model, results_db, gait_scores)

tm.flow(results_db, vet_app, gait_scores, exam_outcomes)
tm.flow(clip_archive, vet_app, horse_clips)
tm.flow(vet_app, vet, gait_scores, horse_clips, protocol="https", label="flagged horses")
tm.flow(vet, vet_app, exam_outcomes, protocol="https", label="exam result and withdrawal")
tm.flow(vet_app, results_db, exam_outcomes)
tm.flow(vet_app, regulator_vet_system, regulator_report, protocol="https")
tm.flow(regulator_vet_system, vet_app, regulator_ack, protocol="https")

tm.flow(clip_archive, training_set, horse_clips, label="clips of examined horses")
tm.flow(results_db, training_set, exam_outcomes, label="vet findings as labels")
tm.flow(data_scientist, training, promotion, label="starts retraining")
tm.flow(training_set, training, training_clips)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="promotes version")
tm.flow(registry, gait_model, model_artifact, label="deploy")
