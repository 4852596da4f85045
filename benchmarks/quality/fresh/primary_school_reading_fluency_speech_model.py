"""Reading fluency scoring: the first design, before any security review.

A multi-academy trust of primary schools wants regular, low-effort reading checks.
In class, a teacher picks a pupil and a passage on a shared school tablet (managed
by the trust's MDM); the pupil, aged 5 to 11, reads the passage aloud and the
tablet uploads the recording to the trust's reading API in its cloud tenant.
A scoring service runs the trust's speech recognition model (open weights,
fine-tuned by the trust's data team) against the passage text and stores words
correct per minute, accuracy and miscues. Teachers see their classes' progress,
replay recordings and correct miscue markings in a web dashboard. Class lists
come from each school's MIS. Each term the corrections and recordings become a
fine-tuning set; a data engineer approves new versions in the model registry.
Tablets hold a per-device certificate, teachers sign in with school Microsoft 365
accounts, dashboard access is by class, recordings are encrypted at rest, and a
new model version must pass evaluation on a held-out set before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reading fluency scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores primary pupils' reading aloud for fluency and accuracy, for teachers.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Pupil reading recordings",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Audio of a named child reading aloud, often with classroom voices behind.",
)
session = tg.Data(
    "Reading session details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pupil id, passage id, tablet id, date and time.",
)
passage = tg.Data("Reading passages", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
roster = tg.Data(
    "Class lists",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pupil names, year group, class and SEN/EAL flags from the MIS.",
)
transcript = tg.Data("Word-level transcripts", sensitivity=tg.Sensitivity.PII, kind="model-output")
scores = tg.Data(
    "Fluency and accuracy scores",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Words correct per minute, accuracy and miscues per session.",
)
progress = tg.Data("Class progress reports", sensitivity=tg.Sensitivity.PII, kind="records")
corrections = tg.Data(
    "Teacher miscue corrections",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base speech model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned speech model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Model hub", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights base model was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # Each school's management information system, a vendor-run SaaS.
    mis = tm.add(tg.ExternalService("School MIS", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("School classrooms", trust=tg.Trust.INTERNAL):
    # The child being assessed; has no account and never signs in.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))
    # Runs the sessions, reviews scores and corrects the model's miscue marks.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # Shared classroom iPads running the reading app; record and upload audio.
    tablet = tm.add(tg.Device("Classroom tablet", fleet=True))

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives recordings from tablets and serves passages and class lists to them.
    api = tm.add(
        tg.Endpoint(
            "Reading API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet device certificate issued by the MDM")},
        )
    )
    recordings_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Graded passages the pupils read, with their reference text.
    passages = tm.add(tg.DataStore("Passage library", stores={passage}))
    # Aligns the transcript with the passage and computes the scores.
    scorer = tm.add(tg.Service("Fluency scoring service"))
    # Speech-to-text model served on the trust's own GPU instance.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights ASR model fine-tuned on children's read speech.",
        )
    )
    # Pupils, class lists, scores, transcripts and teachers' corrections.
    results_db = tm.add(
        tg.DataStore(
            "Reading results database", stores={roster, session, scores, transcript, corrections}
        )
    )
    # Teachers' web view of their classes.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC sign-in with school Microsoft 365 accounts"),
                c.RBAC(note="class teachers see their own classes; reading leads see the school"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Termly export of corrected sessions for fine-tuning.
        train_set = tm.add(
            tg.Dataset(
                "Corrected reading set",
                purpose="fine-tuning",
                stores={recording, corrections, transcript},
            )
        )
        finetune = tm.add(
            tg.Pipeline(
                "Termly fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="word error rate on a held-out set of recordings")
                },
            )
        )
        registry = tm.add(tg.ModelRegistry("Model registry", stores={tuned_weights}))
        # The trust's data engineer, who approves and deploys new model versions.
        engineer = tm.add(tg.Actor("Trust data engineer", role="data engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(teacher, tablet, session, label="picks pupil and passage in class")
tm.flow(pupil, tablet, recording, label="reads aloud in person")
tm.flow(api, tablet, passage, roster, protocol="https")
tm.flow(tablet, api, recording, session, protocol="https")

tm.flow(mis, api, roster, protocol="https", label="nightly roster sync")
tm.flow(api, results_db, roster, session)
tm.flow(results_db, api, roster)
tm.flow(passages, api, passage)
tm.flow(api, recordings_store, recording)

tm.flow(api, scorer, session, label="scoring job")
tm.flow(recordings_store, scorer, recording)
tm.flow(passages, scorer, passage)
tm.flow(scorer, asr, recording)
tm.flow(asr, scorer, transcript)
tm.flow(scorer, results_db, scores, transcript)

tm.flow(results_db, dashboard, scores, transcript)
tm.flow(recordings_store, dashboard, recording, label="playback")
tm.flow(dashboard, teacher, progress, scores, recording, protocol="https")
tm.flow(teacher, dashboard, corrections, protocol="https")
tm.flow(dashboard, results_db, corrections)

tm.flow(results_db, train_set, corrections, transcript, label="termly export")
tm.flow(recordings_store, train_set, recording, label="termly export")
tm.flow(train_set, finetune, recording, corrections, transcript)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(finetune, registry, tuned_weights)
tm.flow(engineer, registry, approval, label="approves release")
tm.flow(registry, asr, tuned_weights, label="deploy")
