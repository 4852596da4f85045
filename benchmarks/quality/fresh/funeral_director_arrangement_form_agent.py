"""Funeral arrangement form agent: the first design, before any security review.

A family-run funeral director in the UK adds a chat agent to its website. Bereaved
families, without signing in, tell it about the person who has died (name, dates,
place and cause of death as on the certificate), the next of kin, burial or
cremation, religious or other ceremony wishes and budget. The agent, built on a
hosted LLM, explains the options from the published price list, drafts the
arrangement form into the case store and books a meeting with a funeral arranger
in the arrangers' Microsoft 365 calendar; the family gets an invitation by e-mail.
Arrangers sign in to a back-office portal with Microsoft 365 and MFA to review and
correct each draft form before the meeting; bookings go ahead without review.
The chat API is rate limited, the agent has a step limit, the case store is
encrypted at rest, and the LLM vendor was vetted with a no-retention agreement.
Families' details, including religious wishes, are personal data under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral director arrangement form agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web agent that takes arrangement details from bereaved families, "
    "drafts the arrangement form and books a meeting with a funeral arranger.",
)

# ---------------------------------------------------------------- data assets
family_message = tg.Data(
    "Family chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Details of the deceased and the family, wishes, preferred meeting times.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
price_query = tg.Data("Price list query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
price_list = tg.Data(
    "Funeral services price list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published prices of packages, coffins, cremation and burial fees.",
)
price_entries = tg.Data("Price list entries", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
draft_call = tg.Data("Arrangement form fields", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_form = tg.Data(
    "Draft arrangement form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Deceased's details, next of kin, disposal, ceremony wishes, chosen package.",
)
draft_saved = tg.Data(
    "Draft saved reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_call = tg.Data(
    "Meeting booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Preferred slot, family contact name, e-mail and phone, case reference.",
)
availability = tg.Data("Arranger availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
calendar_event = tg.Data(
    "Arrangement meeting event", kind="records", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
invite = tg.Data("Meeting invitation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
corrections = tg.Data("Arranger corrections", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A relative or executor arranging a funeral; anyone can open the chat.
    family = tm.add(tg.Actor("Bereaved family member", role="family member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor keeps no prompts or outputs")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The arrangers' shared booking calendar, reached through Microsoft Graph.
    calendar = tm.add(tg.ExternalService("Arranger calendar", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends meeting invitations to families.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("Funeral director cloud", trust=tg.Trust.INTERNAL):
    # Public chat endpoint behind the website widget; no sign-in for families.
    chat_api = tm.add(
        tg.Endpoint(
            "Arrangement chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation: asks the LLM, calls the tools, saves the transcript.
    agent = tm.add(
        tg.Agent(
            "Arrangement agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the funeral arranger",
                    note="reviews each drafted arrangement form before the meeting; "
                    "meeting bookings go ahead directly",
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Reads the published price list so the agent can explain options and costs.
    price_tool = tm.add(tg.Tool("Price list lookup tool", capabilities={"read"}))
    # Reference prices, maintained by the office manager.
    price_store = tm.add(tg.DataStore("Funeral services price list", stores={price_list}))
    # Writes or updates the draft arrangement form for the conversation's case.
    draft_tool = tm.add(tg.Tool("Arrangement form drafting tool", capabilities={"write"}))
    # Finds a free arranger slot, books it and e-mails the invitation to the family.
    booking_tool = tm.add(
        tg.Tool(
            "Meeting booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(
                    note="Graph permission limited to the shared booking calendar"
                )
            },
        )
    )
    # Draft arrangement forms and chat transcripts, one case per conversation.
    case_store = tm.add(
        tg.DataStore(
            "Arrangement case store",
            stores={draft_form, transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where arrangers read drafts and transcripts and correct the form.
    portal = tm.add(
        tg.Service(
            "Arranger back-office portal",
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Funeral home office", trust=tg.Trust.INTERNAL):
    # Meets the family, checks the draft form with them and completes it.
    arranger = tm.add(tg.Actor("Funeral arranger", role="funeral arranger"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# conversation
tm.flow(family, chat_api, family_message, protocol="https", controls={tls})
tm.flow(chat_api, agent, family_message)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, family, agent_reply, protocol="https", controls={tls})
tm.flow(agent, case_store, transcript, label="saves transcript")

# price list
tm.flow(agent, price_tool, price_query)
tm.flow(price_tool, price_store, price_query)
tm.flow(price_store, price_tool, price_list)
tm.flow(price_tool, agent, price_entries)

# drafting the arrangement form
tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, case_store, draft_form)
tm.flow(draft_tool, agent, draft_saved)

# booking the meeting
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, calendar, calendar_event, protocol="https", controls={tls}, label="Graph API")
tm.flow(calendar, booking_tool, availability, protocol="https", controls={tls})
tm.flow(booking_tool, mailer, invite, protocol="https", controls={tls})
tm.flow(mailer, family, invite, protocol="smtp")
tm.flow(booking_tool, agent, booking_result)
tm.flow(calendar, arranger, calendar_event, protocol="https", label="Outlook")

# arranger review
tm.flow(case_store, portal, draft_form, transcript)
tm.flow(portal, arranger, draft_form, transcript, protocol="https", controls={tls})
tm.flow(arranger, portal, corrections, protocol="https", controls={tls})
tm.flow(portal, case_store, draft_form, label="corrected form")
