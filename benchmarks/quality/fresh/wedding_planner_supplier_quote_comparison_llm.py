"""Wedding planner: supplier quote comparison assistant, the first design.

A small EU wedding planning studio collects quotes and contracts from venues,
caterers, florists, photographers and bands. Suppliers e-mail them to the studio's
shared mailbox; the planning workspace pulls them in, stores the originals, and an
extraction service turns each file into price lines and contract terms. Couples
enter their brief (budget, guest count, wishes, dietary and accessibility needs)
on the client portal. The workspace asks a hosted LLM to compare the quotes with
the brief and with comparable past quotes from an index, flagging hidden costs and
unusual clauses; a planner reviews and edits every draft before it is published
to the couple's portal page. Controls: planners sign in with Google Workspace SSO
and 2-step verification, couples with e-mail and password; a planner approves each
comparison; stores are encrypted with the provider's keys; the LLM vendor's
no-retention terms were reviewed; web traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding supplier quote comparison",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted comparisons of supplier quotes and contracts against a "
    "couple's budget and wishes, reviewed by a planner before the couple sees them.",
)

# ---------------------------------------------------------------- data assets
quotes = tg.Data(
    "Supplier quotes and contracts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF and Word quotes, price lists and contracts sent by suppliers.",
)
brief = tg.Data(
    "Couple's brief",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Names, contact details, date, budget, guest count, wishes, dietary "
    "and accessibility needs.",
)
extracted = tg.Data(
    "Extracted quote lines and terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
past_quotes = tg.Data(
    "Comparable past quotes",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
quote_chunks = tg.Data(
    "Past quote chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the couple's brief, the extracted quotes and past quotes.",
)
draft = tg.Data(
    "Draft quote comparison",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
edits = tg.Data(
    "Planner edits and sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
published = tg.Data(
    "Published comparison",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couples planning their wedding with the studio.
    couple = tm.add(tg.Actor("Couple", role="client"))
    # Venues, caterers, photographers and others who send quotes.
    supplier = tm.add(tg.Actor("Supplier", role="wedding supplier"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The studio's shared quotes@ mailbox on Google Workspace.
    mailbox = tm.add(tg.ExternalService("Studio quotes mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; does the comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="API terms: no training on inputs, no retention")},
        )
    )

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where couples enter their brief and read published comparisons.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The planners' web app: pulls quotes, builds prompts, holds drafts for review.
    workspace = tm.add(
        tg.Service(
            "Planning workspace",
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(approver="the couple's planner"),
            },
        )
    )
    # Turns supplier PDFs and Word files into text and price lines.
    extractor = tm.add(tg.Service("Quote text extraction service"))
    # Original quote and contract files per couple.
    doc_store = tm.add(
        tg.DataStore(
            "Quote document store",
            stores={quotes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Couples' briefs, drafts and published comparisons.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={brief, draft, published},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Past quotes, for "is this price usual for this kind of venue" context.
    index = tm.add(tg.VectorStore("Past quote index", stores={quote_chunks}))

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # The planner who owns the couple's file and presents the comparison.
    planner = tm.add(tg.Actor("Wedding planner", role="planner"))

# ---------------------------------------------------------------- flows
tm.flow(supplier, mailbox, quotes, protocol="smtp")
tm.flow(mailbox, workspace, quotes, protocol="https", label="mailbox sync")
tm.flow(planner, workspace, quotes, protocol="https", label="manual upload")
tm.flow(workspace, doc_store, quotes)
tm.flow(doc_store, extractor, quotes)
tm.flow(extractor, workspace, extracted)
tm.flow(workspace, index, extracted, label="index new quotes")
tm.flow(workspace, index, brief, label="similarity query")
tm.flow(index, workspace, past_quotes)

tm.flow(couple, portal, brief, protocol="https")
tm.flow(portal, client_db, brief)
tm.flow(client_db, workspace, brief)

tm.flow(workspace, llm, prompt, protocol="https")
tm.flow(llm, workspace, draft, protocol="https")
tm.flow(workspace, client_db, draft, published)
tm.flow(workspace, planner, draft, protocol="https")
tm.flow(planner, workspace, edits, protocol="https")
tm.flow(client_db, portal, published)
tm.flow(portal, couple, published, protocol="https")
