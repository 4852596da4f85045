"""Veg box scheme: subscription and substitution agent, the first design.

A farm's veg box scheme delivers weekly boxes to a few thousand subscribers. They
manage their subscription in a web portal (e-mail and password sign-in) whose chat
is an LLM agent: it pauses, skips and resizes boxes, records dislikes and allergies,
answers questions, and gives small account credits for missing or damaged items.
Subscribers can also e-mail the scheme; the e-mail provider forwards replies to the
agent, which matches the sender's address to an account. Each week the packing
planner compares the farm manager's harvest and stock sheet with the week's orders
and asks the agent to choose substitutions for short items from each subscriber's
preferences; the packing team lead approves the plan before packing, and the agent
e-mails subscribers what changed. A billing service charges each week through a
payment provider, net of credits. All of it runs on one small cloud account; the
model is a vendor's API. Controls: sign-in and a rate limit on the portal, the team
lead's approval of substitutions, a cap on each credit and an encrypted database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Veg box subscription and substitution agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Subscription self-service and weekly substitutions for a farm veg box scheme.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Subscriber chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
inbound_email = tg.Data(
    "Subscriber e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Replies to substitution notices and free-form requests sent to the scheme.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation or e-mail, subscription details and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
subscription_change = tg.Data(
    "Subscription change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pause, skip a week, change box size or day, update dislikes and allergies.",
)
subscription = tg.Data(
    "Subscription record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Name, delivery address and notes, box size, delivery day, skipped weeks.",
)
preferences = tg.Data(
    "Dislikes and allergies",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_request = tg.Data(
    "Account credit request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
credit = tg.Data("Account credit", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outgoing_email = tg.Data(
    "Outgoing e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Substitution notices and replies to subscribers.",
)
harvest = tg.Data(
    "Harvest and stock estimates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the farm expects to pick this week, and bought-in stock.",
)
shortages = tg.Data(
    "Shortages and affected boxes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
substitution_plan = tg.Data(
    "Substitution plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="For each affected box, which item replaces which.",
)
packing_list = tg.Data("Packing list", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Packing list approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
box_contents = tg.Data("Final box contents", kind="records", sensitivity=tg.Sensitivity.PII)
weekly_orders = tg.Data("Weekly orders and credits", kind="records", sensitivity=tg.Sensitivity.PII)
charge = tg.Data("Weekly charge", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Households on the scheme, using the portal or plain e-mail.
    subscriber = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent runs on, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the scheme's e-mail and posts inbound replies to our webhook.
    email_provider = tm.add(tg.ExternalService("E-mail provider"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Stores subscribers' cards and takes the weekly payments.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Scheme cloud", trust=tg.Trust.INTERNAL):
    # Subscriber portal and chat widget backend; signs subscribers in.
    portal = tm.add(
        tg.Endpoint(
            "Subscriber portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Handles chats and e-mails, and proposes each week's substitutions.
    agent = tm.add(
        tg.Agent(
            "Subscription agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Acts on the account of the signed-in subscriber, or of the e-mail's sender address.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="packing team lead",
                    note="approves the weekly substitution plan before packing; subscription "
                    "changes, credits and replies go ahead directly",
                ),
            },
        )
    )
    # Reads and changes a subscription and its dislikes and allergies.
    subscription_tool = tm.add(tg.Tool("Subscription tool", capabilities={"read", "write"}))
    # Adds account credit against the next weekly charge.
    credit_tool = tm.add(
        tg.Tool(
            "Account credit tool",
            capabilities={"write", "money-movement"},
            controls={tg.controls.TransactionLimits(limit="GBP 10 per credit")},
        )
    )
    # Sends substitution notices and replies through the e-mail provider.
    email_tool = tm.add(tg.Tool("Customer e-mail tool", capabilities={"send-messages"}))
    # Subscribers, subscriptions, preferences, credits and box contents.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={subscription, preferences, credit, box_contents, payment_result},
            controls={tg.controls.EncryptionAtRest(key_management="managed database default keys")},
        )
    )
    # Shared sheet the farm manager fills in each Monday.
    harvest_sheet = tm.add(tg.DataStore("Harvest and stock sheet", stores={harvest}))
    # Weekly job: finds shortages, gets substitutions from the agent, builds the packing list.
    planner = tm.add(tg.Service("Weekly packing planner"))
    # Weekly job: charges each active subscription, net of credits.
    billing = tm.add(tg.Service("Billing service"))

with tm.boundary("Farm", trust=tg.Trust.INTERNAL):
    # Enters harvest estimates and bought-in stock.
    farm_manager = tm.add(tg.Actor("Farm manager", role="farm staff"))
    # Checks the substitution plan and packing list before packing day.
    packing_lead = tm.add(tg.Actor("Packing team lead", role="packing staff"))

# ---------------------------------------------------------------- flows
tm.flow(subscriber, portal, chat_message, protocol="https")
tm.flow(portal, subscriber, agent_reply, protocol="https")
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply)

tm.flow(subscriber, email_provider, inbound_email, protocol="smtp")
tm.flow(email_provider, agent, inbound_email, protocol="https", label="inbound webhook")
tm.flow(agent, email_tool, outgoing_email)
tm.flow(email_tool, email_provider, outgoing_email, protocol="https")
tm.flow(email_provider, subscriber, outgoing_email, protocol="smtp")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, subscription_tool, subscription_change)
tm.flow(subscription_tool, agent, subscription, preferences)
tm.flow(subscription_tool, customer_db, subscription_change)
tm.flow(customer_db, subscription_tool, subscription, preferences)

tm.flow(agent, credit_tool, credit_request)
tm.flow(credit_tool, agent, credit)
tm.flow(credit_tool, customer_db, credit)

tm.flow(farm_manager, harvest_sheet, harvest, protocol="https")
tm.flow(harvest_sheet, planner, harvest)
tm.flow(customer_db, planner, subscription, preferences)
tm.flow(planner, agent, shortages, preferences, label="weekly substitution request")
tm.flow(agent, planner, substitution_plan)
tm.flow(planner, packing_lead, packing_list, substitution_plan, protocol="https")
tm.flow(packing_lead, planner, approval, protocol="https")
tm.flow(planner, customer_db, box_contents)

tm.flow(customer_db, billing, weekly_orders)
tm.flow(billing, payments, charge, protocol="https")
tm.flow(payments, billing, payment_result, protocol="https", label="payment webhook")
tm.flow(billing, customer_db, payment_result)
tm.flow(subscriber, payments, card_details, protocol="https", label="hosted card page")
