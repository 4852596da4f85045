"""Speaker proposal review assistant: the first design, before any security review.

A conference organiser based in the EU runs the call for papers for its yearly
developer conference. Speakers create an account on the CFP portal and submit talk
proposals (title, abstract, outline, bio, contact details). After the CFP closes, a
review service sends each proposal with the committee's scoring rubric to a hosted
LLM, which returns a short summary and a 1-5 score per criterion; these appear next
to each proposal in the review dashboard, where volunteer programme committee
members read, vote and comment. The programme chair sets the final decisions; the
service then asks the LLM to draft acceptance and rejection e-mails, which the chair
edits and approves in the dashboard before a transactional e-mail provider sends
them. Controls in this design: account sign-in on both web apps (TOTP for the
committee), form limits on submissions, per-track roles for reviewers, the LLM API
key in the cloud secret manager, encrypted database, and the chair's approval of
every e-mail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Speaker proposal review assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM summaries and scores of talk proposals for the programme committee, "
    "and drafted decision e-mails.",
)

# ---------------------------------------------------------------- data assets
proposal = tg.Data(
    "Talk proposal",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Title, abstract, outline, speaker bio, e-mail and travel needs.",
)
submission_receipt = tg.Data(
    "Submission confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
rubric = tg.Data(
    "Review rubric and prompt templates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Scoring criteria per track and the system prompts for summaries and e-mails.",
)
review_prompt = tg.Data("Proposal review prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
summary_score = tg.Data(
    "Proposal summary and score",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
committee_view = tg.Data(
    "Proposals with summaries and scores",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
committee_review = tg.Data(
    "Committee votes and comments", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
decision = tg.Data("Acceptance decisions", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
email_prompt = tg.Data("Decision e-mail prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
email_draft = tg.Data("Decision e-mail draft", sensitivity=tg.Sensitivity.PII, kind="model-output")
email_final = tg.Data("Approved decision e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and submit a proposal.
    speaker = tm.add(tg.Actor("Speaker", role="proposal submitter"))
    # Volunteers from the community, reviewing from their own laptops.
    reviewer = tm.add(tg.Actor("Programme committee member", role="volunteer reviewer"))

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Owns the programme, the rubric and the final decisions.
    chair = tm.add(tg.Actor("Programme chair", role="programme chair", privileged=True))

with tm.boundary("Conference cloud", trust=tg.Trust.INTERNAL):
    # Public submission site.
    cfp_portal = tm.add(
        tg.Endpoint(
            "CFP portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="plain text only, per-field length limits"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Committee and chair work here: reading, voting, deciding, approving e-mails.
    dashboard = tm.add(
        tg.Endpoint(
            "Review dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="reviewers see only the proposals of their assigned tracks"),
                c.HumanInTheLoop(
                    approver="programme chair",
                    note="every drafted e-mail is read, edited and approved before sending",
                ),
            },
        )
    )
    # Proposals, LLM output, votes, decisions and e-mail drafts.
    proposal_db = tm.add(
        tg.DataStore(
            "Proposal database",
            stores={proposal, summary_score, committee_review, decision, email_draft},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The rubric and prompt templates the chair maintains.
    rubric_store = tm.add(tg.DataStore("Review criteria store", stores={rubric}))
    # Builds prompts, calls the LLM and stores what comes back.
    review_service = tm.add(
        tg.Service(
            "Proposal review service",
            description="Runs when the CFP closes (summaries and scores) and when the chair "
            "finalises decisions (e-mail drafts).",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the approved decision e-mails to speakers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# submission
tm.flow(speaker, cfp_portal, proposal, protocol="https")
tm.flow(cfp_portal, speaker, submission_receipt, protocol="https")
tm.flow(cfp_portal, proposal_db, proposal)

# summaries and scores
tm.flow(chair, dashboard, rubric, protocol="https", label="edits the rubric")
tm.flow(dashboard, rubric_store, rubric)
tm.flow(proposal_db, review_service, proposal, label="batch after the CFP closes")
tm.flow(rubric_store, review_service, rubric)
tm.flow(review_service, llm, review_prompt, protocol="https", label="summarise and score")
tm.flow(llm, review_service, summary_score, protocol="https", label="summary and score")
tm.flow(review_service, proposal_db, summary_score)

# committee review and decisions
tm.flow(proposal_db, dashboard, committee_view)
tm.flow(dashboard, reviewer, committee_view, protocol="https")
tm.flow(reviewer, dashboard, committee_review, protocol="https")
tm.flow(dashboard, chair, committee_view, committee_review, protocol="https")
tm.flow(chair, dashboard, decision, protocol="https")
tm.flow(dashboard, proposal_db, committee_review, decision)

# decision e-mails
tm.flow(proposal_db, review_service, decision, label="decisions to draft")
tm.flow(review_service, llm, email_prompt, protocol="https", label="draft decision e-mail")
tm.flow(llm, review_service, email_draft, protocol="https", label="e-mail draft")
tm.flow(review_service, proposal_db, email_draft)
tm.flow(proposal_db, dashboard, email_draft, label="drafts for approval")
tm.flow(dashboard, chair, email_draft, protocol="https")
tm.flow(chair, dashboard, email_final, protocol="https", label="edits and approves")
tm.flow(dashboard, mailer, email_final, protocol="https")
tm.flow(mailer, speaker, email_final, protocol="smtp")
