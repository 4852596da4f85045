"""Orchestra audition blind screening: the first design, before any security review.

A European symphony orchestra takes first-round auditions as uploaded recordings.
Candidates create an account on the audition portal, fill in their application
and upload a recording of the set repertoire. Their details go to the orchestra's
HR system, a hosted SaaS. An anonymisation job strips names, file metadata and
spoken introductions from each recording and gives it an audition code; the code
mapping is kept only in the HR system. An audio model scores intonation and rhythm,
and the personnel manager approves a shortlist drawn from those scores. A panel of
players then listens blind to the shortlisted recordings in the panel app and votes.
The model's scores and the votes are archived so that later rounds' panels can see
them. The portal uses HTTPS, e-mail and password sign-in and checks upload formats;
recordings are encrypted at rest; panel members sign in with the orchestra's SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchestra audition blind screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Anonymises first-round audition recordings, scores them and supports a blind panel.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Candidate application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, nationality, CV and current position.",
)
recording = tg.Data(
    "Audition recording",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The uploaded audio file, with its tags and any spoken introduction.",
)
anon_recording = tg.Data(
    "Anonymised recording",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Re-encoded audio with metadata and speech removed, named by audition code.",
)
code_mapping = tg.Data(
    "Audition code mapping",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
model_scores = tg.Data(
    "Intonation and rhythm scores",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
shortlist = tg.Data(
    "Shortlist of audition codes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
cutoff = tg.Data("Shortlist approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
votes = tg.Data("Panel votes", sensitivity=tg.Sensitivity.PII, kind="records")
round_outcome = tg.Data("Round outcome", sensitivity=tg.Sensitivity.PII, kind="records")
notice = tg.Data("Candidate notification", sensitivity=tg.Sensitivity.PII, kind="documents")
status = tg.Data("Application status", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Musicians from anywhere apply; anyone can create an account.
    candidate = tm.add(tg.Actor("Candidate", role="applicant"))

with tm.boundary("HR SaaS vendor", trust=tg.Trust.PARTNER):
    # The orchestra's system of record for applicants and staff.
    hr_system = tm.add(
        tg.DataStore(
            "HR system",
            stores={application, code_mapping, round_outcome},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed")},
        )
    )
    # Sends invitations and rejections on the HR system's behalf.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Orchestra cloud", trust=tg.Trust.INTERNAL):
    # Where candidates apply and upload; the only public entry point.
    portal = tm.add(
        tg.Endpoint(
            "Audition portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio format, size and duration checks"),
            },
        )
    )
    # Original uploads, kept until the audition season closes.
    raw_store = tm.add(
        tg.DataStore(
            "Raw recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Strips names, tags and speech so that the panel and the model hear only the playing.
    anonymiser = tm.add(
        tg.Pipeline(
            "Anonymisation job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.DataMinimization(note="removes tags, file names and spoken passages")},
        )
    )
    # Recordings by audition code, for the model and the panel.
    anon_store = tm.add(
        tg.DataStore(
            "Anonymised recording store",
            stores={anon_recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores pitch accuracy and timing against the set excerpts.
    scorer = tm.add(
        tg.Model(
            "Audio scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights audio encoder with a scoring head fine-tuned in-house.",
            controls={c.ModelValidation(note="compared with past panels' rankings")},
        )
    )
    # Model scores and panel votes, kept for the second and final rounds.
    archive = tm.add(tg.DataStore("Audition score archive", stores={model_scores, votes}))
    # Ranks candidates by score and proposes a shortlist for approval.
    shortlister = tm.add(
        tg.Service(
            "Shortlisting service",
            controls={c.HumanInTheLoop(approver="personnel manager")},
        )
    )
    # Streams shortlisted recordings to panel members and collects their votes.
    panel_app = tm.add(
        tg.Service(
            "Panel listening app",
            controls={c.Authentication(method="orchestra SSO"), c.RBAC()},
        )
    )

with tm.boundary("Orchestra office network", trust=tg.Trust.INTERNAL):
    # Players on the audition committee.
    panel = tm.add(tg.Actor("Panel member", role="audition panel"))
    # Runs the audition process; the only person who can re-identify candidates.
    manager = tm.add(
        tg.Actor("Personnel manager", role="orchestra personnel manager", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Applying
tm.flow(candidate, portal, application, recording, protocol="https")
tm.flow(portal, candidate, status, protocol="https")
tm.flow(portal, hr_system, application, protocol="https")
tm.flow(hr_system, portal, status, protocol="https")
tm.flow(portal, raw_store, recording)

# Anonymising and scoring
tm.flow(raw_store, anonymiser, recording)
tm.flow(anonymiser, anon_store, anon_recording)
tm.flow(anonymiser, hr_system, code_mapping, protocol="https")
tm.flow(anon_store, scorer, anon_recording)
tm.flow(scorer, archive, model_scores)

# Shortlisting
tm.flow(archive, shortlister, model_scores)
tm.flow(shortlister, manager, shortlist, model_scores, protocol="https")
tm.flow(manager, shortlister, cutoff, protocol="https")
tm.flow(shortlister, panel_app, shortlist)

# Blind panel
tm.flow(anon_store, panel_app, anon_recording)
tm.flow(panel_app, panel, anon_recording, protocol="https", label="streamed audio")
tm.flow(panel, panel_app, votes, protocol="https")
tm.flow(panel_app, archive, votes)
tm.flow(archive, panel_app, model_scores, votes, label="for later rounds")

# Outcome
tm.flow(panel_app, manager, votes, protocol="https")
tm.flow(manager, hr_system, round_outcome, protocol="https")
tm.flow(hr_system, manager, application, code_mapping, protocol="https")
tm.flow(hr_system, mailer, notice, protocol="https")
tm.flow(mailer, candidate, notice, protocol="smtp")
