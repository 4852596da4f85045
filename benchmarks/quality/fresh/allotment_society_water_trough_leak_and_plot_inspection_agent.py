"""Allotment society water-trough leak and plot-inspection agent: the first design.

A volunteer-run allotment society in England has fitted smart water meters to the
site's shared water troughs. The meters report over LoRaWAN to a community network
provider, which forwards each reading by webhook to the society's small cloud app.
An hourly leak model flags troughs with continuous night-time flow. An LLM agent
(a hosted model behind the vendor's API) then texts or e-mails the holders of the
nearby plots about a leak, reminds holders whose plot inspection is overdue, drafts
formal warning letters for plots that failed inspection, and logs the replies that
come back through the messaging provider. Warning letters wait in a queue until the
committee secretary approves them in the committee web app; leak and inspection
reminders go out without approval. Inspectors record inspections in the same web app.
Controls today: committee members sign in with e-mail and password and have roles,
the LoRaWAN webhook carries a shared secret header, and outside traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment water-trough leak and plot-inspection agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Leak alerts from trough meters and inspection reminders sent by an LLM agent.",
)

# ---------------------------------------------------------------- data assets
meter_reads = tg.Data(
    "Trough meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Litres per 15 minutes per trough meter, with battery level.",
)
leak_flag = tg.Data("Trough leak flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
plot_register = tg.Data(
    "Plot register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plot numbers, holders' names, addresses, phone numbers and e-mails.",
)
inspections = tg.Data(
    "Plot inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Inspection dates, scores, notes and photos of each plot's condition.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
register_call = tg.Data("Plot register tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
register_result = tg.Data(
    "Plot holder and inspection lookup", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
outgoing_message = tg.Data(
    "Leak and inspection reminder message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
reply = tg.Data(
    "Plot holder reply message",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS or e-mail answer from a plot holder.",
)
reply_log = tg.Data("Reply log", kind="logs", sensitivity=tg.Sensitivity.PII)
letter_draft = tg.Data("Warning letter draft", kind="documents", sensitivity=tg.Sensitivity.PII)
approved_letter = tg.Data(
    "Approved warning letter", kind="documents", sensitivity=tg.Sensitivity.PII
)
committee_sign_in = tg.Data(
    "Committee member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Allotment site", trust=tg.Trust.UNTRUSTED):
    # Battery meters on each trough: the only source of water-use data.
    meters = tm.add(
        tg.Device(
            "Trough water meters",
            fleet=True,
            description="Twelve LoRaWAN pulse meters on troughs along the site paths.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants of the plots, who receive reminders and reply.
    plot_holder = tm.add(tg.Actor("Plot holder", role="plot holder"))
    # Committee volunteers who walk the site and score plots, on their own phones.
    inspector = tm.add(tg.Actor("Plot inspector", role="committee member"))
    # Signs off every formal warning letter.
    secretary = tm.add(tg.Actor("Committee secretary", role="committee secretary", privileged=True))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Community LoRaWAN network the meters join; forwards uplinks to us.
    lorawan = tm.add(
        tg.ExternalService("LoRaWAN network server", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends SMS and e-mail for us and posts inbound replies back to us.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Society cloud app", trust=tg.Trust.INTERNAL):
    # Receives meter uplinks and inbound reply webhooks.
    receiver = tm.add(tg.Endpoint("Webhook receiver", purpose=tg.EndpointPurpose.API))
    # History of readings for the leak model and for the treasurer's water bill checks.
    readings_db = tm.add(tg.DataStore("Meter reading history", stores={meter_reads}))
    # Simple in-house model of each trough's normal night flow.
    leak_model = tm.add(
        tg.Model(
            "Trough leak model",
            task=tg.Task.DETECTOR,
            description="Flags a trough when night flow stays above its baseline for 3 hours.",
        )
    )
    # Plot register, inspections, letter queue and reply log in one database.
    society_db = tm.add(
        tg.DataStore(
            "Society database",
            stores={plot_register, inspections, letter_draft, approved_letter, reply_log},
        )
    )
    # The agent that turns leak flags and overdue inspections into messages and letters.
    agent = tm.add(
        tg.Agent(
            "Plot messaging agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs on each leak flag and once a day for overdue inspections.",
            controls={
                c.HumanInTheLoop(
                    approver="committee secretary",
                    note="warning letters only; reminders are sent directly",
                )
            },
        )
    )
    # Looks up holders and inspections, and logs replies.
    register_tool = tm.add(
        tg.Tool("Plot register tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Sends texts and e-mails to plot holders through the gateway.
    send_tool = tm.add(
        tg.Tool("Send message tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Puts a warning letter draft in the secretary's approval queue.
    draft_tool = tm.add(
        tg.Tool("Warning letter draft tool", capabilities={"write"}, origin="first-party")
    )
    # Committee UI: inspections, letter approval, plot register.
    web_app = tm.add(
        tg.Endpoint(
            "Committee web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(meters, lorawan, meter_reads, protocol="lorawan")
tm.flow(
    lorawan,
    receiver,
    meter_reads,
    protocol="https",
    label="uplink webhook",
    controls={c.Authentication(method="shared secret header set in the provider's webhook")},
)
tm.flow(receiver, readings_db, meter_reads)
tm.flow(readings_db, leak_model, meter_reads, label="hourly batch")
tm.flow(leak_model, agent, leak_flag)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, agent, register_result)
tm.flow(society_db, register_tool, plot_register, inspections)
tm.flow(register_tool, society_db, reply_log)

tm.flow(agent, send_tool, outgoing_message)
tm.flow(send_tool, messaging, outgoing_message, protocol="https")
tm.flow(messaging, plot_holder, outgoing_message, protocol="sms")
tm.flow(plot_holder, messaging, reply, protocol="sms")
tm.flow(messaging, receiver, reply, protocol="https", label="inbound message webhook")
tm.flow(receiver, agent, reply)

tm.flow(agent, draft_tool, letter_draft)
tm.flow(draft_tool, society_db, letter_draft)
tm.flow(society_db, web_app, letter_draft, plot_register, inspections)
tm.flow(secretary, web_app, committee_sign_in, approved_letter, protocol="https")
tm.flow(web_app, secretary, letter_draft, protocol="https")
tm.flow(web_app, messaging, approved_letter, protocol="https")
tm.flow(messaging, plot_holder, approved_letter, protocol="smtp", label="letter by e-mail")
tm.flow(inspector, web_app, committee_sign_in, inspections, protocol="https")
tm.flow(web_app, inspector, plot_register, inspections, protocol="https")
tm.flow(web_app, society_db, inspections, approved_letter)
