"""Christmas market stall allocation and footfall agent: the first design, before review.

The city council's markets team runs the Christmas market in the city-centre squares.
Traders apply online through the council's trader portal, uploading their public
liability insurance certificate and, for food stalls, their food hygiene registration.
An LLM agent, running in the council's cloud tenant and calling a hosted model, reads
each application and its documents, checks the insurer's dates and cover and the food
business's rating on the national food hygiene ratings API, and proposes an allocation
of stalls against the market plan. A markets officer approves the allocation list
before the agent sends offer e-mails. During the market, the agent reads hourly counts
from footfall counters (run by a footfall vendor) and rewrites the weekly layout plan
that the site team follows. Controls: trader sign-in with e-mail and password over
TLS, the officer's approval of allocations and offers, storage encryption in the
council tenant, the agent's action log, and the council's vendor review of the LLM API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Christmas market stall allocation and footfall agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Council agent that allocates Christmas market stalls, checks traders' insurance "
        "and food hygiene documents, and adjusts the layout from footfall counts."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Trader application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trader name, address, phone, business, products, stall type and preferences.",
)
trader_docs = tg.Data(
    "Insurance and food hygiene documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded PDFs or photos: public liability certificate, food business registration.",
)
hygiene_rating = tg.Data("Food hygiene rating", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
doc_check = tg.Data(
    "Document check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Insurer, cover amount, expiry date, hygiene rating, pass or query.",
)
prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, allocation rules, applications and document text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
allocation = tg.Data(
    "Stall allocation decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Which trader gets which pitch for which weeks, or a refusal with a reason.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Officer approval of allocations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stall_register = tg.Data(
    "Stall register and layout plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pitches, sizes, power points, allocated traders and the current layout.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
layout_change = tg.Data("Layout change", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
footfall = tg.Data("Footfall counter readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
offer_email = tg.Data(
    "Stall offer e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Offer of a pitch with dates, fee and acceptance link, or a refusal.",
)
portal_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Market traders and food vendors applying for a stall.
    trader = tm.add(tg.Actor("Market trader", role="trader applicant"))
    # The national food hygiene ratings open-data API the check looks businesses up in.
    ratings_api = tm.add(
        tg.ExternalService(
            "Food hygiene ratings API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent, bought through the council's cloud framework contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model that reasons over applications and plans.",
            controls={c.SupplierAssessment(note="council procurement security questionnaire")},
        )
    )

with tm.boundary("Footfall vendor", trust=tg.Trust.PARTNER):
    # Counters mounted on lamp posts at the square entrances, run by the vendor.
    counters = tm.add(
        tg.Device(
            "Footfall counters",
            description="Sensor units on street furniture; send counts over the vendor's LoRaWAN.",
        )
    )
    # The vendor's cloud that aggregates counts and exposes them by API.
    footfall_api = tm.add(
        tg.ExternalService("Footfall vendor API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # Where traders apply and see their status.
    portal = tm.add(
        tg.Endpoint(
            "Trader portal",
            purpose=tg.EndpointPurpose.API,
            description="Council web forms for applications and document uploads.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Applications and uploaded documents.
    app_store = tm.add(
        tg.DataStore(
            "Application and document store",
            stores={application, trader_docs, doc_check},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The LLM agent that does the allocation and layout work.
    agent = tm.add(
        tg.Agent(
            "Stall allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads applications, runs checks, proposes allocations, replans layout.",
            controls={
                c.AuditLogging(note="every prompt and tool call logged to the tenant log workspace")
            },
        )
    )
    # Reads uploaded documents and looks up the business's hygiene rating.
    doc_tool = tm.add(
        tg.Tool(
            "Document check tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            description="Extracts insurer, cover and dates from the upload; queries the ratings API.",
        )
    )
    # Writes approved allocations into the stall register.
    allocation_tool = tm.add(
        tg.Tool(
            "Stall allocation tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            controls={c.HumanInTheLoop(approver="markets officer approves the allocation list")},
        )
    )
    # Reads footfall and rewrites the layout plan.
    layout_tool = tm.add(
        tg.Tool(
            "Layout planning tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            description="Moves pitches and queue space between squares in the weekly layout plan.",
        )
    )
    # Sends offers and refusals to traders through the council's mail relay.
    notify_tool = tm.add(
        tg.Tool(
            "Trader notification tool",
            capabilities={tg.Capability.SEND_MESSAGES},
            controls={c.HumanInTheLoop(approver="markets officer, with the allocation list")},
        )
    )
    # Pitches, allocations and the current layout; the site team prints it weekly.
    register = tm.add(
        tg.DataStore(
            "Stall register",
            stores={stall_register},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Markets team officer who approves the allocation list.
    officer = tm.add(tg.Actor("Markets officer", role="markets officer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(trader, portal, application, trader_docs, protocol="https", controls={tls})
tm.flow(portal, trader, portal_status, protocol="https", controls={tls})
tm.flow(portal, app_store, application, trader_docs)
tm.flow(app_store, portal, portal_status, label="status for the signed-in trader")

tm.flow(app_store, agent, application, label="new applications")
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, doc_tool, application, label="check documents of an application")
tm.flow(app_store, doc_tool, trader_docs)
tm.flow(doc_tool, ratings_api, application, protocol="https", label="business name and postcode")
tm.flow(ratings_api, doc_tool, hygiene_rating, protocol="https")
tm.flow(doc_tool, app_store, doc_check)
tm.flow(doc_tool, agent, doc_check, trader_docs, label="check result and extracted text")

tm.flow(agent, officer, allocation, protocol="https", label="proposed allocation list")
tm.flow(officer, agent, approval, protocol="https")
tm.flow(agent, allocation_tool, allocation)
tm.flow(allocation_tool, register, stall_register)
tm.flow(register, allocation_tool, stall_register)
tm.flow(allocation_tool, agent, stall_register, label="updated register")

tm.flow(counters, footfall_api, footfall, protocol="lorawan")
tm.flow(agent, layout_tool, layout_change)
tm.flow(footfall_api, layout_tool, footfall, protocol="https", label="hourly counts")
tm.flow(register, layout_tool, stall_register)
tm.flow(layout_tool, register, stall_register, label="rewritten layout plan")
tm.flow(layout_tool, agent, footfall, stall_register, label="counts and current layout")

tm.flow(agent, notify_tool, offer_email)
tm.flow(notify_tool, trader, offer_email, protocol="smtp")
