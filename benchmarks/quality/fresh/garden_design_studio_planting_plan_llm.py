"""Garden design studio planting plans: the first design, before any security review.

A small UK garden design studio lets its clients fill in a design brief in a web
portal: their address, budget, style, how they use the garden, photos of the plot
and the soil test report from a lab. A drafting service on the studio's cloud
account sends the brief, the photos and the soil results, with the plants a partner
nursery currently stocks, to a hosted multimodal LLM, which proposes a planting plan
and a shopping list. A designer edits every draft in the studio workspace before the
client sees it. The client approves the final plan in the portal, and an ordering
service places the plant order on the studio's trade account through the nursery's
trade API, which delivers to the client's address. The nursery catalogue (with trade
prices) is synced nightly. Clients sign in with e-mail and password, staff with Google
Workspace (2SV); stores use the cloud's default encryption, traffic is over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden design studio planting plan LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted planting plans and plant orders for a garden design studio's clients.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Design brief",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, address, contact details, budget, style and use of the garden.",
)
photos = tg.Data("Garden photos", kind="media", sensitivity=tg.Sensitivity.PII)
soil = tg.Data(
    "Soil test report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF from the client's soil lab: pH, texture, nutrients, contaminants.",
)
catalogue = tg.Data(
    "Nursery catalogue with trade prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Plant list, sizes, stock levels and the studio's trade prices.",
)
plan_prompt = tg.Data(
    "Planting plan prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the brief, the photos, the soil results and the stocked plants.",
)
draft = tg.Data(
    "Draft planting plan and shopping list", kind="model-output", sensitivity=tg.Sensitivity.PII
)
final_plan = tg.Data(
    "Final planting plan and shopping list", kind="documents", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Client plan approval", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Plant order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plant lines and quantities, delivery name, address and phone number.",
)
order_confirmation = tg.Data(
    "Order confirmation and delivery date", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners who commission a garden design; anyone can create a portal account.
    client = tm.add(tg.Actor("Client", role="homeowner"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Where clients fill in the brief, upload photos and soil reports, and approve plans.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload type and size checks: JPEG, PNG, PDF up to 20 MB"),
            },
        )
    )
    # Keeps each client's brief, photos and soil report for the designer and the drafting service.
    brief_store = tm.add(
        tg.DataStore(
            "Brief store",
            stores={brief, photos, soil},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pulls the nursery's catalogue every night so drafts only suggest stocked plants.
    sync_job = tm.add(tg.Service("Nightly catalogue sync job"))
    # The studio's copy of the nursery catalogue, read when a plan is drafted.
    catalogue_store = tm.add(tg.DataStore("Plant catalogue store", stores={catalogue}))
    # Builds the prompt from the brief and catalogue, calls the LLM and saves the draft.
    drafting = tm.add(
        tg.Service(
            "Plan drafting service",
            description="Runs when a brief is submitted; one LLM call per brief.",
        )
    )
    # Drafts, designer edits, final plans and order status, per client project.
    plan_store = tm.add(
        tg.DataStore(
            "Plan store",
            stores={draft, final_plan, order_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Places the approved shopping list with the nursery on the studio's trade account.
    ordering = tm.add(
        tg.Service(
            "Plant ordering service",
            controls={
                c.HumanInTheLoop(
                    approver="the client, who approves the final plan and shopping list in the portal"
                ),
            },
        )
    )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Garden designers who check and edit every draft before the client sees it.
    designer = tm.add(tg.Actor("Garden designer", role="designer", privileged=True))
    # The staff web app for reviewing and editing drafts.
    workspace = tm.add(
        tg.Endpoint(
            "Designer workspace",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="the designer edits and releases every draft plan"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API; it reads the photos too.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Suggests plants for the site's aspect, soil and the client's style.",
        )
    )

with tm.boundary("Partner nursery", trust=tg.Trust.PARTNER):
    # The nursery's catalogue export: plants, sizes, stock and trade prices.
    nursery_catalogue = tm.add(
        tg.DataSource("Nursery catalogue feed", origin=tg.Origin.PARTNER, provides={catalogue})
    )
    # The nursery's trade ordering API; it delivers straight to the client's address.
    trade_api = tm.add(tg.ExternalService("Nursery trade API"))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, brief, photos, soil, protocol="https", label="submits brief")
tm.flow(portal, brief_store, brief, photos, soil)

tm.flow(nursery_catalogue, sync_job, catalogue, protocol="https", label="nightly export")
tm.flow(sync_job, catalogue_store, catalogue)

tm.flow(brief_store, drafting, brief, photos, soil)
tm.flow(catalogue_store, drafting, catalogue, label="stocked plants")
tm.flow(drafting, llm, plan_prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, plan_store, draft)

tm.flow(designer, workspace, final_plan, protocol="https", label="edits draft")
tm.flow(workspace, designer, draft, brief, photos, soil, protocol="https")
tm.flow(brief_store, workspace, brief, photos, soil)
tm.flow(plan_store, workspace, draft)
tm.flow(workspace, plan_store, final_plan)

tm.flow(plan_store, portal, final_plan, order_confirmation)
tm.flow(portal, client, final_plan, order_confirmation, protocol="https")
tm.flow(client, portal, approval, protocol="https", label="approves plan")
tm.flow(portal, ordering, approval)
tm.flow(plan_store, ordering, final_plan, label="shopping list")
tm.flow(brief_store, ordering, brief, label="delivery address")
tm.flow(
    ordering,
    trade_api,
    order,
    protocol="https",
    controls={c.Authentication(method="trade account API key")},
)
tm.flow(trade_api, ordering, order_confirmation, protocol="https")
tm.flow(ordering, plan_store, order_confirmation)
