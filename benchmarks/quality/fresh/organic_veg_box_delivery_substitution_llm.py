"""Veg box substitution assistant for an organic box scheme: the first design.

Customers of the scheme (UK and EU households) keep an account on the shop website,
where they record the vegetables they dislike and any food allergies. When a crop
fails or a grower is short, the packhouse manager marks the shortfall in the
packhouse dashboard, which starts the box assistant: an LLM agent, on a hosted
model, that looks up each affected customer's dislikes and allergies, reads the
produce catalogue (with its allergen notes) and proposes a substitute for every
box. The proposals are written to the box plan, which the packhouse manager
approves before packing. The assistant then messages each customer by SMS or
e-mail through a messaging provider about what is in their box, and answers their
replies, which the provider posts back to it. Everything runs in the scheme's cloud
account; the model vendor has a signed data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veg box substitution assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that proposes substitutions for failed crops from customers' "
        "dislikes and allergies, and messages customers about their box."
    ),
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Customer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, e-mail, mobile number, delivery day.",
)
dislikes = tg.Data("Customer dislikes", kind="records", sensitivity=tg.Sensitivity.PII)
allergies = tg.Data(
    "Customer food allergies",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Allergies and intolerances the customer declares (e.g. celery).",
)
catalogue = tg.Data(
    "Produce availability and allergen notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
shortfall = tg.Data("Crop shortfall", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_request = tg.Data(
    "Substitution run request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Substitution prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Shortfall, available produce, and the customer's dislikes and allergies.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Preference lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
prefs_result = tg.Data(
    "Customer preferences result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
proposal = tg.Data("Substitution proposal", kind="tool-call", sensitivity=tg.Sensitivity.PII)
box_plan = tg.Data(
    "Weekly box plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Contents of each customer's box this week, with substitutions and status.",
)
approval = tg.Data("Box plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
message_draft = tg.Data("Customer message draft", kind="tool-call", sensitivity=tg.Sensitivity.PII)
box_message = tg.Data("Box update message", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Customer reply", kind="prompt", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Box scheme subscribers.
    customer = tm.add(tg.Actor("Customer", role="subscriber"))

with tm.boundary("Scheme cloud account", trust=tg.Trust.INTERNAL):
    # Public shop and account pages where customers set dislikes and allergies.
    shop = tm.add(
        tg.Endpoint(
            "Shop website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Customer accounts with dislikes and allergies: the source of truth for both.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={account, dislikes, allergies},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What is available this week and which produce carries allergen notes.
    produce = tm.add(tg.DataStore("Produce catalogue", stores={catalogue}))
    # The contents of every box this week; packing lists are printed from it.
    plan_store = tm.add(tg.DataStore("Box plan store", stores={box_plan}))
    # Staff screen to record shortfalls, start a substitution run and approve the plan.
    dashboard = tm.add(
        tg.Endpoint(
            "Packhouse dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )
    # The LLM agent that proposes substitutions and talks to customers.
    assistant = tm.add(
        tg.Agent(
            "Box assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Proposes substitutions per affected box, messages customers, answers replies.",
        )
    )
    # Reads one customer's dislikes and allergies for the assistant.
    prefs_tool = tm.add(
        tg.Tool(
            "Customer preferences lookup",
            capabilities={"read"},
            description="Returns dislikes and allergies for a customer id.",
        )
    )
    # Writes proposed substitutions into the box plan as pending changes.
    plan_tool = tm.add(
        tg.Tool(
            "Box plan update",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="packhouse manager approves the week's box plan before packing"
                )
            },
        )
    )
    # Sends SMS and e-mail to customers through the messaging provider.
    message_tool = tm.add(tg.Tool("Customer messaging", capabilities={"send-messages"}))
    # Kept for customer service follow-up and complaints.
    transcript_store = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

with tm.boundary("Packhouse", trust=tg.Trust.INTERNAL):
    # Runs the packing week; decides what is short and signs off the plan.
    manager = tm.add(tg.Actor("Packhouse manager", role="staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail gateway; also relays customers' replies to us.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

# ---------------------------------------------------------------- flows
# customers keep their preferences
tm.flow(customer, shop, account, dislikes, allergies, protocol="https")
tm.flow(shop, customer_db, account, dislikes, allergies)
tm.flow(customer_db, shop, account, dislikes, allergies)
tm.flow(plan_store, shop, box_plan, label="upcoming box")
tm.flow(shop, customer, account, dislikes, allergies, box_plan, protocol="https")

# packhouse starts a run and approves the plan
tm.flow(manager, dashboard, shortfall, approval, protocol="https")
tm.flow(dashboard, produce, shortfall)
tm.flow(dashboard, assistant, run_request)
tm.flow(plan_store, dashboard, box_plan)
tm.flow(dashboard, plan_store, approval)
tm.flow(dashboard, manager, box_plan, protocol="https")

# the assistant works out substitutions
tm.flow(produce, assistant, catalogue)
tm.flow(assistant, prefs_tool, lookup_call)
tm.flow(customer_db, prefs_tool, dislikes, allergies)
tm.flow(prefs_tool, assistant, prefs_result)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, plan_tool, proposal)
tm.flow(plan_tool, plan_store, box_plan)
tm.flow(assistant, transcript_store, transcripts)

# messages to and from customers
tm.flow(assistant, message_tool, message_draft)
tm.flow(customer_db, message_tool, account, label="contact details")
tm.flow(message_tool, messaging, box_message, protocol="https")
tm.flow(messaging, customer, box_message, protocol="sms")
tm.flow(customer, messaging, reply, protocol="sms")
tm.flow(messaging, assistant, reply, protocol="https", label="inbound message webhook")
