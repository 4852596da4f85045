"""Debt letter drafting for a UK advice charity: the first design, before any security review.

Advisers at a local advice charity interview clients in debt, in person or by
phone, and record case notes and the client's budget (a standard financial
statement) in the charity's hosted case management system. From a case, the
adviser asks a letter drafting service, run in the charity's cloud tenant, for a
letter to a creditor: a holding letter, a token payment offer or a request to
write off. The service pulls the case notes and budget, adds the charity's
standard letter templates and sends it all to a hosted LLM, then saves the draft
on the case. The adviser edits and signs every letter in the case management
system before it goes out, by e-mail through the charity's mail service or by
post through a hybrid mail print provider. Staff sign in with the charity's
identity provider and MFA; the case system is encrypted at rest by its vendor, the
LLM vendor was assessed on its no-training, UK-hosted terms, and prompts are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Citizens advice debt letter drafting LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts creditor letters from advisers' case notes and clients' budgets.",
)

# ---------------------------------------------------------------- data assets
interview = tg.Data(
    "Client interview",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the client tells the adviser: debts, income, household, health, circumstances.",
)
case_notes = tg.Data(
    "Case notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Adviser's notes, often naming mental health, disability and vulnerability.",
)
budget = tg.Data(
    "Client budget",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Standard financial statement: income, outgoings, debts and creditor accounts.",
)
draft_request = tg.Data("Letter draft request", kind="prompt", sensitivity=tg.Sensitivity.PII)
templates = tg.Data(
    "Standard letter templates", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, template, case notes and budget for one letter.",
)
llm_completion = tg.Data(
    "LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_letter = tg.Data("Draft creditor letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
signed_letter = tg.Data("Signed creditor letter", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
creditor_reply = tg.Data("Creditor reply", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The person in debt, seen in person or over the phone.
    client = tm.add(tg.Actor("Client", role="client"))
    # Banks, lenders, councils and utilities the letters go to.
    creditor = tm.add(tg.Actor("Creditor", role="creditor", human=False))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Trained debt adviser: interviews, edits and signs every letter.
    adviser = tm.add(tg.Actor("Debt adviser", role="adviser"))

with tm.boundary("Case system vendor", trust=tg.Trust.PARTNER):
    # The hosted case management system advisers work in all day.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={c.Authentication(method="Entra ID single sign-on with MFA"), c.RBAC()},
        )
    )
    # Case records: notes, budgets, letters and correspondence.
    case_db = tm.add(
        tg.DataStore(
            "Case records database",
            stores={case_notes, budget, draft_letter, signed_letter, creditor_reply},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Builds the prompt from the case and template, calls the LLM, saves the draft.
    drafter = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the adviser on the case, who edits and signs each letter"
                ),
            },
        )
    )
    # Approved wording for each kind of creditor letter.
    template_store = tm.add(tg.DataStore("Letter templates and guidance", stores={templates}))
    # Prompts and drafts kept for troubleshooting.
    log_store = tm.add(tg.DataStore("Drafting log", stores={prompt_log}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model in a UK region under enterprise terms.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on prompts, UK data residency")},
        )
    )

with tm.boundary("Charity SaaS services", trust=tg.Trust.PARTNER):
    # Staff sign-in for the case system and the drafting service.
    idp = tm.add(
        tg.ExternalService("Identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # The charity's mail service, used to e-mail letters and receive replies.
    mail = tm.add(tg.ExternalService("Charity mail service"))
    # Hybrid mail provider that prints and posts letters.
    print_post = tm.add(tg.ExternalService("Hybrid mail print and post provider"))

# ---------------------------------------------------------------- flows
tm.flow(client, adviser, interview, label="in person or by phone")
tm.flow(adviser, client, signed_letter, label="copy handed or posted")
tm.flow(adviser, idp, sign_in, protocol="oidc")
tm.flow(idp, cms, sign_in, protocol="oidc")
tm.flow(adviser, cms, case_notes, budget, protocol="https")
tm.flow(cms, adviser, case_notes, budget, draft_letter, protocol="https")
tm.flow(cms, case_db, case_notes, budget, draft_letter, signed_letter, creditor_reply)
tm.flow(case_db, cms, case_notes, budget, draft_letter, signed_letter, creditor_reply)

tm.flow(adviser, cms, draft_request, protocol="https", id="request-draft")
tm.flow(cms, drafter, draft_request, case_notes, budget, protocol="https")
tm.flow(template_store, drafter, templates)
tm.flow(drafter, llm, llm_prompt, protocol="https")
tm.flow(llm, drafter, llm_completion, protocol="https")
tm.flow(drafter, log_store, prompt_log)
tm.flow(drafter, cms, draft_letter, protocol="https")

tm.flow(adviser, cms, signed_letter, protocol="https", id="edit-and-sign")
tm.flow(cms, mail, signed_letter, protocol="https")
tm.flow(mail, creditor, signed_letter, protocol="smtp+starttls")
tm.flow(creditor, mail, creditor_reply, protocol="smtp+starttls")
tm.flow(mail, cms, creditor_reply, protocol="https")
tm.flow(cms, print_post, signed_letter, protocol="https")
tm.flow(print_post, creditor, signed_letter, label="printed and posted")
