"""Primary school reading-age voice assessment app: the first design, before any review.

Our edtech company sells a tablet app to primary schools. In class, a teacher picks a
pupil on a shared tablet and the child reads a levelled passage aloud; the tablet
uploads the recording to our cloud, where our in-house speech model scores fluency
(accuracy, pace, self-corrections) and estimates a reading age. Teachers see the
scores in a web dashboard, listen back to recordings, correct mis-scored words and use
the results to plan reading groups. Once a term a report generator builds a report per
pupil, which the class teacher signs off before it is e-mailed to parents. The class
roster comes from the school's MIS through an integration partner. Teacher corrections
and recordings are kept to retrain the model. Tablets authenticate with a per-tablet
token, teachers sign in with their school Microsoft 365 account, traffic uses TLS and
the recording and assessment stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Primary school reading-age voice assessment app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Children read aloud to a tablet; a speech model scores fluency and "
    "estimates reading age for teachers and termly parent reports.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Reading-aloud recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A child's voice reading a passage, tagged with the pupil's id.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
passage = tg.Data("Levelled reading passage", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
roster = tg.Data(
    "Pupil roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil names, class, year group, date of birth, parent e-mail addresses.",
)
scores = tg.Data(
    "Fluency scores and reading age",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Teacher score corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Words the teacher marks as mis-scored after listening back.",
)
group_plan = tg.Data("Reading group plan", kind="records", sensitivity=tg.Sensitivity.PII)
report = tg.Data("Termly parent report", kind="documents", sensitivity=tg.Sensitivity.PII)
sign_off = tg.Data("Report sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Corrected recordings training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Fluency model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the speech scoring model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("School network", trust=tg.Trust.PARTNER):
    # The child who reads aloud; does not sign in, the teacher selects them.
    pupil = tm.add(tg.Actor("Pupil", role="primary school child"))
    # Plans reading groups from the results and signs off parent reports.
    teacher = tm.add(tg.Actor("Class teacher", role="teacher"))
    # Shared classroom tablets running our app; they record the child reading.
    tablet = tm.add(
        tg.Device(
            "Classroom tablet app",
            fleet=True,
            description="School-owned iPads shared between classes, enrolled with our app.",
        )
    )

with tm.boundary("MIS integration partner", trust=tg.Trust.PARTNER):
    # Source of the class lists and parent contacts, synced nightly.
    mis = tm.add(
        tg.DataSource(
            "School MIS roster feed",
            origin=tg.Origin.PARTNER,
            provides={roster},
            description="The school's management information system via a data-sharing partner.",
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Public API the tablets upload recordings to and fetch passages and class lists from.
    reading_api = tm.add(
        tg.Endpoint(
            "Reading API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet device token issued at enrolment")},
        )
    )
    # Orchestrates an assessment: stores the audio, calls the model, saves results.
    assessment = tm.add(
        tg.Service(
            "Assessment service",
            description="Also runs the nightly roster sync from the MIS partner.",
        )
    )
    # Our speech model: word-level fluency scoring and a reading-age estimate.
    fluency_model = tm.add(
        tg.Model(
            "Fluency scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned children's speech model; its reading age drives group placement.",
        )
    )
    # Holds every recording so teachers can listen back and for retraining.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pupils, passages, scores, corrections and group plans per school.
    assessment_db = tm.add(
        tg.DataStore(
            "Assessment database",
            stores={roster, passage, scores, corrections, group_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web dashboard where teachers see results, listen back and correct scores.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="school Microsoft 365 single sign-on (OIDC)"),
                c.RBAC(note="teachers see only their own classes"),
            },
        )
    )
    # Builds the termly per-pupil report and sends it once the teacher signs off.
    report_gen = tm.add(
        tg.Service(
            "Termly report generator",
            controls={c.HumanInTheLoop(approver="class teacher signs off each pupil's report")},
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Recordings paired with teacher-corrected transcripts, for retraining.
        train_data = tm.add(tg.Dataset("Retraining dataset", stores={training_set}))
        # Termly fine-tuning of the fluency model on the corrected recordings.
        training = tm.add(tg.Pipeline("Model retraining job", stage=tg.Stage.FINE_TUNING))
        # Versioned checkpoints that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the reports to parents.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the termly report at home.
    parent = tm.add(tg.Actor("Parent or carer", role="parent"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# roster sync
tm.flow(mis, assessment, roster, protocol="https", controls={tls}, label="nightly roster sync")
tm.flow(assessment, assessment_db, roster)

# an assessment in class
tm.flow(assessment_db, reading_api, roster, passage)
tm.flow(reading_api, tablet, roster, passage, protocol="https", controls={tls})
tm.flow(teacher, tablet, roster, label="selects the pupil")
tm.flow(tablet, pupil, passage, label="passage shown on screen")
tm.flow(pupil, tablet, recording, label="reads aloud")
tm.flow(tablet, reading_api, recording, protocol="https", controls={tls})
tm.flow(reading_api, assessment, recording)
tm.flow(assessment, recording_store, recording)
tm.flow(assessment, fluency_model, recording)
tm.flow(fluency_model, assessment, scores)
tm.flow(assessment, assessment_db, scores)

# teachers review and plan
tm.flow(assessment_db, dashboard, roster, scores, group_plan)
tm.flow(recording_store, dashboard, recording, label="listen back")
tm.flow(dashboard, teacher, scores, recording, group_plan, protocol="https", controls={tls})
tm.flow(teacher, dashboard, corrections, group_plan, protocol="https", controls={tls})
tm.flow(dashboard, assessment_db, corrections, group_plan)

# termly parent report
tm.flow(assessment_db, report_gen, roster, scores)
tm.flow(report_gen, dashboard, report, label="report for sign-off")
tm.flow(teacher, dashboard, sign_off, protocol="https", controls={tls})
tm.flow(dashboard, report_gen, sign_off)
tm.flow(report_gen, mailer, report, protocol="https", controls={tls})
tm.flow(mailer, parent, report, protocol="smtp")

# retraining
tm.flow(recording_store, train_data, recording)
tm.flow(assessment_db, train_data, corrections)
tm.flow(train_data, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, fluency_model, weights, label="deploy")
