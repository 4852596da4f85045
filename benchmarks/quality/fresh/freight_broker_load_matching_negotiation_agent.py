"""Load matching and rate negotiation agent for a freight brokerage: the first design.

Shippers tender truckload freight to the brokerage by EDI into its SaaS transport
management system (TMS), where a broker rep sets a target and a maximum buy rate
for each load. An LLM agent running in the brokerage's cloud picks up open loads,
finds carriers through a carrier search tool (TMS carrier profiles, trucks posted
on a load board, and an in-house ranking model of lane history), and e-mails the
carriers' dispatchers offers from a shared Microsoft 365 mailbox. It reads their
replies, counters within the load's rate band and books the winning carrier in
the TMS, which e-mails the rate confirmation. Counteroffers above the maximum go
to the rep in an agent console, where reps also watch threads and pause the agent.
Controls: the booking tool refuses rates above the TMS maximum, a step cap per
load, SSO with MFA on the console, a logged negotiation history, a vetted LLM
vendor, and TLS on every API call.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Freight broker load matching and negotiation agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent matches shippers' loads to carriers, negotiates rates by e-mail "
        "within limits set per load and books loads in the TMS."
    ),
)

# ---------------------------------------------------------------- data assets
load_tender = tg.Data(
    "Load tender",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="EDI 204: shipper, pick-up and delivery addresses, commodity, weight, dates.",
)
rate_band = tg.Data(
    "Load target and maximum buy rate",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
open_loads = tg.Data(
    "Open loads with rate band",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
carrier_profiles = tg.Data(
    "Carrier profiles and compliance status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="MC/DOT numbers, authority and insurance status, lanes, dispatcher contacts.",
)
compliance_updates = tg.Data(
    "Carrier authority and insurance updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
posted_trucks = tg.Data(
    "Posted trucks and lane market rates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
lane_features = tg.Data("Lane and carrier history features", kind="features")
carrier_ranking = tg.Data(
    "Ranked carrier shortlist", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
carrier_search = tg.Data("Carrier search request", kind="tool-call")
carrier_results = tg.Data(
    "Carrier search results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
carrier_email = tg.Data(
    "Carrier dispatcher e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Replies to offers: quoted rates, counteroffers, truck availability, names.",
)
offer_email = tg.Data(
    "Rate offer e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Offers and counteroffers the agent writes to carriers' dispatchers.",
)
mail_call = tg.Data("Mailbox read and send request", kind="tool-call")
mail_result = tg.Data(
    "Mailbox messages", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_call = tg.Data(
    "Load booking request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_result = tg.Data("Booking confirmation", kind="tool-result")
rate_confirmation = tg.Data(
    "Rate confirmation",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The contract for the load: agreed linehaul rate, accessorials, terms.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, load details, rate band, carrier results and e-mail thread.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
negotiation_log = tg.Data(
    "Negotiation threads and agent decisions",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
escalation = tg.Data(
    "Above-limit counteroffer escalation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rep_decision = tg.Data(
    "Rep approval or pause instruction",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tms_api_key = tg.Data("TMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers' transport teams, whose systems tender loads to us.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))
    # Dispatchers at trucking companies, mostly small fleets, who answer offers by e-mail.
    dispatcher = tm.add(tg.Actor("Carrier dispatcher", role="carrier"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared loads@ mailbox carriers already write to.
    mailbox = tm.add(tg.ExternalService("Shared loads mailbox"))

with tm.boundary("TMS vendor cloud", trust=tg.Trust.PARTNER):
    # The system of record for loads, carriers and rate confirmations.
    tms = tm.add(
        tg.ExternalService(
            "Transport management system",
            description="SaaS TMS; loads, carrier profiles and rate cons are kept here.",
        )
    )

with tm.boundary("Freight data providers", trust=tg.Trust.PARTNER):
    # Load board subscription: trucks posted by carriers and lane rate benchmarks.
    load_board = tm.add(
        tg.ExternalService("Load board API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Carrier monitoring service that pushes authority and insurance changes into the TMS.
    monitoring = tm.add(
        tg.ExternalService("Carrier monitoring service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans the agent's steps and writes its e-mails.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Brokerage cloud", trust=tg.Trust.INTERNAL):
    # The negotiation agent itself: one run per open load.
    agent = tm.add(
        tg.Agent(
            "Load negotiation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="the broker rep who owns the load",
                    above="the load's maximum buy rate",
                ),
                c.CircuitBreaker(max_steps=40, note="per load; reps can pause it in the console"),
                c.SecretsManagement(note="TMS, load board and Graph keys in the cloud key vault"),
            },
        )
    )
    # Reads new replies and sends offers through Microsoft Graph.
    email_tool = tm.add(
        tg.Tool(
            "Carrier e-mail tool",
            capabilities={"read", "send-messages"},
        )
    )
    # Looks up candidate carriers for a lane and ranks them.
    search_tool = tm.add(tg.Tool("Carrier search tool", capabilities={"read"}))
    # Lane-history model trained in-house on past bookings; scores carrier fit.
    ranking_model = tm.add(
        tg.Model(
            "Carrier ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Creates the carrier assignment and agreed rate on the load in the TMS.
    booking_tool = tm.add(
        tg.Tool(
            "TMS load booking tool",
            capabilities={"read", "write"},
            controls={
                c.TransactionLimits(
                    limit="agreed rate no higher than the load's maximum buy rate in the TMS"
                )
            },
        )
    )
    # Every e-mail in and out, each prompt and tool call, kept for disputes.
    log_store = tm.add(
        tg.DataStore(
            "Negotiation log",
            stores={negotiation_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Web app where reps see live negotiations, answer escalations and pause the agent.
    console = tm.add(
        tg.Service(
            "Agent console",
            controls={c.Authentication(method="Okta SSO with MFA")},
        )
    )

with tm.boundary("Brokerage office", trust=tg.Trust.INTERNAL):
    # The broker rep who owns the shipper account and sets each load's rate band.
    rep = tm.add(tg.Actor("Broker rep", role="carrier sales rep"))

# ---------------------------------------------------------------- flows
# Loads come in and are priced by the rep.
tm.flow(shipper, tms, load_tender, protocol="sftp", label="EDI 204 tender")
tm.flow(rep, tms, rate_band, protocol="https")
tm.flow(monitoring, tms, compliance_updates, protocol="https")

# The agent plans with the LLM.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Open loads and booking.
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, tms, booking_call, tms_api_key, protocol="https")
tm.flow(tms, booking_tool, open_loads, rate_band, booking_result, protocol="https")
tm.flow(booking_tool, agent, open_loads, booking_result)
tm.flow(tms, dispatcher, rate_confirmation, protocol="smtp")

# Carrier search.
tm.flow(agent, search_tool, carrier_search)
tm.flow(search_tool, tms, carrier_search, tms_api_key, protocol="https")
tm.flow(tms, search_tool, carrier_profiles, protocol="https")
tm.flow(search_tool, load_board, carrier_search, protocol="https")
tm.flow(load_board, search_tool, posted_trucks, protocol="https")
tm.flow(search_tool, ranking_model, lane_features)
tm.flow(ranking_model, search_tool, carrier_ranking)
tm.flow(search_tool, agent, carrier_results)

# Negotiation by e-mail.
tm.flow(agent, email_tool, mail_call, offer_email)
tm.flow(email_tool, mailbox, offer_email, protocol="https")
tm.flow(mailbox, dispatcher, offer_email, protocol="smtp")
tm.flow(dispatcher, mailbox, carrier_email, protocol="smtp")
tm.flow(email_tool, mailbox, mail_call, protocol="https")
tm.flow(mailbox, email_tool, carrier_email, protocol="https")
tm.flow(email_tool, agent, mail_result, carrier_email)

# Logging, escalation and oversight.
tm.flow(agent, log_store, negotiation_log)
tm.flow(agent, console, escalation, protocol="https")
tm.flow(log_store, console, negotiation_log)
tm.flow(console, rep, escalation, negotiation_log, protocol="https")
tm.flow(rep, console, rep_decision, protocol="https")
tm.flow(console, agent, rep_decision, protocol="https")
