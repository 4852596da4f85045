"""Diving coaching app: the first design, before any security review.

Coaches film junior divers at training on a tablet app and upload each dive, with
its dive code and a short note, to the club's coaching API in the cloud. A pose
worker runs an open-weights pose estimation model, downloaded from a public model
hub, over the video and stores body keypoints and joint angles for the dive. A
feedback service combines the keypoints, the dive details, the coach's note and the
club's technique guidelines into a prompt for a hosted LLM, which drafts feedback
for the diver. The coach reviews and edits every draft in the app before it is sent;
divers and their parents then get a push notification and read the feedback and
clip in the app. Sign-in goes through a hosted identity provider with e-mail and
password; the API gives coaches their own squads and parents their own children,
checks uploads for file type and size, and videos are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Diving coaching video feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Pose analysis of junior divers' videos with LLM-drafted feedback the coach sends.",
)

# ---------------------------------------------------------------- data assets
dive_video = tg.Data(
    "Dive video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Training footage of junior divers in swimwear, many under 16.",
)
dive_details = tg.Data(
    "Dive details and coach note",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Diver, dive code, board height, date and the coach's free-text note.",
)
keypoints = tg.Data(
    "Pose keypoints and joint angles",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-frame body keypoints and take-off, rotation and entry angles.",
)
guidelines = tg.Data(
    "Technique guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The club's coaching points per dive group, and the system prompt.",
)
prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Diver's first name and age group, dive details, coach note, angle summary.",
)
draft = tg.Data("Draft feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data(
    "Approved feedback message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The coach's edited and approved feedback with a link to the clip.",
)
profiles = tg.Data(
    "Diver and parent profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth, squads, parent contacts and photo consent.",
)
notification = tg.Data("Feedback notification", kind="documents", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pose_weights = tg.Data(
    "Pose model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint of a public pose estimation model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Films dives, reviews drafts and sends feedback.
    coach = tm.add(tg.Actor("Coach", role="coach"))
    # The coach's own tablet with the club app; films and uploads dives.
    coach_tablet = tm.add(tg.Device("Coach tablet app", fleet=True))
    # Junior divers read feedback on their phones.
    diver = tm.add(tg.Actor("Junior diver", role="athlete"))
    # Parents give consent and see their child's feedback.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Public hub the pose model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-in for coaches, divers and parents.
    idp = tm.add(
        tg.ExternalService(
            "Hosted identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft feedback from the prompt.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # Delivers "new feedback" notifications to phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Club cloud project", trust=tg.Trust.INTERNAL):
    # The app's backend: uploads, review screens, feedback for divers and parents.
    api = tm.add(
        tg.Endpoint(
            "Coaching app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Coaches see the squads they are assigned to; parents see their own children.",
            controls={
                c.Authentication(method="e-mail and password via the hosted identity provider"),
                c.RBAC(),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Raw dive videos.
    video_store = tm.add(
        tg.DataStore(
            "Dive video bucket",
            stores={dive_video},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the pose model over each new upload.
    pose_worker = tm.add(
        tg.Service("Pose analysis worker", description="Triggered by each new upload.")
    )
    # Extracts body keypoints from video frames.
    pose_model = tm.add(
        tg.Model(
            "Pose estimation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelVersioning(note="pinned to one release of the checkpoint")},
        )
    )
    # Builds the prompt, calls the LLM and stores the draft for review.
    drafter = tm.add(
        tg.Service(
            "Feedback drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the diver's coach",
                    note="every draft is reviewed and edited before sending",
                )
            },
        )
    )
    # Profiles, dive records, keypoints, drafts and sent feedback.
    app_db = tm.add(
        tg.DataStore(
            "Coaching database", stores={profiles, dive_details, keypoints, draft, approved}
        )
    )
    # Coaching points the prompt is built from.
    guideline_store = tm.add(tg.DataStore("Technique guidelines store", stores={guidelines}))

# ---------------------------------------------------------------- flows
tm.flow(coach, coach_tablet, dive_video, dive_details, label="filmed in person at the pool")
tm.flow(coach_tablet, api, dive_video, dive_details, protocol="https")
tm.flow(api, video_store, dive_video)
tm.flow(api, app_db, dive_details)

tm.flow(coach_tablet, idp, id_token, protocol="https", label="sign-in")
tm.flow(idp, coach_tablet, id_token, protocol="https")
tm.flow(idp, api, id_token, protocol="https", label="token verification keys")

tm.flow(model_hub, pose_model, pose_weights, protocol="https", label="downloaded at build time")
tm.flow(video_store, pose_worker, dive_video)
tm.flow(pose_worker, pose_model, dive_video)
tm.flow(pose_model, pose_worker, keypoints)
tm.flow(pose_worker, app_db, keypoints)

tm.flow(app_db, drafter, dive_details, keypoints, profiles)
tm.flow(guideline_store, drafter, guidelines)
tm.flow(drafter, llm, prompt, guidelines, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, app_db, draft)

tm.flow(app_db, api, draft, approved, profiles)
tm.flow(api, coach_tablet, draft, dive_video, protocol="https", label="review screen")
tm.flow(
    coach_tablet,
    api,
    approved,
    protocol="https",
    label="coach approves and sends",
    id="tablet-approves",
)
tm.flow(api, app_db, approved, id="api-saves-approved")

tm.flow(api, push, notification, protocol="https")
tm.flow(push, diver, notification, protocol="https")
tm.flow(push, parent, notification, protocol="https")
tm.flow(diver, api, id_token, protocol="https", label="opens feedback in the app")
tm.flow(api, diver, approved, dive_video, protocol="https")
tm.flow(parent, api, profiles, id_token, protocol="https", label="account and photo consent")
tm.flow(api, parent, approved, dive_video, protocol="https")
