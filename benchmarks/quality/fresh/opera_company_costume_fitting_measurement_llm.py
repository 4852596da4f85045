"""Opera company wardrobe assistant: the first design, before any security review.

The wardrobe department of a European opera company wants help turning singers'
measurement sheets and fitting notes into alteration instructions for the workshop
and fabric orders for the costume supervisor. Guest singers (or their agents) e-mail
measurement sheets as PDFs or phone photos to a wardrobe inbox; an ingestion job
OCRs them into the wardrobe document store, where fitters also add fitting notes
from a tablet in the fitting room. The supervisor asks the assistant, a small web
app on the company network behind staff SSO, to draft alterations and fabric needs
for a production; an orchestrator pulls the singer's sheets and notes and the fabric
supplier's catalogue, and sends them to an LLM hosted by a vendor under an enterprise
agreement. Drafts are saved for the supervisor, who checks and edits every one; the
supervisor alone places orders in the purchasing system, and cutters read the
approved instructions in the app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Opera wardrobe fitting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts costume alteration instructions and fabric orders from singers' measurements.",
)

# ---------------------------------------------------------------- data assets
sheets = tg.Data(
    "Measurement sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Singer's name, agent, body measurements, shoe and wig sizes; PDF or photo.",
)
measurements = tg.Data(
    "Extracted measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
fitting_notes = tg.Data(
    "Fitting notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Fitter's free-text notes; sometimes mention pregnancy, injuries or a brace.",
)
request = tg.Data("Drafting request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
context = tg.Data(
    "Singer sheets and notes for the prompt",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
)
catalogue = tg.Data(
    "Fabric catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Fabric names, widths, prices and stock from the supplier's feed.",
)
prompt = tg.Data("Assistant prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Alteration and fabric order drafts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-singer alteration steps and fabric quantities per costume.",
)
instructions = tg.Data(
    "Approved alteration instructions", kind="records", sensitivity=tg.Sensitivity.PII
)
order = tg.Data("Fabric purchase order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sheets arrive from guest singers and their agents by e-mail.
    inbox = tm.add(
        tg.DataSource(
            "Wardrobe measurement inbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={sheets},
            description="Shared mailbox that anyone can write to; attachments are PDFs and photos.",
        )
    )

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # Writes the drafts; the company does not host a model itself.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on our data, EU region")
            },
        )
    )
    # Supplies fabrics; publishes its catalogue and receives orders.
    supplier = tm.add(
        tg.ExternalService("Fabric supplier", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Company network", trust=tg.Trust.INTERNAL):
    # Uses the assistant and signs off every draft.
    supervisor = tm.add(tg.Actor("Costume supervisor", role="wardrobe staff"))
    # Takes measurements in fittings and records what needs changing.
    fitter = tm.add(tg.Actor("Fitter", role="wardrobe staff"))
    # Make the alterations from the approved instructions.
    cutter = tm.add(tg.Actor("Cutter", role="workshop staff"))
    # Shared tablet in the fitting room for typing fitting notes.
    tablet = tm.add(tg.Device("Fitting room tablet", fleet=False))
    # Turns e-mailed sheets into structured measurements.
    ingest = tm.add(
        tg.Pipeline(
            "Sheet ingestion and OCR job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Pulls attachments from the inbox every 15 minutes and runs open-source OCR.",
        )
    )
    # Holds every singer's sheets, extracted measurements and fitting notes.
    doc_store = tm.add(
        tg.DataStore(
            "Wardrobe document store",
            stores={sheets, measurements, fitting_notes},
            controls={
                c.RBAC(note="wardrobe department group only"),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Local copy of the supplier's catalogue, refreshed daily.
    catalogue_store = tm.add(tg.DataStore("Fabric catalogue", stores={catalogue}))
    # The web app staff use.
    app = tm.add(
        tg.Endpoint(
            "Wardrobe assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )
    # Gathers the context, builds the prompt and saves drafts.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            controls={
                c.HumanInTheLoop(
                    approver="costume supervisor",
                    note="drafts only; nothing reaches the workshop or the supplier unsigned",
                )
            },
        )
    )
    # Saved drafts and their approved versions.
    draft_store = tm.add(tg.DataStore("Draft store", stores={drafts, instructions}))
    # The company's existing purchasing system; the supervisor places orders in it.
    purchasing = tm.add(tg.Service("Purchasing system"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(inbox, ingest, sheets, protocol="imaps")
tm.flow(ingest, doc_store, sheets, measurements)
tm.flow(fitter, tablet, fitting_notes)
tm.flow(tablet, doc_store, fitting_notes, protocol="https")
tm.flow(supplier, catalogue_store, catalogue, protocol="https", label="daily catalogue sync")

tm.flow(supervisor, app, request, protocol="https")
tm.flow(app, orchestrator, request)
tm.flow(doc_store, orchestrator, context)
tm.flow(catalogue_store, orchestrator, catalogue)
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, completion, protocol="https", controls={tls})
tm.flow(orchestrator, draft_store, drafts)
tm.flow(orchestrator, app, drafts)
tm.flow(app, supervisor, drafts, protocol="https")
tm.flow(supervisor, app, instructions, protocol="https", label="edits and approves")
tm.flow(app, draft_store, instructions)
tm.flow(draft_store, app, instructions)
tm.flow(app, cutter, instructions, protocol="https")

tm.flow(supervisor, purchasing, order, protocol="https", label="places approved order")
tm.flow(purchasing, supplier, order, protocol="https", label="order e-mail and portal")
