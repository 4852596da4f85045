"""Letting agency deposit disputes: LLM-drafted deduction proposals (first design).

At the end of a tenancy, tenants and landlords sign in to the agency's web portal
(e-mail and password) and upload check-out photos, inventories and their written
statements; the portal checks file types and sizes and keeps the files in a cloud
evidence bucket. A drafting service gathers the evidence, the tenancy record from
the agency's hosted property-management system and the agency's deduction
guidance and price list, and asks a hosted vision-capable LLM to draft an
itemised deposit deduction proposal. A property manager reviews and edits the
draft in the back-office console (Microsoft 365 sign-in with MFA) and sends it,
with the evidence, to the tenancy deposit scheme through the scheme's agent API.
Tenants and landlords are told by e-mail and see the proposal in the portal.
Everything runs in the agency's cloud account with storage encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Letting agency deposit dispute evidence and LLM proposals",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Tenants and landlords upload check-out evidence; an LLM drafts a deposit "
        "deduction proposal that a property manager sends to the deposit scheme."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Check-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of rooms and fittings, often showing belongings and people.",
)
inventories = tg.Data(
    "Inventory and check-out reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Check-in inventory and check-out report PDFs with names and address.",
)
statements = tg.Data(
    "Party statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tenant's and landlord's written accounts of the property's condition.",
)
tenancy_record = tg.Data(
    "Tenancy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, address, dates, deposit amount, scheme reference, clauses.",
)
guidance = tg.Data(
    "Deduction guidance and price list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scheme fair wear-and-tear guidance and the agency's cleaning and repair rates.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, tenancy record, guidance, statements, reports and photos.",
)
draft = tg.Data(
    "Draft deduction proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
proposal = tg.Data(
    "Final deduction proposal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Itemised deductions with amounts and evidence references.",
)
manager_edits = tg.Data("Manager edits and send instruction", kind="records")
scheme_status = tg.Data("Scheme case status", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Proposal notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Outgoing tenant: uploads evidence and their statement, reads the proposal.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Property owner: uploads evidence and their statement, reads the proposal.
    landlord = tm.add(tg.Actor("Landlord", role="landlord"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Public web portal where both parties sign in and upload files.
    portal = tm.add(
        tg.Endpoint(
            "Deposit portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Bucket holding every uploaded photo, report and statement.
    evidence = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={photos, inventories, statements},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Assembles the case and asks the LLM for a draft.
    drafting = tm.add(
        tg.Service(
            "Proposal drafting service",
            description="Builds the prompt from the case file and stores the LLM's draft.",
        )
    )
    # The agency's reference material for what may be deducted and at what cost.
    guidance_store = tm.add(tg.DataStore("Deduction guidance store", stores={guidance}))
    # Drafts, manager edits and the proposals that were sent.
    proposals = tm.add(
        tg.DataStore(
            "Proposal store",
            stores={draft, proposal, scheme_status},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Back-office screen where the manager reviews, edits and sends.
    console = tm.add(
        tg.Service(
            "Back-office console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(approver="the property manager"),
            },
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Agency staff member accountable for the proposal.
    manager = tm.add(tg.Actor("Property manager", role="property manager"))

with tm.boundary("Property software vendor", trust=tg.Trust.PARTNER):
    # Hosted property-management system: the agency's record of each tenancy.
    tenancy_system = tm.add(tg.DataStore("Property management system", stores={tenancy_record}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the reports and photos and drafts the itemised proposal.
    llm = tm.add(
        tg.LLM(
            "Proposal drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted multimodal chat model called through the vendor's API.",
        )
    )

with tm.boundary("Deposit scheme", trust=tg.Trust.PARTNER):
    # Government-authorised scheme holding the deposit and running adjudication.
    scheme = tm.add(tg.ExternalService("Tenancy deposit scheme"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the notices to tenants and landlords.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, portal, photos, inventories, statements, protocol="https")
tm.flow(landlord, portal, photos, inventories, statements, protocol="https")
tm.flow(portal, evidence, photos, inventories, statements, protocol="https")
tm.flow(proposals, portal, proposal)
tm.flow(portal, tenant, proposal, protocol="https")
tm.flow(portal, landlord, proposal, protocol="https")

tm.flow(evidence, drafting, photos, inventories, statements, protocol="https")
tm.flow(tenancy_system, drafting, tenancy_record, protocol="https")
tm.flow(guidance_store, drafting, guidance)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, proposals, draft)

tm.flow(proposals, console, draft, proposal, scheme_status)
tm.flow(evidence, console, photos, inventories, statements, protocol="https")
tm.flow(console, manager, draft, photos, inventories, statements, protocol="https")
tm.flow(manager, console, manager_edits, protocol="https")
tm.flow(console, proposals, proposal, scheme_status)
tm.flow(console, scheme, proposal, photos, inventories, statements, protocol="https")
tm.flow(scheme, console, scheme_status, protocol="https")
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, tenant, notification, protocol="smtp")
tm.flow(mailer, landlord, notification, protocol="smtp")
