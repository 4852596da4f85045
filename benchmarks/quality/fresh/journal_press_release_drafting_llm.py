"""Press release drafting for a research journal: the first design, before any security review.

When a paper is accepted, the hosted manuscript management system notifies our
drafting service, which fetches the manuscript and author details, adds the press
office's house-style prompt template and asks a hosted LLM for a first draft.
Press officers rewrite drafts in the press office editor, a web app in the
journal's cloud tenant; the corresponding author gets an e-mailed single-use link
to check the draft and send corrections. Once a press officer approves it, the
release goes to the embargo portal, where vetted journalists sign in with a
password to read it before the embargo lifts, and an embargo alert is e-mailed.
Controls: staff SSO with MFA and roles in the editor, a vendor review and
no-retention terms for the LLM API, HTTPS to vendors, encryption at rest for
drafts, and a press officer's sign-off before anything reaches journalists.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Journal press release drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted press releases for accepted papers, edited by the press office and "
        "distributed to journalists under embargo. Embargoed results (clinical trials "
        "among them) can be market-sensitive until publication."
    ),
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Accepted manuscript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Full text, figures and abstract of an accepted, unpublished paper.",
)
author_details = tg.Data(
    "Author contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, affiliations and e-mail addresses of the paper's authors.",
)
style_template = tg.Data(
    "House-style prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt and style rules the press office maintains.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The house-style template, the manuscript text and the author list.",
)
draft = tg.Data(
    "Draft press release",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
edited_release = tg.Data(
    "Approved press release",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The press office's final text with the embargo date and time.",
)
review_request = tg.Data(
    "Author review request",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail with a single-use link to the draft for the corresponding author.",
)
author_corrections = tg.Data(
    "Author corrections",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
journalist_records = tg.Data(
    "Journalist registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, outlet, e-mail, beat and signed embargo agreement of each journalist.",
)
journalist_credentials = tg.Data(
    "Journalist sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
embargo_alert = tg.Data(
    "Embargo alert",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail telling registered journalists a release is available under embargo.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Authors of accepted papers check the draft for scientific accuracy.
    author = tm.add(tg.Actor("Corresponding author", role="author"))
    # Science journalists registered with the press office; they agree to the embargo.
    journalist = tm.add(tg.Actor("Journalist", role="journalist"))

with tm.boundary("Editorial platform vendor", trust=tg.Trust.PARTNER):
    # The hosted manuscript system editors already use; the source of accepted papers.
    manuscript_system = tm.add(
        tg.ExternalService(
            "Manuscript management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends an acceptance webhook and serves manuscripts over its API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose model behind the vendor's API writes the first draft.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="vendor review; contract bars training on our inputs, zero retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers review requests and embargo alerts.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Journal cloud tenant", trust=tg.Trust.INTERNAL):
    # Fetches accepted papers, builds the prompt and stores the LLM's draft.
    drafting = tm.add(
        tg.Service(
            "Drafting service",
            controls={c.SecretsManagement(note="LLM and manuscript API keys in the cloud vault")},
        )
    )
    # Prompt templates and the house style guide the press office maintains.
    templates = tm.add(tg.DataStore("Prompt template store", stores={style_template}))
    # Every draft and edited version of each release, with its source manuscript.
    drafts_db = tm.add(
        tg.DataStore(
            "Draft release store",
            stores={manuscript, author_details, draft, edited_release, author_corrections},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where press officers edit drafts and authors leave corrections.
    editor = tm.add(
        tg.Endpoint(
            "Press office editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="staff SSO (OIDC) with MFA; authors by e-mailed single-use link"
                ),
                c.RBAC(note="press officers edit and approve; authors see only their paper"),
            },
        )
    )
    # Publishes approved releases to journalists and locks them until the embargo lifts.
    portal = tm.add(
        tg.Endpoint(
            "Embargo portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="a press officer approves each release before it is published"
                ),
            },
        )
    )
    # Registered journalists, their outlets and their embargo agreements.
    journalist_db = tm.add(
        tg.DataStore(
            "Journalist directory",
            stores={journalist_records, journalist_credentials},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Press office staff who edit, approve and schedule releases.
    press_officer = tm.add(tg.Actor("Press officer", role="press officer"))

# ---------------------------------------------------------------- flows
# accepted paper in, draft out
tm.flow(
    manuscript_system,
    drafting,
    manuscript,
    author_details,
    protocol="https",
    label="acceptance webhook and manuscript fetch",
)
tm.flow(templates, drafting, style_template)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, drafts_db, manuscript, author_details, draft)

# press office editing
tm.flow(drafts_db, editor, manuscript, draft, edited_release, author_corrections)
tm.flow(editor, drafts_db, edited_release, author_corrections)
tm.flow(editor, press_officer, manuscript, draft, author_corrections, protocol="https")
tm.flow(press_officer, editor, edited_release, protocol="https", label="edits and approval")
tm.flow(press_officer, editor, style_template, protocol="https", label="template changes")
tm.flow(editor, templates, style_template)

# author accuracy check
tm.flow(editor, mailer, review_request, author_details, protocol="https")
tm.flow(mailer, author, review_request, protocol="smtp")
tm.flow(editor, author, edited_release, protocol="https", label="draft view via review link")
tm.flow(author, editor, author_corrections, protocol="https")

# embargoed distribution
tm.flow(editor, portal, edited_release, label="publish under embargo")
tm.flow(journalist, portal, journalist_records, journalist_credentials, protocol="https")
tm.flow(portal, journalist_db, journalist_records, journalist_credentials)
tm.flow(journalist_db, portal, journalist_records, journalist_credentials)
tm.flow(portal, journalist, edited_release, protocol="https")
tm.flow(portal, mailer, embargo_alert, journalist_records, protocol="https")
tm.flow(mailer, journalist, embargo_alert, protocol="smtp")
tm.flow(journalist_db, editor, journalist_records, label="vetting queue")
tm.flow(editor, journalist_db, journalist_records, label="vetting decisions")
