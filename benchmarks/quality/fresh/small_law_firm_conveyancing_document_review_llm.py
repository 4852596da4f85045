"""Conveyancing document review for a small law firm: the first design.

A six-person residential conveyancing firm runs its matters in a cloud case
management system bought from a legal software vendor. Conveyancers upload the
title register and plan from HM Land Registry, the search results from a search
provider and the draft contract from the seller's solicitor to the matter. A
report-drafting add-on in the same system sends those documents to a hosted
LLM, which drafts a report on title; the conveyancer checks, edits and signs it
before it goes to the buyer. Clients upload identity documents and source-of-funds
evidence through the vendor's client portal, signing in with e-mail and password.
The seller's solicitor's completion statement and bank details arrive by e-mail;
the firm's cashier pays completion funds from the client account in online
banking, where a partner authorises each payment. The vendor encrypts stored
documents and restricts matters by role; the firm has reviewed the LLM provider's terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conveyancing document review LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM drafts reports on title from the documents on a conveyancing matter; "
        "clients upload ID and source-of-funds documents; completion funds go by bank transfer."
    ),
)

# ---------------------------------------------------------------- data assets
id_documents = tg.Data(
    "Client ID documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or driving licence scans and proof of address.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
funds_evidence = tg.Data(
    "Source-of-funds evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Bank statements, gift letters and mortgage offers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
title_docs = tg.Data(
    "Title register and plan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Official copies from HM Land Registry: owners, charges, restrictions, covenants.",
)
searches = tg.Data(
    "Property search results",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Local authority, drainage and environmental search reports.",
)
contract = tg.Data(
    "Draft contract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Draft sale contract and property information forms from the seller's solicitor.",
)
search_order = tg.Data("Search order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions with the text of the title, searches and contract.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_report = tg.Data(
    "Draft report on title",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed report on title",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
matter_records = tg.Data(
    "Matter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client details, matter notes, tasks and the client account ledger.",
)
bank_details = tg.Data(
    "Seller's solicitor bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Completion statement with the account the purchase money is to be sent to.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment = tg.Data(
    "Completion payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
portal_messages = tg.Data("Portal messages", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The buyer: uploads ID and funds evidence, receives the report on title.
    client = tm.add(tg.Actor("Client", role="buyer"))
    # The other side of the transaction: sends the contract pack and completion details.
    seller_solicitor = tm.add(tg.Actor("Seller's solicitor", role="other side's solicitor"))

with tm.boundary("Public registries and search providers", trust=tg.Trust.PARTNER):
    # Where official copies of the title register and plan come from.
    land_registry = tm.add(
        tg.ExternalService("HM Land Registry portal", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Orders and returns the local authority, drainage and environmental searches.
    search_provider = tm.add(
        tg.ExternalService("Search provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Case management vendor cloud", trust=tg.Trust.PARTNER):
    # The clients' way in: uploads, messages and downloads of finished reports.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Where every matter is run: documents, tasks, ledger.
    cms = tm.add(
        tg.Service(
            "Case management system",
            description="The firm's matters, documents and client account ledger.",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Holds all matter documents, including the clients' ID and funds evidence.
    documents = tm.add(
        tg.DataStore(
            "Matter document store",
            stores={
                id_documents,
                funds_evidence,
                title_docs,
                searches,
                contract,
                draft_report,
                signed_report,
            },
            controls={c.EncryptionAtRest(key_management="vendor-managed cloud KMS")},
        )
    )
    # Matter and client records behind the case management system.
    matter_db = tm.add(
        tg.DataStore(
            "Matter database",
            stores={matter_records},
            controls={c.EncryptionAtRest(key_management="vendor-managed cloud KMS")},
        )
    )
    # The vendor's AI add-on: builds the prompt, calls the LLM, saves the draft.
    drafter = tm.add(
        tg.Service(
            "Report on title drafting add-on",
            description="Sends the title, searches and contract on a matter to the LLM and files the draft.",
            controls={
                c.HumanInTheLoop(approver="the conveyancer, who checks and signs each report")
            },
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Reads the documents and drafts the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the provider's API; no training on customer data.",
            controls={
                c.SupplierAssessment(note="the firm reviewed the provider's terms and retention")
            },
        )
    )

with tm.boundary("Firm office", trust=tg.Trust.INTERNAL):
    # Runs the matter, checks the AI draft and signs the report.
    conveyancer = tm.add(tg.Actor("Conveyancer", role="conveyancer"))
    # Makes completion payments from the client account.
    cashier = tm.add(tg.Actor("Cashier", role="accounts", privileged=True))
    # The firm's mailbox: how the other side's documents and completion details arrive.
    mail = tm.add(
        tg.Service("Firm e-mail", description="Hosted office e-mail used by every fee earner.")
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Holds the client account; pays completion funds by same-day transfer.
    bank = tm.add(
        tg.ExternalService(
            "Client account online banking",
            description="The firm's client account at its bank; same-day transfers.",
            controls={
                c.Authentication(method="bank smartcard and PIN"),
                c.HumanInTheLoop(approver="a partner authorises each payment in online banking"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(client, portal, id_documents, funds_evidence, portal_messages, protocol="https")
tm.flow(portal, client, signed_report, portal_messages, protocol="https")
tm.flow(portal, cms, id_documents, funds_evidence, portal_messages)
tm.flow(cms, portal, signed_report, portal_messages)

tm.flow(conveyancer, land_registry, search_order, protocol="https", label="orders official copies")
tm.flow(land_registry, conveyancer, title_docs, protocol="https")
tm.flow(conveyancer, search_provider, search_order, protocol="https")
tm.flow(search_provider, conveyancer, searches, protocol="https")
tm.flow(seller_solicitor, mail, contract, bank_details, protocol="smtp+starttls")
tm.flow(mail, conveyancer, contract, bank_details)
tm.flow(conveyancer, mail, portal_messages, label="enquiries to the other side")
tm.flow(mail, seller_solicitor, portal_messages, protocol="smtp+starttls")

tm.flow(
    conveyancer,
    cms,
    title_docs,
    searches,
    contract,
    matter_records,
    protocol="https",
    label="uploads to the matter",
)
tm.flow(
    cms, conveyancer, id_documents, funds_evidence, draft_report, matter_records, protocol="https"
)
tm.flow(conveyancer, cms, signed_report, protocol="https", label="checked and signed")
tm.flow(cms, documents, id_documents, funds_evidence, title_docs, searches, contract, signed_report)
tm.flow(
    documents,
    cms,
    id_documents,
    funds_evidence,
    title_docs,
    searches,
    contract,
    draft_report,
    signed_report,
)
tm.flow(cms, matter_db, matter_records)
tm.flow(matter_db, cms, matter_records)

tm.flow(documents, drafter, title_docs, searches, contract)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, documents, draft_report)

tm.flow(conveyancer, cashier, bank_details, label="completion statement for payment")
tm.flow(cms, cashier, matter_records, protocol="https", label="client ledger balance")
tm.flow(cashier, bank, payment, protocol="https")
tm.flow(cashier, cms, matter_records, protocol="https", label="posts the completion payment")
