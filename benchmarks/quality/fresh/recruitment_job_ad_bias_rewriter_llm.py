"""Job-ad bias rewriter: the first design, before any security review.

The HR team's recruiters write job adverts in an internal web app. The app pulls
the requisition (role, team, salary band, hiring manager) from the company's
SaaS applicant tracking system, and a rewrite service sends the draft, together
with the inclusive-language guidelines the DEI team maintains, to a hosted LLM.
The LLM returns a rewritten advert with the wording it changed flagged. The
recruiter reviews and edits the result and approves it; only then does a
publishing service post the advert to external job boards through their APIs.
The app runs in the HR applications account of our cloud; staff sign in through
the corporate SSO with MFA and access is by role. Drafts are stored encrypted,
the LLM vendor went through procurement's supplier review, the job-board API
keys are held in the secrets vault, and every rewrite is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Job-ad bias rewriter",
    profile=tg.RiskProfile.LOW,
    description="LLM rewrites recruiters' job adverts to remove biased wording before publication.",
)

# ---------------------------------------------------------------- data assets
requisition = tg.Data(
    "Requisition details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Role, team, location, salary band and hiring manager from the ATS.",
)
draft_ad = tg.Data("Draft job ad", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
guidelines = tg.Data(
    "Inclusive language guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Word lists and style rules for gender-neutral, age-neutral, accessible adverts.",
)
rewrite_prompt = tg.Data(
    "Rewrite prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the guidelines, the requisition and the draft advert.",
)
rewritten_ad = tg.Data(
    "Rewritten job ad with flagged phrases",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_ad = tg.Data(
    "Approved job ad",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The final text the recruiter signed off, held until it is posted.",
)
published_ad = tg.Data("Published job ad", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
posting_status = tg.Data("Posting status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rewrite_log = tg.Data(
    "Rewrite log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each prompt, completion, recruiter edit and approval, with the user and time.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Writes the adverts, reviews the rewrite and decides what gets published.
    recruiter = tm.add(tg.Actor("Recruiter", role="HR recruiter"))
    # Owns the guidelines the model is told to apply.
    dei_lead = tm.add(tg.Actor("DEI programme lead", role="guideline editor"))

with tm.boundary("HR applications account", trust=tg.Trust.INTERNAL):
    # The only user interface: drafting, reviewing the rewrite, approving.
    web_app = tm.add(
        tg.Endpoint(
            "Ad rewriter web app",
            purpose=tg.EndpointPurpose.API,
            description="Internal web app for recruiters, reachable over the corporate VPN.",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="recruiter and HR admin roles"),
            },
        )
    )
    # Assembles the prompt from draft, requisition and guidelines and calls the LLM.
    rewrite_service = tm.add(
        tg.Service(
            "Rewrite service",
            description="Builds the rewrite prompt, calls the hosted LLM, stores the result.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Source of the rules the rewrite must follow.
    guideline_store = tm.add(tg.DataStore("Guidelines repository", stores={guidelines}))
    # Keeps drafts, rewrites and approved versions of every advert.
    ad_db = tm.add(
        tg.DataStore(
            "Job ad database",
            stores={draft_ad, rewritten_ad, approved_ad, posting_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Audit trail of what the model was asked and what it answered.
    log_store = tm.add(tg.DataStore("Rewrite log store", stores={rewrite_log}))
    # Posts approved adverts to the job boards; nothing is posted without approval.
    publisher = tm.add(
        tg.Service(
            "Job board publisher",
            description="Posts adverts the recruiter approved to the job boards' APIs.",
            controls={
                c.HumanInTheLoop(approver="the recruiter who owns the requisition"),
                c.SecretsManagement(note="job-board API keys in the cloud secrets vault"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the actual rewriting; a general-purpose hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
            controls={c.SupplierAssessment(note="procurement review; no training on our data")},
        )
    )

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # System of record for open requisitions; the ad must match the approved role.
    ats = tm.add(tg.ExternalService("Applicant tracking system", provides="data-provider"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the adverts are published (LinkedIn, Indeed, niche boards).
    job_boards = tm.add(tg.ExternalService("Job boards"))
    # The audience the rewrite is for.
    job_seeker = tm.add(tg.Actor("Job seeker", role="candidate"))

# ---------------------------------------------------------------- flows
tm.flow(recruiter, web_app, draft_ad, protocol="https", label="writes draft")
tm.flow(web_app, rewrite_service, draft_ad)
tm.flow(ats, rewrite_service, requisition, protocol="https", label="requisition lookup")
tm.flow(dei_lead, guideline_store, guidelines, protocol="https", label="maintains guidelines")
tm.flow(guideline_store, rewrite_service, guidelines)
tm.flow(rewrite_service, llm, rewrite_prompt, protocol="https")
tm.flow(llm, rewrite_service, rewritten_ad, protocol="https")
tm.flow(rewrite_service, ad_db, draft_ad, rewritten_ad)
tm.flow(rewrite_service, log_store, rewrite_log)
tm.flow(rewrite_service, web_app, rewritten_ad)
tm.flow(web_app, recruiter, rewritten_ad, protocol="https", label="review and edit")
tm.flow(recruiter, web_app, approved_ad, protocol="https", label="approves final text")
tm.flow(web_app, ad_db, approved_ad)
tm.flow(ad_db, publisher, approved_ad, label="publish queue")
tm.flow(publisher, job_boards, published_ad, protocol="https")
tm.flow(job_boards, publisher, posting_status, protocol="https")
tm.flow(publisher, ad_db, posting_status)
tm.flow(job_boards, job_seeker, published_ad, protocol="https")
