"""Kite festival pitch and wind-safety agent: the first design, before any security review.

Our annual two-day kite festival on a coastal common hosts around 150 traders (food
vans, kite sellers, craft stalls). Traders apply for a pitch on a web portal; an LLM
agent running in our cloud account reads the applications and the site plan,
allocates pitches, and e-mails each trader a payment link for the pitch fee, made
through the payment provider's hosted checkout. The trade coordinator approves the
allocation list in the same portal before any payment link goes out.
During the festival the agent also watches the anemometer mast beside the main arena
and the Met service's wind forecast, and texts the arena manager when gusts call for
large kite displays to be halted; the manager decides and halts displays by radio.
The agent's model is a hosted LLM. The portal uses TLS and trader sign-in; the
payment provider key sits in the cloud secrets vault; the database is encrypted
at rest. The payment provider reports completed payments to the portal by webhook.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Kite festival pitch and wind-safety agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Allocates trader pitches, collects pitch fees by payment link, and "
    "advises the arena manager to halt large kite displays in high wind.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Trader pitch application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Business name, contact name, e-mail, phone, pitch size, power needs, "
    "food hygiene rating and public liability insurer.",
)
allocation = tg.Data("Pitch allocation", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
allocation_approval = tg.Data(
    "Allocation list approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
site_plan = tg.Data(
    "Site plan and pitch fees",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Pitch map, sizes, fee per pitch type, and the arena display schedule.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, applications, site plan and the latest wind readings.",
)
agent_completion = tg.Data("Agent completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
link_request = tg.Data("Payment link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_link = tg.Data(
    "Pitch fee payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_payment = tg.Data("Trader card payment", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_webhook = tg.Data(
    "Payment completed webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
trader_email = tg.Data(
    "Pitch offer e-mail with payment link", sensitivity=tg.Sensitivity.PII, kind="records"
)
wind_readings = tg.Data(
    "Anemometer wind readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind_forecast = tg.Data("Wind forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
halt_alert = tg.Data(
    "Display halt alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
message_request = tg.Data("Message send request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
trader_login = tg.Data(
    "Trader sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Traders apply for pitches and pay the fee; anyone can register as a trader.
    trader = tm.add(tg.Actor("Trader", role="festival trader"))

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # Web portal where traders apply and the coordinator reviews allocations.
    portal = tm.add(
        tg.Endpoint(
            "Trader portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="form fields and sizes checked"),
                tg.controls.RBAC(note="coordinator role sees every application"),
            },
        )
    )
    # The agent that allocates pitches, sends payment links and watches the wind.
    agent = tm.add(
        tg.Agent(
            "Pitch and wind agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="trade coordinator",
                    note="the allocation list is approved before payment links are sent",
                ),
            },
            description="Allocates pitches from applications and the site plan, asks for "
            "payment links, and raises halt alerts when gusts exceed the display limit.",
        )
    )
    # Trader applications, allocations and payment status.
    pitch_db = tm.add(
        tg.DataStore(
            "Pitch register",
            stores={application, allocation, trader_login},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the coordinator maintains: map, pitch sizes, fees, display times.
    plan_store = tm.add(tg.DataStore("Site plan and fee configuration", stores={site_plan}))
    # Tool the agent calls to create a hosted-checkout link for a pitch fee.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"network-egress"},
            controls={tg.controls.SecretsManagement(note="provider API key in the cloud vault")},
            description="Creates a checkout link for the amount and trader the agent gives.",
        )
    )
    # Tool the agent uses to e-mail traders and text the arena manager.
    message_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go to the provider, never to us.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the e-mails and SMS texts.
    gateway = tm.add(tg.ExternalService("E-mail and SMS gateway"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Public forecast API, for the gusts expected in the next hours.
    met = tm.add(tg.ExternalService("Met wind forecast service", provides="data-provider"))

with tm.boundary("Festival site", trust=tg.Trust.INTERNAL):
    # Anemometer on a mast beside the arena, posting over a 4G modem.
    mast = tm.add(tg.Device("Arena anemometer mast", fleet=False))
    # Decides whether to halt displays; receives alerts on a mobile phone.
    arena_manager = tm.add(tg.Actor("Arena manager", role="arena safety manager"))

with tm.boundary("Festival office", trust=tg.Trust.INTERNAL):
    # Sets fees and the site plan, approves the allocation list.
    coordinator = tm.add(tg.Actor("Trade coordinator", role="festival staff"))

# ---------------------------------------------------------------- flows
tm.flow(trader, portal, application, trader_login, protocol="https")
tm.flow(portal, trader, allocation, protocol="https", label="application status")
tm.flow(portal, pitch_db, application, trader_login)
tm.flow(pitch_db, portal, application, allocation)

tm.flow(coordinator, plan_store, site_plan, label="maintains plan and fees")
tm.flow(coordinator, portal, allocation_approval, protocol="https")
tm.flow(portal, coordinator, application, allocation, protocol="https")
tm.flow(portal, agent, allocation_approval)

tm.flow(pitch_db, agent, application)
tm.flow(plan_store, agent, site_plan)
tm.flow(agent, pitch_db, allocation)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, payments, link_request, protocol="https")
tm.flow(payments, link_tool, payment_link, protocol="https")
tm.flow(link_tool, agent, payment_link)
tm.flow(trader, payments, card_payment, protocol="https", label="hosted checkout")
tm.flow(payments, portal, payment_webhook, protocol="https", label="payment webhook")
tm.flow(portal, pitch_db, payment_webhook, label="mark pitch paid")

tm.flow(agent, message_tool, message_request)
tm.flow(message_tool, gateway, trader_email, halt_alert, protocol="https")
tm.flow(gateway, trader, trader_email, protocol="smtp")
tm.flow(gateway, arena_manager, halt_alert, protocol="sms")

tm.flow(mast, agent, wind_readings, protocol="mqtt")
tm.flow(met, agent, wind_forecast, protocol="https")
