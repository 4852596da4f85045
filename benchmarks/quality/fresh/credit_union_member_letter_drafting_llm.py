"""Member letter drafting assistant: the first design, before any security review.

A UK credit union's member services officers draft letters to members about
arrears, loan decisions and account changes. In an internal web app the officer
picks a letter type and a member; a drafting service reads the member's record
from core banking, the decision and reasons from the loan system, and the
approved template, and asks a hosted LLM (vendor API, UK region) for a draft.
The officer edits and approves it; only then does a dispatch service send it to
a print-and-post provider or the member's online banking inbox. Drafts and
approvals are kept for compliance sampling. Controls so far: staff SSO with MFA
and roles, audit logs and a vaulted API key on the drafting service, TLS and a
vendor assessment for the LLM, encrypted stores, the officer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Member letter drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of arrears, loan decision and account change letters, "
    "checked and sent by member services staff.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Letter request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Letter type, member number and the officer's notes.",
)
lookup = tg.Data("Member number lookup", kind="records", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member account record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, balances, arrears, repayment plan and vulnerability flags.",
)
loan_decision = tg.Data(
    "Loan decision and reasons",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
templates = tg.Data(
    "Approved letter templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Templates with the wording arrears and decline letters must contain.",
)
prompt = tg.Data("Drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Draft letter text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft letter", kind="documents", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Officer edits and approval", kind="records", sensitivity=tg.Sensitivity.PII)
final_letter = tg.Data("Approved member letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The member the letter is about; receives it by post or in online banking.
    member = tm.add(tg.Actor("Member", role="credit union member"))

with tm.boundary("Credit union network", trust=tg.Trust.INTERNAL):
    # Requests, checks, edits and approves each letter.
    officer = tm.add(tg.Actor("Member services officer", role="member services staff"))
    # Maintains the templates and samples sent letters.
    compliance = tm.add(tg.Actor("Compliance officer", role="compliance"))
    # The staff-facing web app for requesting and reviewing drafts.
    app = tm.add(
        tg.Endpoint(
            "Letter drafting app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="member services and compliance roles"),
            },
        )
    )
    # Gathers the member's facts and the template, builds the prompt, calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Letter drafting service",
            controls={
                c.AuditLogging(note="who requested which member's letter, prompt and draft"),
                c.SecretsManagement(note="LLM API key in Azure Key Vault"),
            },
        )
    )
    # The templates and required regulatory wording for each letter type.
    template_store = tm.add(
        tg.DataStore("Letter template library", stores={templates}, controls={c.RBAC()})
    )
    # Drafts, edits, approvals and sent letters, kept for sampling and complaints.
    draft_store = tm.add(
        tg.DataStore(
            "Draft letter store",
            stores={draft, approval, final_letter},
            controls={c.EncryptionAtRest(key_management="Azure managed keys")},
        )
    )
    # Renders the approved letter and sends it by the member's chosen channel.
    dispatch = tm.add(
        tg.Service(
            "Letter dispatch service",
            controls={
                c.HumanInTheLoop(
                    approver="the member services officer who requested the draft",
                    note="nothing is sent until the officer approves it in the app",
                )
            },
        )
    )

    with tm.boundary("Core systems", trust=tg.Trust.RESTRICTED):
        # The system of record for members, accounts and arrears.
        core_banking = tm.add(
            tg.DataStore(
                "Core banking system",
                stores={member_record},
                controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging()},
            )
        )
        # Holds loan applications, decisions and decline reasons.
        loan_system = tm.add(
            tg.DataStore(
                "Loan origination system",
                stores={loan_decision},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose chat model behind the vendor's API, UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; prompts not used for training")},
        )
    )

with tm.boundary("Print and post provider", trust=tg.Trust.PARTNER):
    # Prints and posts letters for members who get paper mail.
    printer = tm.add(
        tg.ExternalService("Print and post service", controls={c.SupplierAssessment()})
    )

with tm.boundary("Online banking vendor", trust=tg.Trust.PARTNER):
    # The hosted online banking platform with each member's secure inbox.
    inbox = tm.add(
        tg.Service(
            "Online banking secure inbox",
            controls={c.Authentication(method="member number and password with SMS code")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(officer, app, request, protocol="https")
tm.flow(app, drafter, request, protocol="https")
tm.flow(drafter, core_banking, lookup, protocol="https")
tm.flow(core_banking, drafter, member_record, protocol="https")
tm.flow(drafter, loan_system, lookup, protocol="https")
tm.flow(loan_system, drafter, loan_decision, protocol="https")
tm.flow(template_store, drafter, templates)
tm.flow(
    drafter,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, draft_store, draft)
tm.flow(drafter, app, draft, protocol="https")
tm.flow(app, officer, draft, protocol="https")

tm.flow(officer, app, approval, protocol="https")
tm.flow(app, drafter, approval, protocol="https")
tm.flow(drafter, draft_store, approval, final_letter)
tm.flow(drafter, dispatch, final_letter, approval)

tm.flow(dispatch, printer, final_letter, protocol="sftp")
tm.flow(printer, member, final_letter, label="printed letter by post")
tm.flow(dispatch, inbox, final_letter, protocol="https")
tm.flow(inbox, member, final_letter, protocol="https")

tm.flow(compliance, template_store, templates, protocol="https", label="template changes")
tm.flow(draft_store, app, draft, final_letter, label="compliance sample")
tm.flow(app, compliance, final_letter, protocol="https")
