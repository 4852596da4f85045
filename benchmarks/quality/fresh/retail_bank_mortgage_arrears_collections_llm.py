"""Mortgage arrears collections assistant: the bank's first design.

Collections officers handle mortgage customers who have fallen behind on their
payments. From the collections workbench an officer asks for a draft: a drafting
service pulls the account's arrears position from the mortgage ledger, the
customer's income and expenditure assessment and contact notes (including any
vulnerability notes), and the relevant passages of the forbearance policy, and
sends them to an LLM hosted by a vendor in the bank's private cloud region. The
LLM returns a draft arrears letter and suggested forbearance options (payment
holiday, term extension, interest-only period, arrangement to pay). Nothing goes
to the customer until the officer edits and approves the letter; approved letters
go out by the print-and-mail vendor and to the online banking secure inbox, and an
agreed arrangement is recorded on the account by the officer. Staff sign in with
SSO and MFA under role-based access; stores are encrypted and drafts are audited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage arrears collections assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted arrears letters and forbearance suggestions, approved by "
    "collections officers before anything reaches the customer.",
)

# ---------------------------------------------------------------- data assets
draft_request = tg.Data(
    "Draft request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Account number, letter type and the officer's free-text instructions.",
)
arrears_records = tg.Data(
    "Mortgage account and arrears records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assessment = tg.Data(
    "Income and expenditure assessment and contact notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Household budget, employment status, and vulnerability notes "
    "such as illness or bereavement recorded by officers.",
)
policy = tg.Data(
    "Forbearance policy passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, account facts, assessment, policy passages and the request.",
)
draft = tg.Data(
    "Draft arrears letter and forbearance suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approved_letter = tg.Data(
    "Approved arrears letter", kind="documents", sensitivity=tg.Sensitivity.PII
)
arrangement = tg.Data(
    "Forbearance arrangement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ie_form = tg.Data(
    "Customer income and expenditure form", kind="records", sensitivity=tg.Sensitivity.PII
)
audit_events = tg.Data("Drafting audit trail", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower in arrears: receives letters and submits their budget.
    customer = tm.add(tg.Actor("Mortgage customer", role="borrower"))

with tm.boundary("Print and mail vendor", trust=tg.Trust.PARTNER):
    # Prints and posts regulated letters for the bank.
    printer = tm.add(tg.ExternalService("Print and mail service"))

with tm.boundary("LLM vendor private region", trust=tg.Trust.PARTNER):
    # The drafting model, a vendor model deployed in the bank's private cloud region.
    llm = tm.add(
        tg.LLM(
            "Drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted chat model; no fine-tuning, prompts not retained by contract.",
            controls={
                c.SupplierAssessment(note="vendor risk review and data processing agreement")
            },
        )
    )

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # Existing online banking: secure inbox and the budget form.
    portal = tm.add(
        tg.Endpoint(
            "Online banking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="customer password and app code at every sign-in")},
        )
    )

with tm.boundary("Bank internal network", trust=tg.Trust.INTERNAL):
    # Where collections officers work.
    officer = tm.add(tg.Actor("Collections officer", role="collections officer"))
    # The officer's case screen, extended with a "draft letter" button.
    workbench = tm.add(
        tg.Service(
            "Collections workbench",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Gathers the account context, builds the prompt and stores the draft.
    drafter = tm.add(tg.Service("Letter drafting service"))
    # Sends approved letters to the customer's chosen channels.
    dispatch = tm.add(
        tg.Service(
            "Letter dispatch service",
            controls={
                c.HumanInTheLoop(
                    approver="collections officer",
                    note="every letter is approved by the officer before dispatch",
                )
            },
        )
    )
    # Drafts waiting for an officer, kept with their prompts for audit.
    drafts_store = tm.add(
        tg.DataStore(
            "Draft letters store",
            stores={draft, llm_prompt, audit_events},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Forbearance policy and letter templates, chunked for retrieval.
    policy_index = tm.add(tg.VectorStore("Forbearance policy index", stores={policy}))

    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # The system of record for mortgage balances, arrears and arrangements.
        ledger = tm.add(
            tg.DataStore(
                "Core banking mortgage ledger",
                stores={arrears_records, arrangement},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys")},
            )
        )
        # Collections CRM records: budgets, contact history and vulnerability notes.
        crm = tm.add(
            tg.DataStore(
                "Collections CRM",
                stores={assessment},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(officer, workbench, draft_request, protocol="https")
tm.flow(workbench, drafter, draft_request, protocol="https")
tm.flow(ledger, drafter, arrears_records)
tm.flow(crm, drafter, assessment)
tm.flow(drafter, policy_index, draft_request, label="policy search")
tm.flow(policy_index, drafter, policy)
tm.flow(drafter, llm, llm_prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts_store, draft, llm_prompt)
tm.flow(drafts_store, workbench, draft)
tm.flow(workbench, officer, draft, protocol="https")

tm.flow(
    officer, workbench, approved_letter, arrangement, protocol="https", label="edits and approves"
)
tm.flow(workbench, drafts_store, audit_events)
tm.flow(workbench, dispatch, approved_letter)
tm.flow(workbench, ledger, arrangement, label="records agreed arrangement")
tm.flow(dispatch, printer, approved_letter, protocol="sftp")
tm.flow(printer, customer, approved_letter, label="printed letter by post")
tm.flow(dispatch, portal, approved_letter, label="secure inbox message")
tm.flow(portal, customer, approved_letter, protocol="https")

tm.flow(customer, portal, ie_form, protocol="https")
tm.flow(portal, crm, ie_form)
