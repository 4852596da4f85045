"""Pest control booking chatbot: the first design, before any security review.

A district council in England is adding a chat assistant to its website so that
residents can report rats, mice, wasps, bedbugs and other pests, ask how to
prepare for a treatment, pay the treatment fee and book a pest control officer's
visit without phoning the contact centre. Residents do not sign in: they give
their name, address, phone number and pest details in the chat.
The assistant is an LLM agent in the council's Azure tenant; it calls Azure
OpenAI, searches an index of the council's published pest control pages, and
uses three tools: a slot lookup and a booking tool over the environmental health
case management system on the council's own network (reached over the
site-to-site VPN), and a payment link tool that creates a GOV.UK Pay payment for
the fee in the council's fees table. Residents pay on GOV.UK Pay's hosted page;
GOV.UK Notify sends the booking confirmation. The chat endpoint is rate limited;
bookings go straight into officers' diaries; transcripts are kept in blob storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council pest control booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Residents report pests, get treatment advice, pay and book an officer's visit.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Pest report and questions; name, address, phone, access notes, benefits claim.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with guidance and history",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance_pages = tg.Data(
    "Pest control web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
slot_query = tg.Data("Slot query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data("Free visit slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
officer_diary = tg.Data("Officer diaries", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking_call = tg.Data(
    "Booking details",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Resident name, address, phone, pest type, chosen slot, concession claimed.",
)
booking_result = tg.Data("Booking reference", kind="tool-result", sensitivity=tg.Sensitivity.PII)
service_requests = tg.Data(
    "Pest control service requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Requests, visits, outcomes and payment status per address.",
)
fees = tg.Data(
    "Pest control fees table",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Fee per treatment type and the concession rate for residents on benefits.",
)
payment_call = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, treatment type and whether a concession is claimed.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
create_payment = tg.Data(
    "GOV.UK Pay payment request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Amount, reference, description and return URL.",
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pay_api_key = tg.Data("GOV.UK Pay API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
confirmation = tg.Data(
    "Booking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
jobs = tg.Data("Officer job list", kind="records", sensitivity=tg.Sensitivity.PII)
visit_outcome = tg.Data("Visit outcome", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the council website can open the chat; no account is needed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Council website hosting", trust=tg.Trust.PARTNER):
    # The council's published pest control pages, kept by the web team in the CMS.
    web_pages = tm.add(
        tg.DataSource(
            "Council website pest pages",
            origin=tg.Origin.INTERNAL,
            provides={guidance_pages},
            description="Treatment advice, preparation steps, fees and what is not covered.",
        )
    )

with tm.boundary("Azure OpenAI", trust=tg.Trust.PARTNER):
    # The hosted language model behind the assistant, in the UK South region.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="Azure OpenAI default content filter"),
                c.SupplierAssessment(note="council's cloud supplier review and DPA with Microsoft"),
            },
        )
    )

with tm.boundary("GOV.UK platforms", trust=tg.Trust.PARTNER):
    # Hosted card payment page and payments API; the council never sees card numbers.
    gov_pay = tm.add(
        tg.ExternalService(
            "GOV.UK Pay",
            description="Hosted payment pages; the tool checks payment status through the API.",
        )
    )
    # Sends the booking confirmation by text and e-mail.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council Azure tenant", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per chat session, at the API gateway"),
                c.InputValidation(note="messages over 2,000 characters are refused"),
            },
        )
    )
    # The LLM agent that answers questions, checks slots, books and takes the fee.
    agent = tm.add(
        tg.Agent(
            "Pest control assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Bookings and payment links go ahead without staff review.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Index of the council's pest control pages, for answering treatment questions.
    guidance_index = tm.add(tg.VectorStore("Pest guidance index", stores={guidance_chunks}))
    # Re-indexes the pest control pages each night.
    indexer = tm.add(tg.Pipeline("Nightly guidance indexing job", stage=tg.Stage.INGESTION))
    # Reads officers' diaries for free visit slots in the resident's area.
    slot_tool = tm.add(tg.Tool("Slot lookup tool", capabilities={"read"}))
    # Creates the service request and puts the visit in the officer's diary.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="books only slots still free, for postcodes in the district"
                )
            },
        )
    )
    # Creates a GOV.UK Pay payment for the treatment fee and returns the link.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "money-movement", "network-egress"},
            description="The amount is read from the fees table for the treatment type "
            "and concession the assistant passes.",
            controls={c.SecretsManagement(note="GOV.UK Pay API key in Azure Key Vault")},
        )
    )
    # Every conversation, kept for complaints and for tuning the prompts.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="Azure Storage service-managed keys")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The existing environmental health system where requests and diaries live.
    case_system = tm.add(
        tg.DataStore(
            "Environmental health case management system",
            stores={service_requests, officer_diary, fees},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(),
                c.Authentication(method="council SSO with MFA"),
            },
        )
    )
    # Carries out the treatments; sees the day's jobs on a council phone.
    officer = tm.add(tg.Actor("Pest control officer", role="council officer"))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(resident, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, resident, reply, payment_link, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# answering treatment questions
tm.flow(web_pages, indexer, guidance_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)
tm.flow(agent, guidance_index, message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks)

# booking a visit
tm.flow(agent, slot_tool, slot_query)
tm.flow(case_system, slot_tool, officer_diary, label="over the site-to-site VPN")
tm.flow(slot_tool, agent, free_slots)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, case_system, service_requests, label="over the site-to-site VPN")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, notify, confirmation, protocol="https")
tm.flow(notify, resident, confirmation, protocol="sms")

# taking the fee
tm.flow(agent, pay_tool, payment_call)
tm.flow(case_system, pay_tool, fees, label="fees table over the site-to-site VPN")
tm.flow(pay_tool, gov_pay, create_payment, pay_api_key, protocol="https")
tm.flow(gov_pay, pay_tool, payment_link, payment_status, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(pay_tool, case_system, payment_status, label="over the site-to-site VPN")
tm.flow(resident, gov_pay, card_details, protocol="https")

# the officer's visits
tm.flow(case_system, officer, jobs, protocol="https")
tm.flow(officer, case_system, visit_outcome, protocol="https")
