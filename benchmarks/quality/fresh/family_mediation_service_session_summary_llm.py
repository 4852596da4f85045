"""Mediation session summary assistant: the first design, before any security review.

Our family mediation service helps separating parents agree on arrangements for
their children. After each session the mediator types notes into the mediator
workspace, a web app in our cloud tenancy that sits on the case management system.
With one click a drafting service pulls the session notes, the case details (the
children, their ages and schools, current arrangements) and any comments the
parents left on the last summary, fills our drafting template, and asks a hosted
LLM (an EU-region model API) for a session summary and a parenting plan proposal.
The draft is saved for the mediator, who edits it and approves it before it is
released. Both parents then read it in the client portal, get an e-mail telling
them it is there, and can leave comments for the next session. Staff sign in with
Microsoft 365 and MFA, parents with e-mail, password and an SMS code; case data is
encrypted at rest and access to it is by role and audit logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mediation session summary assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts session summaries and parenting plan proposals from mediators' "
    "notes, approved by the mediator and shared with both parents.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Session notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The mediator's notes: positions, proposals, concerns raised, "
    "sometimes health or domestic abuse disclosures.",
)
case_details = tg.Data(
    "Case details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Both parents' contact details, the children's names, ages and schools, "
    "current arrangements and earlier agreed summaries.",
)
screening = tg.Data(
    "Safeguarding screening answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each parent's separate intake answers on domestic abuse and child "
    "safety; never shown to the other parent.",
)
comments = tg.Data(
    "Parent comments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Corrections and remarks a parent leaves on the last summary.",
)
parent_sign_in = tg.Data(
    "Parent sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
template = tg.Data(
    "Drafting template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, house style and the parenting plan headings.",
)
prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft summary and parenting plan proposal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
approved = tg.Data("Approved session summary", kind="documents", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("New document e-mail", sensitivity=tg.Sensitivity.PII)
request_log = tg.Data("Drafting request log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The two separating parents; each sees only what is released to both.
    parent_a = tm.add(tg.Actor("Parent A", role="mediation client"))
    parent_b = tm.add(tg.Actor("Parent B", role="mediation client"))

with tm.boundary("Mediator devices", trust=tg.Trust.INTERNAL):
    # Accredited family mediators working from the office or from home.
    mediator = tm.add(tg.Actor("Mediator", role="family mediator"))

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where parents read released documents and leave comments.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS code at every sign-in")
            },
        )
    )
    # The mediators' web app for notes, drafts and releasing documents.
    workspace = tm.add(
        tg.Service(
            "Mediator workspace",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(
                    approver="the case's mediator, who edits and approves every draft"
                ),
            },
        )
    )
    # Builds the prompt from the case file and the template, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Summary drafting service",
            description="Runs when a mediator asks for a draft of a given session.",
        )
    )
    # House template and system prompt, edited by the practice lead.
    templates = tm.add(tg.DataStore("Drafting template store", stores={template}))
    # Drafts and their edit history until the mediator releases them.
    drafts = tm.add(
        tg.DataStore(
            "Draft store",
            stores={draft, approved},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Prompts and completions kept for troubleshooting the drafting service.
    logs = tm.add(tg.DataStore("Drafting log store", stores={request_log}))

    with tm.boundary("Case data", trust=tg.Trust.RESTRICTED):
        # The practice's system of record for every mediation case.
        cms = tm.add(
            tg.DataStore(
                "Case management system",
                stores={notes, case_details, screening, comments},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's EU-region API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the summary and the parenting plan proposal for the children.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells parents a document is waiting.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(mediator, workspace, notes, protocol="https")
tm.flow(workspace, cms, notes)
tm.flow(cms, workspace, notes, case_details, screening, comments)
tm.flow(workspace, mediator, case_details, screening, comments, protocol="https")

tm.flow(mediator, workspace, draft_request, protocol="https", label="asks for a draft")
tm.flow(workspace, drafter, draft_request)
tm.flow(cms, drafter, notes, case_details, comments)
tm.flow(templates, drafter, template)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, logs, request_log)
tm.flow(drafter, drafts, draft)

tm.flow(drafts, workspace, draft)
tm.flow(workspace, mediator, draft, protocol="https", label="draft for review")
tm.flow(mediator, workspace, approved, protocol="https", label="edits and approves")
tm.flow(workspace, drafts, approved)
tm.flow(workspace, portal, approved, label="released to both parents")

for parent in (parent_a, parent_b):
    tm.flow(parent, portal, parent_sign_in, comments, protocol="https")
    tm.flow(portal, parent, approved, protocol="https")
tm.flow(portal, cms, comments)
tm.flow(portal, mailer, notification, protocol="https")
tm.flow(mailer, parent_a, notification, protocol="smtp")
tm.flow(mailer, parent_b, notification, protocol="smtp")
