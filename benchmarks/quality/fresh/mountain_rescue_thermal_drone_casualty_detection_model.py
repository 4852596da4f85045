"""Thermal drone casualty detection for a volunteer mountain rescue team: first design.

During a search the team's drone pilot flies a thermal-camera drone; the video comes
down to the pilot's laptop in the control vehicle, where a person-detection model
(fine-tuned from an open-weights detector by a university partner) marks possible
people on each frame with a confidence and a map position. The search manager looks
at each mark and decides whether to send a search team to check it by radio; the
model never tasks anyone by itself. The laptop works offline on the hill.
After each callout the pilot uploads the recorded footage and the detection log to
the team's cloud drive, the pilot and search manager mark which detections were
real, and the labelled clips are copied to the university's training set. The
university retrains the model and puts new weights (a PyTorch checkpoint) in a
shared release folder, from which the pilot updates the laptop before the next
callout. The laptop disk is encrypted, the cloud drive needs 2-step verification,
and the university reports recall on held-out callouts before each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain rescue thermal drone casualty detection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "On-laptop person detection in thermal drone footage to guide searches, "
        "retrained after callouts with a university partner."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Thermal drone footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Radiometric video with GPS telemetry; shows the missing person, searchers "
    "and anyone else on the hill.",
)
detections = tg.Data(
    "Possible person detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Boxes on frames with a confidence score and an estimated grid reference.",
)
detection_log = tg.Data(
    "Detection log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every detection of the callout with its frame, time and position.",
)
tasking = tg.Data(
    "Search team tasking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where to go and what to check, with the missing person's description.",
)
check_result = tg.Data(
    "Check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the team found at a marked spot: the casualty, a searcher, an animal, "
    "a rock.",
)
labels = tg.Data(
    "Confirmed detection labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per detection: real person or false alarm, and any person the model missed.",
)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint (.pt) of the fine-tuned detector.",
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Search area", trust=tg.Trust.INTERNAL):
    # Flies the drone and watches the marked video on the laptop.
    pilot = tm.add(tg.Actor("Drone pilot", role="team member"))
    # Runs the search; decides which marks are worth sending a team to.
    manager = tm.add(tg.Actor("Search manager", role="search manager"))
    # Volunteers on foot who go and check a marked spot.
    search_team = tm.add(tg.Actor("Search team", role="team members in the field"))
    # The team's one thermal-camera drone.
    drone = tm.add(
        tg.Device(
            "Thermal camera drone",
            fleet=False,
            description="Commercial drone with a radiometric thermal camera and GPS.",
        )
    )

    with tm.boundary("Pilot laptop", trust=tg.Trust.INTERNAL):
        # Takes the video from the drone controller, runs the model, draws the marks.
        det_app = tm.add(
            tg.Service(
                "Detection viewer app",
                description="Overlays marks and grid references on the live video; "
                "records footage and detections.",
                controls={
                    c.HumanInTheLoop(
                        approver="the search manager",
                        note="a mark is only a suggestion; the search manager decides any tasking",
                    )
                },
            )
        )
        # The person detector itself, running on the laptop GPU.
        detector = tm.add(
            tg.Model(
                "Thermal person detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights object detector fine-tuned on thermal mountain footage.",
            )
        )
        # Footage and detections kept on the laptop until the upload.
        laptop_store = tm.add(
            tg.DataStore(
                "Laptop footage store",
                stores={footage, detection_log},
                controls={c.EncryptionAtRest(key_management="BitLocker with TPM")},
            )
        )

with tm.boundary("Team cloud drive", trust=tg.Trust.INTERNAL):
    # Where each callout's footage and detection log are uploaded.
    upload_folder = tm.add(
        tg.DataStore(
            "Callout upload folder",
            stores={footage, detection_log, labels},
            controls={
                c.Authentication(method="team Google Workspace accounts with 2-step verification"),
                c.RBAC(note="shared with the drone unit only"),
            },
        )
    )
    # The pilot and search manager go through the detections after the callout.
    review = tm.add(
        tg.Pipeline(
            "Post-callout detection review",
            stage=tg.Stage.LABELING,
            description="Spreadsheet of detections marked real or false, and clips cut around them.",
        )
    )

with tm.boundary("University research group", trust=tg.Trust.PARTNER):
    # Runs the retraining as part of a research project.
    researcher = tm.add(tg.Actor("University researcher", role="ml researcher", privileged=True))
    # All labelled clips from the team's past callouts.
    train_set = tm.add(tg.Dataset("Thermal training set", stores={training_clips}))
    # Fine-tunes the detector on the growing training set.
    retrain = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="Fine-tuning script on the department GPU server.",
            controls={
                c.ModelValidation(note="recall reported on held-out callouts before release")
            },
        )
    )
    # Shared folder the team downloads new weights from.
    release = tm.add(
        tg.ModelRegistry(
            "Model release folder",
            stores={weights},
            controls={c.ModelVersioning(note="each release in a dated folder with release notes")},
        )
    )

# ---------------------------------------------------------------- flows
# during the search
tm.flow(drone, det_app, footage, label="video downlink via the controller's HDMI output")
tm.flow(det_app, detector, footage, label="frames", protocol="local")
tm.flow(detector, det_app, detections, protocol="local")
tm.flow(det_app, laptop_store, footage, detection_log, protocol="local")
tm.flow(det_app, pilot, footage, detections, label="marked video on screen")
tm.flow(pilot, manager, detections, label="reports marks and grid references")
tm.flow(manager, search_team, tasking, protocol="dmr")
tm.flow(search_team, manager, check_result, protocol="dmr")

# after the callout
tm.flow(laptop_store, upload_folder, footage, detection_log, protocol="https")
tm.flow(upload_folder, review, footage, detection_log)
tm.flow(manager, review, labels, check_result, label="confirms what each mark was")
tm.flow(pilot, review, labels)
tm.flow(review, upload_folder, labels)
tm.flow(review, train_set, training_clips, protocol="https", label="copied to the university share")

# retraining and model update
tm.flow(researcher, retrain, train_config)
tm.flow(train_set, retrain, training_clips)
tm.flow(retrain, release, weights)
tm.flow(release, detector, weights, protocol="https", label="pilot updates the laptop")
