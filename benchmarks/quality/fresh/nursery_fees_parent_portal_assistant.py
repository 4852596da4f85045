"""Nursery fees assistant in the parent portal: the first design.

A UK chain of children's nurseries adds a chat assistant to its parent portal.
Signed-in parents (e-mail and password) ask about fees, funded hours and their
invoices; the assistant answers from an index of fee and funding policies and
from tool calls to the billing system and to the nurseries' management system
(a SaaS product holding children, bookings and funded-hours entitlements).
Parents can also give the assistant new direct-debit details, which a tool
writes to the billing system once the parent confirms them in the chat, and ask
it to schedule payment or re-confirmation reminders sent by e-mail and SMS
through a messaging provider. The assistant runs in the company's cloud and
calls a hosted LLM under a data processing agreement; billing tools take the
parent's account from the session. The billing system submits collections to
a direct-debit bureau, and the finance team works in it directly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nursery fees parent portal assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant for parents: fees, funded hours, invoices, direct-debit "
        "updates and reminders, on a hosted LLM with billing and nursery tools."
    ),
)

# ---------------------------------------------------------------- data assets
parent_message = tg.Data("Parent chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with account context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, retrieved policy text and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policies = tg.Data(
    "Fee and funded-hours policies", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
invoices = tg.Data(
    "Invoices and account balance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
billing_query = tg.Data("Billing lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
child_records = tg.Data(
    "Child bookings and funded-hours entitlement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Child's name, date of birth, nursery, booked sessions and funding code.",
)
nursery_query = tg.Data(
    "Nursery records lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
dd_details = tg.Data(
    "Direct debit bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder, sort code and account number for the fee mandate.",
)
dd_result = tg.Data(
    "Mandate update result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
reminder_request = tg.Data("Reminder request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data("Reminder message", kind="records", sensitivity=tg.Sensitivity.PII)
collections = tg.Data(
    "Direct debit collections and mandates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
collection_reports = tg.Data(
    "Collection and failure reports", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers with a child at one of the nurseries.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; prompts not used for training")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The nurseries' management system: children, bookings, funded hours.
    nms = tm.add(
        tg.ExternalService("Nursery management system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends the reminder e-mails and text messages.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))
    # Bureau that submits the fee collections to the BACS direct debit scheme.
    bureau = tm.add(tg.ExternalService("BACS direct debit bureau"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The existing parent portal, which now hosts the chat widget.
    portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # LLM agent that reads the conversation and decides which tools to call.
    assistant = tm.add(
        tg.Agent(
            "Fees assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Fee schedules and funded-hours guidance, chunked and embedded.
    policy_index = tm.add(tg.VectorStore("Fees policy index", stores={policies, policy_chunks}))
    # Reads invoices and balances for the signed-in parent's account.
    billing_tool = tm.add(
        tg.Tool(
            "Billing lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="account id taken from the portal session")},
        )
    )
    # Reads the parent's children, bookings and funded hours from the NMS.
    nursery_tool = tm.add(tg.Tool("Nursery records tool", capabilities={"read"}))
    # Writes new direct-debit details to the parent's billing account.
    dd_tool = tm.add(
        tg.Tool(
            "Direct debit update tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the parent confirms the new details in the chat")},
        )
    )
    # Schedules reminders to the parent through the messaging provider.
    reminder_tool = tm.add(tg.Tool("Reminder tool", capabilities={"send-messages"}))
    # Keeps conversations for support and quality review.
    chat_logs = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
        # Invoices, balances and direct-debit mandates for every family.
        billing = tm.add(
            tg.DataStore(
                "Billing system",
                stores={invoices, dd_details, collections},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Staff who raise invoices and handle failed collections.
    finance = tm.add(tg.Actor("Finance team", role="finance staff"))

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(parent, portal, parent_message, dd_details, protocol="https")
tm.flow(portal, parent, assistant_reply, protocol="https")
tm.flow(portal, assistant, parent_message, dd_details)
tm.flow(assistant, portal, assistant_reply)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, policy_index, parent_message, label="similarity query")
tm.flow(policy_index, assistant, policy_chunks)
tm.flow(assistant, chat_logs, transcripts)

# Billing lookups
tm.flow(assistant, billing_tool, billing_query)
tm.flow(billing_tool, billing, billing_query)
tm.flow(billing, billing_tool, invoices)
tm.flow(billing_tool, assistant, invoices)

# Nursery records lookups
tm.flow(assistant, nursery_tool, nursery_query)
tm.flow(nursery_tool, nms, nursery_query, protocol="https")
tm.flow(nms, nursery_tool, child_records, protocol="https")
tm.flow(nursery_tool, assistant, child_records)

# Direct-debit updates
tm.flow(assistant, dd_tool, dd_details)
tm.flow(dd_tool, billing, dd_details, label="mandate update")
tm.flow(dd_tool, assistant, dd_result)

# Reminders
tm.flow(assistant, reminder_tool, reminder_request)
tm.flow(reminder_tool, messaging, reminder, protocol="https")
tm.flow(messaging, parent, reminder, protocol="smtp", label="e-mail and SMS")

# Collections and finance staff
tm.flow(billing, bureau, collections, dd_details, protocol="https")
tm.flow(bureau, billing, collection_reports, protocol="https")
tm.flow(finance, billing, invoices, protocol="https")
tm.flow(billing, finance, invoices, collection_reports, protocol="https")
