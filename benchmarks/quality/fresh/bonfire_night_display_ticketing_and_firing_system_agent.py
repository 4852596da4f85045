"""Bonfire night display: ticketing, steward assistant and firing hold (first design).

The town council runs one bonfire and fireworks night on the recreation ground.
Tickets are sold online from a small web shop in the event's cloud account; card
payments go through a hosted checkout at a payment provider, which confirms each
order back to the shop, and buyers get an e-ticket by e-mail. On the night,
stewards carry handsets with a radio-linked app: a question typed into the app
goes over the site's DMR data radio to a gateway in the control cabin, which
passes it to a safety assistant agent. The agent answers from the event safety
plan (indexed from the safety officer's upload) using a hosted LLM. If a steward
reports a breach of the safety zone, the agent calls a hold tool that puts the
electronic firing system into hold straight away; only the pyrotechnician, who
uploads the firing sequence from a USB stick, can release it. Controls: HTTPS
everywhere on the internet side, a handset allowlist at the radio gateway, a
hold-only remote input on the firing panel and an activity log of the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bonfire night display ticketing and firing system agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online ticket sales, a steward Q&A agent over radio, and an agent-triggered firing hold.",
)

# ---------------------------------------------------------------- data assets
ticket_order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, e-mail, postcode, number and type of tickets.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
e_ticket = tg.Data("E-ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
safety_plan = tg.Data(
    "Event safety plan",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Site plan, safety zone distances, evacuation routes, steward duties.",
)
plan_chunks = tg.Data(
    "Safety plan chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
steward_question = tg.Data("Steward question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
steward_answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Prompt with safety plan context", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
hold_call = tg.Data("Hold tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
hold_command = tg.Data(
    "Firing hold command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
firing_status = tg.Data("Firing system status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_result = tg.Data("Hold result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
firing_sequence = tg.Data(
    "Firing sequence",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Cue script exported from the pyrotechnician's show design software.",
)
agent_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying tickets from any browser.
    buyer = tm.add(tg.Actor("Ticket buyer", role="member of the public"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch our shop.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout and order webhooks.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; answers the stewards.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Event cloud account", trust=tg.Trust.INTERNAL):
    # The public ticket shop: order form, checkout redirect, e-ticket mailer.
    shop = tm.add(
        tg.Endpoint(
            "Ticket shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form fields checked by the web framework")},
        )
    )
    # Orders and ticket holders, needed for gate checks and refunds if the night is cancelled.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={ticket_order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The steward assistant: answers questions from the plan and can hold the display.
    agent = tm.add(
        tg.Agent(
            "Safety assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers steward questions from the safety plan; on a reported "
            "safety-zone breach it calls the hold tool without waiting for anyone.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Index of the safety plan the agent retrieves from.
    plan_index = tm.add(tg.VectorStore("Safety plan index", stores={plan_chunks, safety_plan}))
    # The one action the agent has: put the firing system into hold.
    hold_tool = tm.add(
        tg.Tool(
            "Firing hold tool",
            capabilities={"write"},
            description="Sends a hold to the firing panel's remote input and reads back its state.",
            controls={c.Authentication(method="API key issued by the firing system")},
        )
    )
    # What the agent was asked, what it answered and every hold it placed.
    log_store = tm.add(tg.DataStore("Agent activity log store", stores={agent_log}))

with tm.boundary("Showground", trust=tg.Trust.INTERNAL):
    # Volunteer and council stewards around the safety zone and crowd line.
    steward = tm.add(tg.Actor("Steward", role="steward"))
    # Rugged handsets with the steward app, talking over the site's DMR data radio.
    handset = tm.add(tg.Device("Steward radio handset", fleet=True))
    # In the control cabin: bridges radio text messages to the agent over 4G.
    gateway = tm.add(
        tg.Service(
            "Radio gateway",
            controls={c.Authentication(method="allowlist of handset radio IDs")},
        )
    )
    # Council events officer who writes and uploads the safety plan.
    safety_officer = tm.add(
        tg.Actor("Event safety officer", role="safety officer", privileged=True)
    )

    with tm.boundary("Firing position", trust=tg.Trust.RESTRICTED):
        # Licensed pyrotechnician who designs and fires the show.
        pyro = tm.add(tg.Actor("Pyrotechnician", role="pyrotechnician", privileged=True))
        # Electronic firing panel and field modules wired to the fireworks.
        firing_system = tm.add(
            tg.Device(
                "Electronic firing system",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="remote input can only hold; arming and firing need the "
                        "pyrotechnician's key switch and arm button on the panel"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# Ticket sales
tm.flow(buyer, shop, ticket_order, protocol="https")
tm.flow(shop, ticket_db, ticket_order)
tm.flow(buyer, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, shop, payment_confirmation, protocol="https", label="order webhook")
tm.flow(shop, buyer, e_ticket, protocol="smtp+starttls", label="e-ticket e-mail")

# Safety plan upload and indexing
tm.flow(safety_officer, plan_index, safety_plan, protocol="https", label="upload and index")

# Steward questions over the radio link
tm.flow(steward, handset, steward_question, label="typed on the handset")
tm.flow(handset, gateway, steward_question, protocol="dmr")
tm.flow(gateway, agent, steward_question, protocol="https")
tm.flow(agent, plan_index, steward_question, label="similarity query")
tm.flow(plan_index, agent, plan_chunks)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, gateway, steward_answer, protocol="https")
tm.flow(gateway, handset, steward_answer, protocol="dmr")
tm.flow(handset, steward, steward_answer, label="shown on the handset")
tm.flow(agent, log_store, agent_log)

# Firing hold
tm.flow(agent, hold_tool, hold_call)
tm.flow(hold_tool, firing_system, hold_command, protocol="https", label="site 4G router")
tm.flow(firing_system, hold_tool, firing_status, protocol="https", label="site 4G router")
tm.flow(hold_tool, agent, hold_result)

# Firing sequence and release
tm.flow(pyro, firing_system, firing_sequence, protocol="usb", label="sequence upload")
tm.flow(firing_system, pyro, firing_status, label="on the panel")
