"""Street-food market pitch allocation agent: the first design, before any security review.

The council runs a weekly street-food market in the town square. Traders apply
through the council's trader portal (e-mail and password accounts), giving their
business details, the weeks they want and an upload of their public liability
insurance certificate. Each week an LLM agent, hosted in the council's cloud
tenancy and calling a vendor's model API, builds the pitch allocation: it looks
up each trader's food hygiene rating on the Food Standards Agency's public
ratings API, reads the uploaded insurance certificate, and places traders on
pitches from the pitch plan and fee schedule. The market officer reviews and
approves the weekly plan before it is published; after that the agent writes the
allocation to the rota, e-mails traders through GOV.UK Notify and sends each one
a pitch fee payment link through GOV.UK Pay. Trader records and certificates are
encrypted at rest in the council's cloud storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Street-food market pitch allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Council agent that allocates weekly street-food pitches, checks hygiene ratings "
        "and insurance, and collects pitch fees."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Trader application",
    sensitivity="pii",
    kind="records",
    description="Trader name, business name and address, contact details, menu, weeks wanted.",
)
insurance_certificate = tg.Data(
    "Public liability insurance certificate",
    sensitivity="pii",
    kind="documents",
    description="PDF or photo uploaded by the trader: insurer, policy number, cover, expiry.",
)
trader_records = tg.Data(
    "Trader records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Trader accounts, applications, compliance status and pitch history.",
)
compliance_status = tg.Data(
    "Trader compliance status",
    sensitivity="internal",
    kind="records",
    description="Hygiene rating and insurance expiry as recorded by the agent.",
)
hygiene_query = tg.Data("Hygiene rating query", sensitivity="public", kind="tool-call")
hygiene_rating = tg.Data("Food hygiene rating", sensitivity="public", kind="records")
pitch_plan = tg.Data(
    "Pitch plan and fee schedule",
    sensitivity="public",
    kind="records",
    description="Pitch layout, sizes, power hook-ups and the weekly fee per pitch type.",
)
allocation = tg.Data(
    "Weekly pitch allocation",
    sensitivity="pii",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Allocation approval", sensitivity="internal", kind="records")
prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="Instructions, trader records, certificate text, ratings and the pitch plan.",
)
completion = tg.Data("Model completion", sensitivity="pii", kind="model-output")
fee_request = tg.Data(
    "Pitch fee payment request",
    sensitivity="pii",
    kind="tool-call",
    description="Trader reference, pitch, week and amount for a payment link.",
)
payment_link = tg.Data("Pitch fee payment link", sensitivity="pii", kind="tool-result")
card_payment = tg.Data("Card payment details", sensitivity="regulated", kind="records")
payment_status = tg.Data("Payment status", sensitivity="pii", kind="records")
notification = tg.Data(
    "Trader notification e-mail",
    sensitivity="pii",
    kind="model-output",
    description="Allocated pitch, arrival time, fee due and the payment link.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Street-food businesses applying for pitches; anyone can register an account.
    trader = tm.add(tg.Actor("Street-food trader", role="trader"))
    # The FSA's open food hygiene ratings API: the public register of ratings.
    fsa_api = tm.add(
        tg.ExternalService(
            "FSA food hygiene rating API",
            provides="data-provider",
            description="Public Food Standards Agency ratings register, queried by business.",
        )
    )

with tm.boundary("Council cloud tenancy", trust="internal"):
    # Where traders register, apply, upload certificates and see their allocation.
    portal = tm.add(
        tg.Endpoint(
            "Trader portal",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Builds the weekly allocation and drives the checks, notices and fee collection.
    agent = tm.add(
        tg.Agent(
            "Pitch allocation agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(
                    approver="market officer",
                    note="approves the weekly allocation plan before it is published",
                ),
            },
        )
    )
    # Looks up a trader's rating on the FSA API by business name and postcode.
    hygiene_tool = tm.add(
        tg.Tool("Hygiene rating lookup tool", capabilities={"read", "network-egress"})
    )
    # Writes the approved allocation and compliance status to the trader records.
    rota_tool = tm.add(tg.Tool("Pitch rota tool", capabilities={"read", "write"}))
    # Asks GOV.UK Pay for a payment link for each trader's pitch fee.
    fee_tool = tm.add(
        tg.Tool(
            "Pitch fee payment link tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement(note="GOV.UK Pay API key in the cloud key vault")},
        )
    )
    # Sends allocation notices, reminders and payment links to traders.
    notify_tool = tm.add(tg.Tool("Trader notification tool", capabilities={"send-messages"}))
    # System of record for traders, applications, allocations and payments.
    trader_db = tm.add(
        tg.DataStore(
            "Trader records database",
            stores={trader_records, compliance_status, allocation, payment_status},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="market team roles in the portal's back office"),
            },
        )
    )
    # Uploaded insurance certificates, kept for the licence period.
    certificate_store = tm.add(
        tg.DataStore(
            "Certificate document store",
            stores={insurance_certificate},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data maintained by the market team: pitches and their weekly fees.
    pitch_plan_store = tm.add(tg.DataStore("Pitch plan and fee schedule", stores={pitch_plan}))

with tm.boundary("Council office network", trust="internal"):
    # Runs the market; reviews and approves the weekly plan.
    officer = tm.add(tg.Actor("Market officer", role="council staff"))

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose model behind the vendor's API; the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("GOV.UK platforms", trust="partner"):
    # Government payment platform: hosted card payment pages for the fee links.
    gov_pay = tm.add(
        tg.ExternalService(
            "GOV.UK Pay",
            description="Hosted payment pages; the council's pitch fee amounts are sent per link.",
        )
    )
    # Government messaging platform used for e-mails to traders.
    gov_notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
# Applications and uploads
tm.flow(
    trader,
    portal,
    application,
    insurance_certificate,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    portal,
    trader,
    allocation,
    payment_status,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(portal, trader_db, trader_records)
tm.flow(trader_db, portal, trader_records, allocation, payment_status)
tm.flow(portal, certificate_store, insurance_certificate)

# The agent's inputs
tm.flow(trader_db, agent, trader_records, label="this week's applicants")
tm.flow(certificate_store, agent, insurance_certificate, label="certificate text")
tm.flow(pitch_plan_store, agent, pitch_plan)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Hygiene rating check
tm.flow(agent, hygiene_tool, hygiene_query)
tm.flow(hygiene_tool, fsa_api, hygiene_query, protocol="https")
tm.flow(fsa_api, hygiene_tool, hygiene_rating, protocol="https")
tm.flow(hygiene_tool, agent, hygiene_rating)

# Review and approval of the weekly plan
tm.flow(agent, officer, allocation, label="proposed weekly plan")
tm.flow(officer, agent, approval)

# Publishing the allocation
tm.flow(agent, rota_tool, allocation, compliance_status)
tm.flow(rota_tool, trader_db, allocation, compliance_status)
tm.flow(trader_db, rota_tool, trader_records)

# Fee collection
tm.flow(agent, fee_tool, fee_request)
tm.flow(fee_tool, gov_pay, fee_request, protocol="https")
tm.flow(gov_pay, fee_tool, payment_link, protocol="https")
tm.flow(fee_tool, agent, payment_link)
tm.flow(trader, gov_pay, card_payment, protocol="https")
tm.flow(gov_pay, portal, payment_status, protocol="https", label="payment webhook")

# Notices to traders
tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, gov_notify, notification, protocol="https")
tm.flow(gov_notify, trader, notification, protocol="smtp")
