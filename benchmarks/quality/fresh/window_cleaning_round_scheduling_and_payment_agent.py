"""Window cleaning round agent: the first design, before any security review.

A one-van window cleaning business (the owner and two cleaners) wants an agent to run
its admin. Each Sunday the agent plans the week's round from the customer list and a
route-planning API; the owner approves the plan in a small web dashboard. The day
before each clean the agent messages the customer over the WhatsApp Business API and
reads their replies (skip this week, gate locked) to adjust the round. Cleaners mark
jobs done in a phone app; the agent then sends a card payment link from the payment
provider, priced from the customer's record, and the provider's webhook marks it paid.
It all runs on one cloud VM with a managed database and a hosted LLM behind the agent.
Controls: HTTPS, password sign-in for the owner and cleaners, the owner's approval of
the weekly plan, keys in the cloud secret manager, a signed payment webhook and an
encrypted database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Window cleaning round scheduling and payment agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans a one-van window cleaning round, reminds customers on WhatsApp "
    "and sends card payment links after each clean.",
)

# ---------------------------------------------------------------- data assets
customers = tg.Data(
    "Customer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, WhatsApp number, price per clean, interval, access notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
round_plan = tg.Data("Weekly round plan", kind="records", sensitivity=tg.Sensitivity.PII)
plan_approval = tg.Data("Round plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stops = tg.Data("Route stops and travel times", kind="records", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data("Clean reminder message", kind="model-output", sensitivity=tg.Sensitivity.PII)
customer_reply = tg.Data("Customer WhatsApp reply", kind="prompt", sensitivity=tg.Sensitivity.PII)
job_update = tg.Data("Job done update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_list = tg.Data("Day's job list", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Card payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_event = tg.Data(
    "Payment status webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_payment = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders on the round; they only ever talk to us through WhatsApp and the pay page.
    customer = tm.add(tg.Actor("Customer", role="householder"))
    # The two cleaners, out on the round with their own phones.
    cleaner = tm.add(tg.Actor("Cleaner", role="cleaner"))
    # The phone app the cleaners tick jobs off in; it runs on their personal phones.
    cleaner_app = tm.add(
        tg.Device(
            "Cleaner phone app",
            fleet=True,
            description="Progressive web app on the cleaners' own Android phones.",
        )
    )
    # The owner, who checks the plan on a Sunday evening from home.
    owner = tm.add(tg.Actor("Owner", role="business owner", privileged=True))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Carries reminders out and customers' replies back in.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business API",
            description="Cloud API; posts incoming customer messages to our webhook.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card payment page so we never see card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment links; card details are entered on the provider's page.",
        )
    )

with tm.boundary("Mapping vendor", trust=tg.Trust.PARTNER):
    # Orders the day's stops and gives drive times between them.
    routing = tm.add(tg.ExternalService("Route planning API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called over the vendor's API.",
        )
    )

with tm.boundary("Cloud VM", trust=tg.Trust.INTERNAL):
    # The agent: plans the round, writes reminders, reads replies, triggers payment links.
    agent = tm.add(
        tg.Agent(
            "Round agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.SecretsManagement(
                    note="LLM, WhatsApp and payment keys in the cloud secret manager"
                )
            },
        )
    )
    # One small API serves the owner's dashboard, the cleaners' app and the webhooks.
    api = tm.add(
        tg.Endpoint(
            "Business web API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password for the owner and each cleaner"),
            },
        )
    )
    # Books the approved plan into the schedule; the owner approves each week's plan.
    schedule_tool = tm.add(
        tg.Tool(
            "Schedule tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(approver="the owner", note="weekly plan approved in the dashboard")
            },
        )
    )
    # Sends WhatsApp messages on the agent's behalf.
    message_tool = tm.add(tg.Tool("WhatsApp message tool", capabilities={"send-messages"}))
    # Creates a payment link at the provider for a finished job.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The amount comes from the customer's price per clean in the database.",
        )
    )

    with tm.boundary("Managed database", trust=tg.Trust.RESTRICTED):
        # Customers, the round and job status: the business's only system of record.
        db = tm.add(
            tg.DataStore(
                "Customer and jobs database",
                stores={customers, round_plan, job_update},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
# weekly planning
tm.flow(db, agent, customers, round_plan, label="customers due this week")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, routing, stops, protocol="https", label="optimise stop order")
tm.flow(routing, agent, stops, protocol="https")
tm.flow(agent, schedule_tool, tool_call, round_plan)
tm.flow(schedule_tool, agent, tool_result)
tm.flow(schedule_tool, db, round_plan)
tm.flow(api, owner, round_plan, protocol="https", label="dashboard shows proposed plan")
tm.flow(owner, api, plan_approval, protocol="https")
tm.flow(api, schedule_tool, plan_approval)

# day-before reminders and replies
tm.flow(agent, message_tool, tool_call, reminder)
tm.flow(message_tool, agent, tool_result)
tm.flow(message_tool, whatsapp, reminder, protocol="https")
tm.flow(whatsapp, customer, reminder)
tm.flow(customer, whatsapp, customer_reply)
tm.flow(whatsapp, api, customer_reply, protocol="https", label="incoming message webhook")
tm.flow(api, agent, customer_reply)

# on the round
tm.flow(cleaner, cleaner_app, job_update, label="taps job done")
tm.flow(api, cleaner_app, job_list, protocol="https")
tm.flow(cleaner_app, api, job_update, protocol="https")
tm.flow(api, db, job_update)
tm.flow(db, api, job_list, round_plan)
tm.flow(api, agent, job_update, label="job marked done")

# payment
tm.flow(db, pay_tool, customers, label="price per clean")
tm.flow(agent, pay_tool, tool_call)
tm.flow(pay_tool, agent, payment_link, tool_result)
tm.flow(pay_tool, payments, tool_call, protocol="https")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(agent, message_tool, payment_link, label="send payment link")
tm.flow(message_tool, whatsapp, payment_link, protocol="https")
tm.flow(whatsapp, customer, payment_link)
tm.flow(customer, payments, card_payment, protocol="https", label="pays on hosted page")
tm.flow(
    payments,
    api,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(api, db, payment_event)
