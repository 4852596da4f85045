"""Ice sculpture studio commission design LLM: the first design.

A small ice sculpture studio in the Netherlands takes commissions for weddings,
galas and corporate events. Clients fill in a commission form on the studio's
website (event, theme, budget) and may upload logos or reference photos. A
design service sends the brief, the uploads, similar past pieces from the
portfolio index and the studio's block and carving price list to a hosted LLM,
which drafts a concept, a block count and a quote; a hosted image model renders
a concept picture. Designers review and edit every draft in a studio dashboard
and send the proposal to the client by e-mail; for logo pieces they download
the artwork to a CAD workstation and send a toolpath to the CNC ice router.
Controls: rate limits and file checks on the form, single sign-on with MFA on
the dashboard, designer approval before anything goes out, encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice sculpture studio commission design LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted concepts and quotes for ice sculpture commissions, reviewed by designers.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Commission enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client name, e-mail, phone, event date and venue, budget and free-text brief.",
)
acknowledgement = tg.Data("Enquiry acknowledgement", sensitivity=tg.Sensitivity.INTERNAL)
uploads = tg.Data(
    "Client logos and reference photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Company logos, and sometimes photos of the couple or the venue.",
)
design_prompt = tg.Data(
    "Design prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Studio instructions, the client's brief and uploads, portfolio examples, prices.",
)
concept = tg.Data(
    "Concept draft and quote",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Sculpture description, block count, carving hours and a draft price.",
)
render_prompt = tg.Data("Render prompt", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
render = tg.Data("Concept render", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
portfolio_query = tg.Data("Portfolio similarity query", sensitivity=tg.Sensitivity.INTERNAL)
portfolio_examples = tg.Data(
    "Past piece descriptions and embeddings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
)
portfolio_entry = tg.Data(
    "Finished piece write-up",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Photo and description of a delivered piece, as published on the website.",
)
prices = tg.Data(
    "Block and carving price list",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
designer_edits = tg.Data(
    "Designer edits and approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
proposal = tg.Data(
    "Commission proposal",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Approved concept, render and quote addressed to the client.",
)
artwork = tg.Data(
    "Approved design artwork", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
toolpath = tg.Data(
    "Router toolpath",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="code",
    description="G-code for carving the logo or relief into the ice block.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Event planners, couples and companies asking for a sculpture.
    client = tm.add(tg.Actor("Client", role="prospective customer"))

with tm.boundary("AI model vendor", trust=tg.Trust.PARTNER):
    # Drafts the concept and quote from the brief; reads uploaded images too.
    llm = tm.add(
        tg.LLM(
            "Hosted design LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model used through the vendor's API.",
        )
    )
    # Produces a concept picture from the LLM's description.
    image_model = tm.add(
        tg.Model(
            "Hosted image model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Text-to-image model rendering the proposed sculpture.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends proposals from the studio's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Public commission form on the studio website.
    form = tm.add(
        tg.Endpoint(
            "Commission form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="uploads limited to PNG, JPEG, SVG and PDF under 10 MB"),
            },
        )
    )
    # Builds the prompt, calls the models, stores the draft for review.
    design_service = tm.add(
        tg.Service(
            "Commission design service",
            description="Drafts a concept for each new enquiry; nothing is sent to clients from here.",
            controls={c.SecretsManagement(note="model API keys in the cloud secret store")},
        )
    )
    # Where designers review, edit and approve drafts.
    dashboard = tm.add(
        tg.Endpoint(
            "Studio dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace single sign-on with MFA"),
                c.HumanInTheLoop(approver="a studio designer"),
            },
        )
    )

    with tm.boundary("Studio data", trust=tg.Trust.RESTRICTED):
        # Enquiries, drafts, renders and sent proposals.
        commissions = tm.add(
            tg.DataStore(
                "Commission records",
                stores={enquiry, concept, render, proposal},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Object storage for what clients upload.
        upload_bucket = tm.add(
            tg.DataStore(
                "Upload bucket",
                stores={uploads},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Past pieces, retrieved as style and sizing examples.
        portfolio = tm.add(tg.VectorStore("Portfolio index", stores={portfolio_examples}))
        # The studio's own rates for blocks, carving hours, delivery and display.
        price_list = tm.add(tg.DataStore("Price list", stores={prices}))

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # Carvers and designers at the studio.
    designer = tm.add(tg.Actor("Designer", role="sculptor and designer"))
    # CAD and CAM for logo and relief pieces.
    workstation = tm.add(
        tg.Device(
            "CAD workstation",
            fleet=False,
            description="Windows PC with CAD/CAM software in the workshop office.",
        )
    )
    # Three-axis CNC router in the freezer room.
    router = tm.add(
        tg.Device(
            "CNC ice router",
            fleet=False,
            description="Runs toolpaths from a USB stick; operator starts each job at the machine.",
        )
    )

# ---------------------------------------------------------------- flows
# enquiry intake
tm.flow(client, form, enquiry, uploads, protocol="https")
tm.flow(form, client, acknowledgement, protocol="https")
tm.flow(form, commissions, enquiry)
tm.flow(form, upload_bucket, uploads)

# drafting
tm.flow(commissions, design_service, enquiry, label="new enquiry")
tm.flow(upload_bucket, design_service, uploads)
tm.flow(design_service, portfolio, portfolio_query)
tm.flow(portfolio, design_service, portfolio_examples)
tm.flow(price_list, design_service, prices)
tm.flow(design_service, llm, design_prompt, protocol="https")
tm.flow(llm, design_service, concept, protocol="https")
tm.flow(design_service, image_model, render_prompt, protocol="https")
tm.flow(image_model, design_service, render, protocol="https")
tm.flow(design_service, commissions, concept, render)

# review and proposal
tm.flow(commissions, dashboard, enquiry, concept, render)
tm.flow(upload_bucket, dashboard, uploads)
tm.flow(dashboard, designer, concept, render, protocol="https")
tm.flow(designer, dashboard, designer_edits, protocol="https")
tm.flow(dashboard, commissions, proposal)
tm.flow(dashboard, mailer, proposal, protocol="https")
tm.flow(mailer, client, proposal, protocol="smtp")
tm.flow(designer, dashboard, portfolio_entry, protocol="https", label="add finished piece")
tm.flow(dashboard, design_service, portfolio_entry)
tm.flow(design_service, portfolio, portfolio_examples, label="index finished piece")

# carving
tm.flow(dashboard, workstation, artwork, uploads, protocol="https", label="download for CAD")
tm.flow(workstation, router, toolpath, protocol="usb")
