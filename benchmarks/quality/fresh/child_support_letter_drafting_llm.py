"""Child support letter drafting: the first design, before any security review.

A state child support agency sends parents tens of thousands of letters a month:
payment changes after a modification, arrears notices, and notices of hearing
dates. Today caseworkers write them by hand from templates. In the new design a
caseworker picks a case and a letter type in the review workbench; a drafting
service pulls the case record, the payment ledger and the hearing dates imported
from the family court, fills an approved template and asks a hosted LLM (the
state's cloud tenancy of a commercial model) to write the letter in plain language.
The caseworker edits and approves every letter; nothing is sent without that
approval. Approved letters go to the correspondence archive, from which a nightly
batch goes to the print-and-mail contractor over SFTP and the parent's online
account shows a copy after the parent signs in through the state identity
provider. Staff sign in with agency SSO; prompts and drafts are logged for quality
review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Child support letter drafting",
    profile=tg.RiskProfile.HIGH,
    description="LLM drafts letters to parents from case records; caseworkers approve "
    "each one before it is mailed or posted to the parent's online account.",
)

# ---------------------------------------------------------------- data assets
case_records = tg.Data(
    "Child support case records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parents and children, addresses, SSNs, orders, employers, "
    "family-violence address confidentiality flags.",
)
payments = tg.Data(
    "Payment and arrears history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
hearings = tg.Data(
    "Court hearing schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
templates = tg.Data(
    "Approved letter templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Legal wording, appeal rights and deadlines per letter type, plus the system prompt.",
)
letter_request = tg.Data("Letter request", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template, case facts, amounts, dates and caseworker notes.",
)
draft = tg.Data("Draft letter", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
approved = tg.Data(
    "Approved letter",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edits = tg.Data(
    "Caseworker edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
case_note = tg.Data("Correspondence case note", kind="records", sensitivity=tg.Sensitivity.PII)
print_batch = tg.Data("Print batch", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
drafting_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
login = tg.Data("Parent sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A paying or receiving parent; gets letters by post and in the online account.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("Agency network", trust=tg.Trust.INTERNAL):
    # Owns the case and signs off every letter.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

    # Where the caseworker requests, edits and approves drafts.
    workbench = tm.add(
        tg.Service(
            "Letter review workbench",
            controls={
                c.Authentication(method="agency SSO with MFA"),
                c.HumanInTheLoop(approver="the assigned caseworker"),
            },
        )
    )

    # Builds the prompt from the case and the template, calls the LLM, returns the draft.
    drafter = tm.add(
        tg.Service(
            "Letter drafting service",
            description="Retrieves the case by id, fills the template, calls the LLM.",
        )
    )

    # Versioned templates maintained by the legal policy unit.
    template_store = tm.add(tg.DataStore("Letter template library", stores={templates}))

    # Kept so quality reviewers can compare drafts with what was sent.
    log_store = tm.add(tg.DataStore("Drafting log", stores={drafting_log}))

    # Legal record of every letter sent, the source for print and the online account.
    archive = tm.add(
        tg.DataStore(
            "Correspondence archive",
            stores={approved},
            controls={c.EncryptionAtRest(key_management="agency KMS")},
        )
    )

    with tm.boundary("Case data zone", trust=tg.Trust.RESTRICTED):
        # The existing statewide child support system.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_records, hearings},
                controls={
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                    c.EncryptionAtRest(key_management="agency KMS"),
                },
            )
        )
        # Collections and disbursements ledger with the arrears balances.
        ledger = tm.add(
            tg.DataStore(
                "Payments ledger",
                stores={payments},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="agency KMS")},
            )
        )

with tm.boundary("Family court", trust=tg.Trust.PARTNER):
    # Nightly file of scheduled hearings for child support cases.
    court_feed = tm.add(
        tg.DataSource("Court scheduling feed", origin=tg.Origin.PARTNER, provides={hearings})
    )

with tm.boundary("State cloud tenancy", trust=tg.Trust.PARTNER):
    # Commercial model served from the state's tenancy with the cloud provider.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="state contract: no training on inputs, 30-day abuse logging"
                )
            },
        )
    )

with tm.boundary("Print contractor", trust=tg.Trust.PARTNER):
    # Prints, folds and mails the letters.
    printer = tm.add(tg.ExternalService("Print and mail vendor"))

with tm.boundary("Public DMZ", trust=tg.Trust.INTERNAL):
    # The parents' self-service site, showing letters next to payments.
    portal = tm.add(
        tg.Endpoint(
            "Online account portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

with tm.boundary("State identity service", trust=tg.Trust.PARTNER):
    # The state's citizen login, shared with other agencies.
    idp = tm.add(
        tg.ExternalService(
            "State identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(court_feed, case_system, hearings, protocol="sftp", label="nightly import")

tm.flow(caseworker, workbench, letter_request, protocol="https")
tm.flow(workbench, drafter, letter_request)
tm.flow(case_system, drafter, case_records, hearings)
tm.flow(ledger, drafter, payments)
tm.flow(template_store, drafter, templates)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, log_store, drafting_log)
tm.flow(drafter, workbench, draft)
tm.flow(workbench, caseworker, draft, protocol="https")
tm.flow(caseworker, workbench, edits, protocol="https", label="edits and approval")
tm.flow(workbench, log_store, drafting_log, label="final text")
tm.flow(workbench, archive, approved)
tm.flow(workbench, case_system, case_note)

tm.flow(archive, printer, print_batch, protocol="sftp", label="nightly batch")
tm.flow(printer, parent, print_batch, label="postal mail")

tm.flow(parent, portal, login, protocol="https")
tm.flow(portal, idp, login, protocol="https", label="redirect to sign-in")
tm.flow(idp, portal, id_token, protocol="https")
tm.flow(archive, portal, approved)
tm.flow(portal, parent, approved, protocol="https")
