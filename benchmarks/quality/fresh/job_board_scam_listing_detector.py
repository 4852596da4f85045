"""Scam listing detector: the first design, before any security review.

Our job board (UK and EU job seekers) scores every new job advert for scams:
fake employers, advance-fee requests and money mule recruitment. When an
employer submits an advert, the web app hands it to a scoring service, which
combines the advert text with the employer account's history (account age,
verification, past removals) and asks an in-house classifier for a scam score.
Adverts above the threshold are held in the moderation console until a trust
and safety moderator releases or removes them; the rest go live. Employers
appeal holds and removals through the hosted help centre, whose tickets sync
into the console; job seekers report adverts from the site. Moderator decisions
become labels for weekly retraining. Employers sign in with e-mail and password,
posting is rate limited, moderators use SSO with role-based access, and new
models are evaluated on a held-out set before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Job board scam listing detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new job adverts for scams and holds high scores for moderators.",
)

# ---------------------------------------------------------------- data assets
advert = tg.Data(
    "Job advert",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, salary, location and the recruiter's contact details.",
)
account_details = tg.Data(
    "Employer account details", sensitivity=tg.Sensitivity.PII, kind="records"
)
account_history = tg.Data(
    "Employer account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Sign-up date and IP, verification status, billing, past adverts and removals.",
)
advert_features = tg.Data("Advert features", sensitivity=tg.Sensitivity.PII, kind="features")
score = tg.Data("Scam score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
advert_status = tg.Data("Advert status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
held_advert = tg.Data("Held advert with score", sensitivity=tg.Sensitivity.PII, kind="records")
report = tg.Data("Job seeker scam report", sensitivity=tg.Sensitivity.PII, kind="feedback")
appeal = tg.Data("Employer appeal", sensitivity=tg.Sensitivity.PII, kind="records")
appeal_outcome = tg.Data("Appeal outcome", sensitivity=tg.Sensitivity.PII, kind="records")
decision = tg.Data(
    "Moderator decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Scam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as an employer, scammers included.
    employer = tm.add(tg.Actor("Employer", role="employer"))
    # Browses adverts and reports suspicious ones.
    job_seeker = tm.add(tg.Actor("Job seeker", role="job seeker"))

with tm.boundary("Help centre vendor", trust=tg.Trust.PARTNER):
    # Hosted support desk where employers lodge appeals.
    help_centre = tm.add(tg.ExternalService("Help centre"))

with tm.boundary("Job board production", trust=tg.Trust.INTERNAL):
    # Public site and employer posting API.
    web_app = tm.add(
        tg.Endpoint(
            "Job board web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30, note="advert posting per employer"),
            },
        )
    )
    # Every advert and its publication status.
    advert_db = tm.add(tg.DataStore("Advert database", stores={advert, advert_status}))
    # Employer accounts and their history on the board.
    account_db = tm.add(
        tg.DataStore(
            "Employer account database",
            stores={account_details, account_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each new advert and publishes or holds it.
    scoring = tm.add(
        tg.Service(
            "Scam scoring service",
            controls={
                c.HumanInTheLoop(
                    approver="trust and safety moderator",
                    note="adverts above the threshold wait for a moderator",
                )
            },
        )
    )
    # The scam classifier itself.
    model = tm.add(
        tg.Model(
            "Scam advert classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned text classifier plus account-history features.",
        )
    )
    # Where moderators work the held adverts, reports and appeals.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.Contestability(note="employers appeal through the help centre"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        training_set = tm.add(tg.Dataset("Labelled advert dataset", stores={advert, decision}))
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="held-out precision and recall gate")},
            )
        )
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(employer, web_app, account_details, protocol="https", label="sign-up")
tm.flow(employer, web_app, advert, protocol="https")
tm.flow(web_app, employer, advert_status, protocol="https")
tm.flow(web_app, account_db, account_details)
tm.flow(web_app, advert_db, advert)
tm.flow(advert_db, web_app, advert)
tm.flow(web_app, job_seeker, advert, protocol="https")
tm.flow(job_seeker, web_app, report, protocol="https")

tm.flow(web_app, scoring, advert, label="new advert")
tm.flow(account_db, scoring, account_history)
tm.flow(scoring, model, advert_features)
tm.flow(model, scoring, score)
tm.flow(scoring, advert_db, advert_status, label="publish or hold")
tm.flow(scoring, console, held_advert)

tm.flow(web_app, console, report)
tm.flow(employer, help_centre, appeal, protocol="https")
tm.flow(help_centre, console, appeal, protocol="https", label="ticket sync")
tm.flow(console, help_centre, appeal_outcome, protocol="https")
tm.flow(help_centre, employer, appeal_outcome, protocol="https")
tm.flow(console, moderator, held_advert, protocol="https")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, advert_db, advert_status, label="release or remove")

tm.flow(console, training_set, decision)
tm.flow(advert_db, training_set, advert)
tm.flow(training_set, training, advert, decision)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
