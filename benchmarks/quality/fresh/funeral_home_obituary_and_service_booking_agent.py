"""Funeral home obituary and service booking agent: the first design.

A family-run funeral home in England adds a chat agent to its website. Bereaved
families talk to it at any hour: it offers free times in the service diary for the
funeral or memorial service and books the one they choose, and it collects what
the family wants said in the obituary (names, dates, relatives, a short life story,
optionally a photo of the deceased). The agent drafts the obituary with a hosted
LLM and saves the draft to the family's case file. The funeral director reads every
draft in a small review console, edits it if needed and approves it; only then does
the agent push the approved notice to the local newspaper's notices portal through
the funeral home's portal account. Everything runs in the funeral home's cloud
tenancy, set up by a local IT contractor; the director signs in to the console with
the funeral home's Microsoft 365 account and MFA. Chat transcripts are kept.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral home obituary and service booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that books funeral services and drafts obituaries "
    "for the director to approve and publish to the local newspaper.",
)

# ---------------------------------------------------------------- data assets
chat_messages = tg.Data(
    "Family chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the bereaved family types: contact details, wishes, memories of the deceased.",
)
chat_replies = tg.Data("Agent chat replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
photo = tg.Data(
    "Photo of the deceased",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Optional photo the family uploads in the chat for the notice.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and the family's obituary details.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Service booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
free_slots = tg.Data("Free service times", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Service bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Date, time and venue of each service with the family contact's name and phone.",
)
case_details = tg.Data(
    "Family and deceased details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft = tg.Data("Obituary draft", kind="documents", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Obituary approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Approved death notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The text (and photo, if any) the director approved, as it will appear in the paper.",
)
portal_receipt = tg.Data(
    "Notice submission receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved family member using the chat on the funeral home's website.
    family = tm.add(tg.Actor("Bereaved family member", role="family"))

with tm.boundary("Funeral home cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only part of the system the public reaches.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="hosting platform default")},
        )
    )
    # Holds the conversation, decides when to book and when to draft, calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking and obituary agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Books service times on its own; obituaries go out only after the director approves.",
        )
    )
    # Reads free slots and books the chosen one in the service diary.
    calendar_tool = tm.add(
        tg.Tool("Service diary tool", capabilities={"read", "write"}, origin="first-party")
    )
    # The funeral home's diary of services, shared with the office staff.
    diary = tm.add(tg.DataStore("Service diary", stores={bookings}))
    # Saves the family's details and the LLM's obituary draft to the case file.
    draft_tool = tm.add(
        tg.Tool("Obituary draft tool", capabilities={"write"}, origin="first-party")
    )
    # One case file per funeral: family contact, deceased's details, drafts, approved text.
    case_files = tm.add(
        tg.DataStore(
            "Case files",
            stores={case_details, draft, photo, approval, notice},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the funeral director reads, edits and approves each draft.
    console = tm.add(
        tg.Service(
            "Obituary review console",
            controls={c.Authentication(method="Microsoft 365 account with MFA")},
        )
    )
    # Submits the approved notice to the newspaper with the funeral home's portal account.
    publish_tool = tm.add(
        tg.Tool(
            "Newspaper notice submission tool",
            capabilities={"read", "send-messages", "network-egress"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(approver="the funeral director, in the review console"),
            },
        )
    )
    # Every chat kept in full, for the funeral home's own reference.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Funeral home office", trust=tg.Trust.INTERNAL):
    # The funeral director, who approves every obituary before it is published.
    director = tm.add(tg.Actor("Funeral director", role="funeral director", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted chat model, called over its API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Local newspaper", trust=tg.Trust.PARTNER):
    # The newspaper's family-notices portal, where funeral homes submit death notices.
    portal = tm.add(tg.ExternalService("Newspaper notices portal"))

# ---------------------------------------------------------------- flows
tm.flow(family, chat, chat_messages, photo, protocol="https")
tm.flow(chat, agent, chat_messages, photo)
tm.flow(agent, chat, chat_replies)
tm.flow(chat, family, chat_replies, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, calendar_tool, booking_request)
tm.flow(calendar_tool, diary, bookings, label="book slot")
tm.flow(diary, calendar_tool, bookings, label="free and booked slots")
tm.flow(calendar_tool, agent, free_slots)

tm.flow(agent, draft_tool, case_details, draft, photo)
tm.flow(draft_tool, case_files, case_details, draft, photo)

tm.flow(agent, transcript_store, transcripts)

tm.flow(case_files, console, case_details, draft, photo)
tm.flow(console, director, draft, photo, protocol="https")
tm.flow(director, console, approval, notice, protocol="https", label="edits and approves")
tm.flow(console, case_files, approval, notice)

tm.flow(agent, publish_tool, approval, label="publish approved notice")
tm.flow(case_files, publish_tool, notice, approval)
tm.flow(publish_tool, portal, notice, protocol="https")
tm.flow(portal, publish_tool, portal_receipt, protocol="https")
tm.flow(publish_tool, agent, portal_receipt)
