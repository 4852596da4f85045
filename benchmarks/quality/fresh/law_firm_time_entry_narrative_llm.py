"""Time entry narrative assistant for a law firm: the first design.

Fee earners at our firm (offices in Dublin and London) lose billable time writing
time-entry narratives by hand. Every night a collection job reads each lawyer's
calendar and email (subjects, recipients and the opening lines of messages) from
Microsoft 365 through the Graph API and their document activity from iManage Cloud.
A narrative service in the firm's Azure tenant groups the day's activity by
client matter, adds the client's billing guidelines from the practice management
system, and asks an Azure OpenAI model to write draft time entries. Lawyers open
a review app in the morning, edit the drafts and approve them; only approved
entries are posted to the practice management system, from which the billing team
issues invoices through clients' e-billing portals.
Sign-in is Entra ID SSO with MFA; the Graph client secret is kept in Key Vault;
stores are encrypted at rest; Azure OpenAI was vetted by IT procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Law firm time entry narratives",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM drafts billing time-entry narratives from lawyers' calendar, email and "
        "document activity; each lawyer approves their entries before invoicing."
    ),
)

# ---------------------------------------------------------------- data assets
calendar = tg.Data(
    "Calendar events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meeting titles, attendees, times and locations.",
)
email = tg.Data(
    "Email metadata and snippets",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Subject, sender, recipients, time and the first 500 characters of each message.",
)
doc_activity = tg.Data(
    "Document activity",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Document titles, matter numbers and open and edit times.",
)
activity = tg.Data(
    "Lawyer activity records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="One lawyer's day of calendar, email and document activity, privileged content included.",
)
matters = tg.Data(
    "Matters and billing guidelines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client and matter numbers, matter descriptions, rates and each client's narrative rules.",
)
prompt = tg.Data("Narrative prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
narratives = tg.Data("Drafted narratives", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Draft time entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Matter, date, hours and narrative, awaiting the lawyer's review.",
)
review = tg.Data("Entry edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved = tg.Data(
    "Approved time entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prebill = tg.Data("Pre-bills", kind="records", sensitivity=tg.Sensitivity.PII)
invoice = tg.Data(
    "Client invoices (LEDES)",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Invoices with every time entry's narrative, hours and amount.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Firm offices and laptops", trust=tg.Trust.INTERNAL):
    # Partners, associates and trainees whose time is billed; each approves their own entries.
    lawyer = tm.add(tg.Actor("Lawyer", role="fee earner"))
    # Billing staff who turn approved time into invoices.
    billing = tm.add(tg.Actor("Billing coordinator", role="billing staff"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The firm's Exchange Online mailboxes and calendars; mail includes messages from clients
    # and opposing counsel.
    m365 = tm.add(
        tg.DataSource(
            "Microsoft 365 mail and calendar",
            origin=tg.Origin.VENDOR,
            provides={calendar, email},
            description="Read through Microsoft Graph with tenant-wide Mail.Read and Calendars.Read.",
        )
    )
    # The model that writes the narratives, in the firm's own Azure OpenAI resource.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI narrative model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vetted by IT procurement; no training on prompts")
            },
        )
    )

with tm.boundary("iManage Cloud", trust=tg.Trust.PARTNER):
    # The document management system: which documents each lawyer worked on, and when.
    dms = tm.add(
        tg.DataSource(
            "iManage document activity",
            origin=tg.Origin.VENDOR,
            provides={doc_activity},
        )
    )

with tm.boundary("Clients' e-billing vendors", trust=tg.Trust.PARTNER):
    # Portals that corporate clients require invoices to be submitted through.
    ebilling = tm.add(tg.ExternalService("Client e-billing portal"))

with tm.boundary("Firm Azure tenant", trust=tg.Trust.INTERNAL):
    # Collects yesterday's activity for every lawyer.
    collector = tm.add(
        tg.Service(
            "Nightly activity collection job",
            controls={
                c.SecretsManagement(note="Graph and iManage client secrets in Azure Key Vault")
            },
        )
    )
    # Holds the collected activity until narratives are drafted.
    activity_store = tm.add(
        tg.DataStore(
            "Activity store",
            stores={activity},
            controls={c.EncryptionAtRest(key_management="Azure SQL TDE, service-managed keys")},
        )
    )
    # Groups activity by matter, builds the prompt and calls the model.
    narrator = tm.add(tg.Service("Narrative generation service"))
    # Draft entries waiting for each lawyer's review.
    draft_store = tm.add(
        tg.DataStore(
            "Draft entry store",
            stores={drafts},
            controls={c.EncryptionAtRest(key_management="Azure SQL TDE, service-managed keys")},
        )
    )
    # Where lawyers read, edit and approve their draft entries.
    review_app = tm.add(
        tg.Endpoint(
            "Time entry review app",
            purpose=tg.EndpointPurpose.API,
            description="Lists the signed-in lawyer's draft entries and those of lawyers who delegated to them.",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.HumanInTheLoop(approver="the lawyer whose time it is"),
            },
        )
    )

with tm.boundary("Firm data centre", trust=tg.Trust.INTERNAL):
    # The practice management system: matters, rates, time and billing.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={matters, approved, prebill, invoice},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(m365, collector, calendar, email, protocol="https", label="Graph API")
tm.flow(dms, collector, doc_activity, protocol="https")
tm.flow(collector, activity_store, activity)
tm.flow(activity_store, narrator, activity, label="daily batch")
tm.flow(pms, narrator, matters, protocol="https")
tm.flow(narrator, llm, prompt, protocol="https")
tm.flow(llm, narrator, narratives, protocol="https")
tm.flow(narrator, draft_store, drafts)

tm.flow(draft_store, review_app, drafts)
tm.flow(review_app, draft_store, review)
tm.flow(review_app, lawyer, drafts, protocol="https")
tm.flow(lawyer, review_app, review, protocol="https")
tm.flow(review_app, pms, approved, protocol="https", label="posts approved entries")

tm.flow(pms, billing, prebill, protocol="https")
tm.flow(billing, pms, prebill, protocol="https", label="pre-bill edits")
tm.flow(pms, ebilling, invoice, protocol="https", label="LEDES invoice submission")
