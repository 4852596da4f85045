"""Clinical trial recruitment chatbot: the first design, before any security review.

A contract research organisation (CRO) puts a chat widget on its public
recruitment website. Anyone can start a conversation, without an account. A
pre-screening agent asks about age, diagnosis, medication and history, checks
the answers against the inclusion and exclusion criteria of the trials that are
recruiting (retrieved from an index built from sponsors' protocols), and uses a
hosted LLM to run the conversation. Volunteers who look eligible give their
contact details; the agent saves a pre-screen record and books a screening visit
at a trial site through the sites' scheduling SaaS, which confirms by e-mail and
SMS. Site coordinators and CRO recruiters see referred candidates in a portal.
Volunteers and sites are in the EU. Controls in this design: a rate limit and
size checks on the chat API, the LLM vendor's content filter under a DPA, a step
limit on the agent, SSO and roles on the portal, encrypted candidate database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical trial recruitment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot that pre-screens trial volunteers, collects health and "
    "contact details and books screening visits at trial sites.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Volunteer message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text answers: conditions, medication, history, contact details.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and the retrieved criteria.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next question or answer, and tool calls with their arguments.",
)
criteria_query = tg.Data("Criteria query", kind="prompt", sensitivity=tg.Sensitivity.PII)
protocols = tg.Data(
    "Trial protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sponsors' protocol synopses with inclusion and exclusion criteria.",
)
criteria = tg.Data(
    "Eligibility criteria chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
record_call = tg.Data(
    "Save pre-screen call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
)
prescreen = tg.Data(
    "Pre-screen record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, health answers, consent to be contacted, eligibility result.",
)
record_result = tg.Data("Saved record id", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, trial, site and chosen slot.",
)
slots = tg.Data(
    "Slots and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
confirmation = tg.Data("Visit confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
referral = tg.Data(
    "Candidate referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pre-screen summary and visit booking shown to the site.",
)
outcome = tg.Data(
    "Screening outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Attended, screened in or out, and why.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who might join a trial; anonymous until they give details.
    volunteer = tm.add(tg.Actor("Volunteer", role="prospective participant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model, EU region, under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="DPA, EU data residency, no training on our data"),
            },
        )
    )

with tm.boundary("Scheduling vendor", trust=tg.Trust.PARTNER):
    # The SaaS calendar that trial sites already use for screening visits.
    scheduler = tm.add(
        tg.ExternalService(
            "Site scheduling system",
            description="Site calendars; sends booking confirmations by e-mail and SMS.",
        )
    )

with tm.boundary("Trial sites", trust=tg.Trust.PARTNER):
    # Study coordinators at hospitals and clinics who run screening visits.
    coordinator = tm.add(tg.Actor("Site coordinator", role="site staff"))

with tm.boundary("Sponsors", trust=tg.Trust.PARTNER):
    # Where the eligibility criteria come from.
    sponsor_docs = tm.add(
        tg.DataSource(
            "Sponsor protocol documents",
            origin=tg.Origin.PARTNER,
            provides={protocols},
            description="Protocol synopses sent by sponsors for each recruiting trial.",
        )
    )

with tm.boundary("CRO cloud", trust=tg.Trust.INTERNAL):
    # Back end of the website chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length and encoding checks"),
            },
        )
    )
    # Runs the pre-screening conversation and decides when to save and book.
    agent = tm.add(
        tg.Agent(
            "Pre-screening agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Asks screening questions, matches criteria, saves records, books visits.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Index of inclusion and exclusion criteria for recruiting trials.
    criteria_index = tm.add(tg.VectorStore("Criteria index", stores={criteria}))
    # Chunks and embeds new or amended protocols.
    indexer = tm.add(tg.Pipeline("Protocol indexing", stage=tg.Stage.INGESTION))
    # Tool the agent calls to save a volunteer's pre-screen answers.
    record_tool = tm.add(tg.Tool("Save pre-screen tool", capabilities={"write"}))
    # Tool the agent calls to find slots and book a screening visit.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write", "send-messages"}))
    # Candidates' contact and health details, and site outcomes.
    candidate_db = tm.add(
        tg.DataStore(
            "Candidate database",
            stores={prescreen, outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every conversation, kept for quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Web portal where sites and recruiters see referred candidates.
    portal = tm.add(
        tg.Endpoint(
            "Recruitment portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("CRO corporate network", trust=tg.Trust.INTERNAL):
    # CRO recruitment staff who follow up candidates and review conversations.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruitment staff"))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(volunteer, chat_api, message, protocol="https")
tm.flow(chat_api, volunteer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)
tm.flow(agent, criteria_index, criteria_query, label="similarity search")
tm.flow(criteria_index, agent, criteria)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# saving the pre-screen
tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, candidate_db, prescreen)
tm.flow(record_tool, agent, record_result)

# booking the screening visit
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, scheduler, booking, protocol="https")
tm.flow(scheduler, booking_tool, slots, protocol="https")
tm.flow(booking_tool, agent, slots)
tm.flow(scheduler, volunteer, confirmation, label="e-mail and SMS")
tm.flow(scheduler, coordinator, booking, protocol="https", label="site calendar")

# referral to sites and follow-up
tm.flow(candidate_db, portal, referral, prescreen)
tm.flow(portal, coordinator, referral, protocol="https")
tm.flow(coordinator, portal, outcome, protocol="https")
tm.flow(portal, candidate_db, outcome)
tm.flow(transcript_store, portal, transcripts)
tm.flow(portal, recruiter, referral, transcripts, protocol="https")
tm.flow(recruiter, portal, outcome, protocol="https", label="follow-up notes")

# criteria ingestion
tm.flow(sponsor_docs, indexer, protocols, protocol="sftp")
tm.flow(indexer, criteria_index, criteria)
