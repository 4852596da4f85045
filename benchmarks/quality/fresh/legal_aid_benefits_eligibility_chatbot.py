"""Legal aid benefits eligibility chatbot: the first design, before any security review.

A legal aid charity adds a chatbot to its public website. Anyone, without an
account, can describe their household, income, health and housing; an LLM agent
asks follow-up questions, runs the charity's benefits calculator, explains which
benefits they may be able to claim and the deadlines for reconsideration and
appeal, drawing on an index of the charity's guides and GOV.UK pages. It can book a
call with a volunteer adviser through the charity's scheduling service, which e-mails
a confirmation. Transcripts go to a case store that advisers read before the call.
Controls: HTTPS, rate limiting at the CDN, the LLM vendor's content filter under a
data processing agreement, Microsoft 365 sign-in for advisers, and encrypted case
storage deleted after six months.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal aid benefits eligibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot that checks likely welfare-benefit eligibility, explains "
    "appeal deadlines and books calls with volunteer advisers.",
)

# ---------------------------------------------------------------- data assets
circumstances = tg.Data(
    "Visitor circumstances",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Household, income, savings, disability and health conditions, housing, "
    "immigration status, and the decision letter they received.",
)
reply = tg.Data(
    "Eligibility and deadline guidance",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, retrieved guidance and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Benefits guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The charity's benefit guides and GOV.UK pages on rates, rules and "
    "mandatory reconsideration and tribunal appeal time limits.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
calc_call = tg.Data("Calculator inputs", kind="tool-call", sensitivity=tg.Sensitivity.PII)
calc_result = tg.Data("Estimated entitlements", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, preferred slot and a short summary of the issue.",
)
booking = tg.Data("Booking details", kind="records", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Adviser availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data(
    "Chat transcript and handover summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
case_notes = tg.Data("Adviser case notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public, often in a hurry after a refusal letter; no account.
    visitor = tm.add(tg.Actor("Website visitor", role="member of the public"))
    # Where the guidance comes from: the charity's published guides and GOV.UK.
    guidance_src = tm.add(
        tg.DataSource(
            "Published benefits guidance",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="The charity's own guide pages and selected GOV.UK pages, crawled weekly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="DPA signed; vendor does not train on our data"),
            },
        )
    )

with tm.boundary("Scheduling provider", trust=tg.Trust.PARTNER):
    # SaaS booking calendar the volunteers already use; sends confirmation e-mails.
    scheduler = tm.add(
        tg.ExternalService(
            "Scheduling service",
            provides=tg.ExternalCategory.GENERIC,
            description="Adviser calendars, bookable call slots and confirmation e-mails.",
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # The public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="CDN rule per IP address")},
        )
    )
    # The LLM agent: runs the conversation and decides when to look things up or book.
    agent = tm.add(
        tg.Agent(
            "Eligibility agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers, calls the calculator and books calls without staff approval.",
        )
    )
    # Index of guidance the agent retrieves from.
    index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Weekly crawl, chunk and embed of the guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Deterministic rules engine with current rates and thresholds; the LLM does no arithmetic.
    calculator = tm.add(
        tg.Tool("Benefits calculator tool", capabilities={"read"}, origin="first-party")
    )
    # Creates the booking in the scheduling service.
    booking_tool = tm.add(
        tg.Tool(
            "Adviser booking tool",
            capabilities={"write", "send-messages"},
            origin="first-party",
            description="Books a slot and triggers the provider's confirmation e-mail.",
        )
    )
    # Transcripts and handover summaries for the advisers.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={transcript, case_notes},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Small web app where volunteers read the handover before calling back.
    portal = tm.add(
        tg.Service(
            "Adviser portal",
            controls={c.Authentication(method="Microsoft 365 single sign-on")},
        )
    )

with tm.boundary("Volunteer devices", trust=tg.Trust.PARTNER):
    # Volunteers work from home on their own laptops.
    adviser = tm.add(tg.Actor("Volunteer adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, circumstances, protocol="https")
tm.flow(chat_api, visitor, reply, protocol="https")
tm.flow(chat_api, agent, circumstances)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, index, circumstances, label="similarity query")
tm.flow(index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(guidance_src, indexer, guidance, protocol="https", label="weekly crawl")
tm.flow(indexer, index, guidance_chunks)

tm.flow(agent, calculator, calc_call)
tm.flow(calculator, agent, calc_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, scheduler, booking, protocol="https")
tm.flow(scheduler, booking_tool, availability, protocol="https")
tm.flow(booking_tool, agent, availability)
tm.flow(scheduler, visitor, booking, protocol="smtp+starttls", label="confirmation e-mail")
tm.flow(scheduler, adviser, booking, protocol="smtp+starttls", label="calendar invite")

tm.flow(agent, case_store, transcript)
tm.flow(case_store, portal, transcript, case_notes)
tm.flow(portal, adviser, transcript, case_notes, protocol="https")
tm.flow(adviser, portal, case_notes, protocol="https")
tm.flow(portal, case_store, case_notes)
