"""LLM-assisted abstract review for a European conference organiser: first design.

Speakers submit talk proposals (title, abstract, bio, contact details) on a hosted
call-for-papers platform. An hourly sync job pulls new submissions over the
platform's API into our review database in the organiser's cloud account. After
the call closes, a scoring job strips the speaker's name, e-mail and bio, combines
each abstract with its track's criteria and asks a vendor-hosted LLM for a short
summary and 1-5 scores per criterion; the results go back into the review database
and every call is logged. Programme committee members, mostly volunteers around
the world, sign in to a review dashboard to read abstracts with the AI summaries,
enter their own scores and, as track chairs, decide acceptance; the dashboard then
e-mails the outcome to speakers through a transactional e-mail provider. Controls:
dashboard sign-in with role-based access per track, chair approval of decisions,
the LLM API key in a secrets manager, anonymisation before the LLM, a vendor DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conference abstract review assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Summarises and scores talk abstracts against track criteria for the "
    "programme committee.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Talk submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Speaker name, e-mail, company, bio, talk title, abstract and track.",
)
criteria = tg.Data(
    "Track criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-track scoring rubric and the system prompt for the reviewer LLM.",
)
review_prompt = tg.Data(
    "Abstract review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Track criteria plus the anonymised title and abstract.",
)
ai_review = tg.Data(
    "AI summary and criterion scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
committee_review = tg.Data(
    "Committee scores and decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_log = tg.Data("LLM call log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
notification = tg.Data(
    "Decision notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may submit a proposal; the text they write is read by the LLM.
    speaker = tm.add(tg.Actor("Speaker", role="submitter"))
    # Volunteer reviewers and track chairs, working from their own machines.
    committee = tm.add(tg.Actor("Programme committee member", role="reviewer"))

with tm.boundary("Organiser staff", trust=tg.Trust.INTERNAL):
    # Staff programme chair: maintains the track criteria and runs the scoring.
    chair = tm.add(tg.Actor("Programme chair", role="programme chair", privileged=True))

with tm.boundary("CFP platform vendor", trust=tg.Trust.PARTNER):
    # SaaS where the call for papers is published and proposals are collected.
    cfp = tm.add(tg.ExternalService("Call-for-papers platform", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted reviewer LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises each abstract and scores it against its track's criteria.",
            controls={c.SupplierAssessment(note="DPA signed; API data not used for training")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the outcome to speakers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Organiser cloud account", trust=tg.Trust.INTERNAL):
    # Pulls new and edited submissions from the CFP platform's API.
    sync_job = tm.add(tg.Service("Hourly submission sync job"))
    # One database for submissions, AI reviews and committee scores.
    review_db = tm.add(
        tg.DataStore(
            "Review database",
            stores={submission, ai_review, committee_review},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Criteria the chair writes per track; the scoring job reads them into prompts.
    criteria_store = tm.add(tg.DataStore("Track criteria store", stores={criteria}))
    # Builds the anonymised prompt per abstract, calls the LLM, parses the scores.
    scoring_job = tm.add(
        tg.Service(
            "Abstract scoring job",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud secrets manager"),
                c.DataMinimization(
                    note="speaker name, e-mail, company and bio removed before the prompt"
                ),
            },
        )
    )
    # Every prompt and completion, for debugging and disputes.
    log_store = tm.add(tg.DataStore("LLM call log store", stores={llm_log}))
    # Web app where the committee reviews, scores and decides.
    dashboard = tm.add(
        tg.Service(
            "Committee review dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="reviewers see only the tracks they are assigned to"),
                c.HumanInTheLoop(approver="track chair"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Submission intake
tm.flow(speaker, cfp, submission, protocol="https")
tm.flow(cfp, sync_job, submission, protocol="https", label="hourly API pull")
tm.flow(sync_job, review_db, submission)

# Criteria maintenance
tm.flow(chair, dashboard, criteria, protocol="https", label="edits track criteria")
tm.flow(dashboard, criteria_store, criteria)
tm.flow(criteria_store, scoring_job, criteria)

# LLM scoring
tm.flow(review_db, scoring_job, submission, label="batch after the call closes")
tm.flow(scoring_job, llm, review_prompt, protocol="https")
tm.flow(llm, scoring_job, ai_review, protocol="https")
tm.flow(scoring_job, review_db, ai_review)
tm.flow(scoring_job, log_store, llm_log)

# Committee review and decisions
tm.flow(review_db, dashboard, submission, ai_review, committee_review)
tm.flow(dashboard, committee, submission, ai_review, committee_review, protocol="https")
tm.flow(committee, dashboard, committee_review, protocol="https")
tm.flow(dashboard, chair, submission, ai_review, committee_review, protocol="https")
tm.flow(chair, dashboard, committee_review, protocol="https", label="final programme")
tm.flow(dashboard, review_db, committee_review)

# Notifying speakers
tm.flow(dashboard, mailer, notification, protocol="https")
tm.flow(mailer, speaker, notification, protocol="smtp")
