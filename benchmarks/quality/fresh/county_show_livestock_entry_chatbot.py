"""County show livestock entry chatbot: the first design, before any security review.

The agricultural society takes livestock entries for its county show through a
chatbot on its website, hosted on a small cloud account. Exhibitors sign in,
enter animals with herd or flock numbers and upload their movement licence. An
LLM agent (a vendor-hosted model) checks each entry against the class rules and
looks up the holding in the national animal movement database through its API,
then saves it; entries needing judgement go to volunteer section stewards, who
approve or refuse them on a steward console. The show secretary keeps the class
schedule. Fees are paid on a payment provider's hosted card link; its signed
webhook confirms payment, and a fulfilment service e-mails passes for accepted,
paid entries. Controls: exhibitor and steward sign-in, chat rate limits, steward
approval of referred entries, a vaulted API key, roles on the entries database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County show livestock entry chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="LLM chatbot taking livestock entries, checked against class rules and "
    "the national movement database, with steward approval and e-mailed passes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Exhibitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibitor details, animals, herd or flock numbers and classes entered.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
licence = tg.Data(
    "Movement licence upload",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the animal movement licence for the show.",
)
llm_prompt = tg.Data(
    "Entry prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, class rules and licence text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
class_rules = tg.Data(
    "Class schedule and rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rules_query = tg.Data("Class rule query", kind="tool-call")
rules_result = tg.Data("Class rule check result", kind="tool-result")
movement_query = tg.Data(
    "Holding and animal lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
movement_record = tg.Data(
    "Movement and holding status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
entry = tg.Data(
    "Livestock entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibitor contact details, holding number, animals, classes, licence, status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_link = tg.Data("Entry fee payment link", kind="records")
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data("Payment confirmation webhook", kind="records")
referred = tg.Data("Referred entries", kind="records", sensitivity=tg.Sensitivity.PII)
steward_decision = tg.Data("Steward entry decision", kind="records")
show_pass = tg.Data(
    "Exhibitor pass",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibitor and vehicle passes with the accepted entries and pen numbers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and breeders entering their animals.
    exhibitor = tm.add(tg.Actor("Exhibitor", role="exhibitor"))
    # Volunteer section stewards, working from their own devices.
    steward = tm.add(tg.Actor("Section steward", role="steward"))

with tm.boundary("Society office", trust=tg.Trust.INTERNAL):
    # Maintains the class schedule and rules for each show.
    secretary = tm.add(tg.Actor("Show secretary", role="show secretary", privileged=True))

with tm.boundary("Show entries cloud", trust=tg.Trust.INTERNAL):
    # The chat page and API exhibitors use to make their entries.
    chat_api = tm.add(
        tg.Endpoint(
            "Entry chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation, calls the tools and saves or refers the entry.
    agent = tm.add(
        tg.Agent(
            "Entry agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="section steward",
                    note="only entries the agent refers as needing judgement",
                )
            },
        )
    )
    # The show schedule, classes, eligibility and age rules.
    rules_store = tm.add(tg.DataStore("Class schedule store", stores={class_rules}))
    # Looks up the class rules an entry must meet.
    rules_tool = tm.add(tg.Tool("Class rules check", capabilities={"read"}))
    # Queries the national movement database for the holding and animals.
    movement_tool = tm.add(
        tg.Tool(
            "Movement licence check",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="API key in the cloud secrets manager")},
        )
    )
    # Saves entries with their status and asks the payment provider for a link.
    entry_tool = tm.add(tg.Tool("Entry submission tool", capabilities={"write"}))
    # All entries, licences and their status.
    entries_db = tm.add(
        tg.DataStore(
            "Entries database",
            stores={entry, licence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Where stewards see referred entries and approve or refuse them.
    steward_console = tm.add(
        tg.Endpoint(
            "Steward console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in"), c.RBAC()},
        )
    )
    # Records payments from the webhook and e-mails passes for accepted, paid entries.
    fulfilment = tm.add(tg.Service("Entry fulfilment service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Government animal movement service", trust=tg.Trust.PARTNER):
    # The national livestock movement and holding register.
    movement_db = tm.add(
        tg.ExternalService("National animal movement database", provides="data-provider")
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment links; card details never reach the society.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail delivery for passes.
    email = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(exhibitor, chat_api, chat_message, licence, protocol="https")
tm.flow(chat_api, exhibitor, reply, payment_link, protocol="https")
tm.flow(chat_api, agent, chat_message, licence)
tm.flow(agent, chat_api, reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rules_tool, rules_query, label="entry to check")
tm.flow(rules_store, rules_tool, class_rules)
tm.flow(rules_tool, agent, rules_result)
tm.flow(agent, movement_tool, movement_query)
tm.flow(movement_tool, movement_db, movement_query, protocol="https")
tm.flow(movement_db, movement_tool, movement_record, protocol="https")
tm.flow(movement_tool, agent, movement_record)

tm.flow(agent, entry_tool, entry, licence)
tm.flow(entry_tool, entries_db, entry, licence)
tm.flow(entry_tool, payments, entry, protocol="https", label="create payment link")
tm.flow(payments, entry_tool, payment_link, protocol="https")

tm.flow(exhibitor, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    fulfilment,
    payment_webhook,
    protocol="https",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(fulfilment, entries_db, entry, label="payment status")
tm.flow(entries_db, fulfilment, entry, label="accepted and paid entries")
tm.flow(fulfilment, email, show_pass, protocol="https")
tm.flow(email, exhibitor, show_pass, protocol="smtp")

tm.flow(entries_db, steward_console, referred, licence)
tm.flow(steward_console, steward, referred, licence, protocol="https")
tm.flow(steward, steward_console, steward_decision, protocol="https")
tm.flow(secretary, steward_console, class_rules, protocol="https", label="schedule updates")
tm.flow(steward_console, entries_db, steward_decision)
tm.flow(steward_console, rules_store, class_rules, label="schedule updates")
